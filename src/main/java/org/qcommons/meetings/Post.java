package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** A post, or a reply to one, in a group's discussion between meetings. */
@Entity
@Table(name = "mtg_post")
public class Post extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private MeetingGroup group;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Post parent;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When the author last changed the wording; earlier wordings are {@link PostVersion}s. */
    @Column(name = "edited_at")
    private Instant editedAt;

    /** A removed post keeps its place in the thread as a trace; its last wording moves to its history. */
    @Column(name = "removed_at")
    private Instant removedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "removed_by_id")
    private Member removedBy;

    @Column(name = "removed_reason", length = 1000)
    private String removedReason;

    protected Post() {}

    Post(MeetingGroup group, Post parent, Member author, String body, Instant createdAt) {
        this.createdAt = createdAt;
        this.group = group;
        this.parent = parent;
        this.author = author;
        this.body = body;
    }

    public MeetingGroup getGroup() {
        return group;
    }

    public Post getParent() {
        return parent;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getEditedAt() {
        return editedAt;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    /** Null when an administrator without a member profile removed it. */
    public Member getRemovedBy() {
        return removedBy;
    }

    public String getRemovedReason() {
        return removedReason;
    }

    void reword(String body, Instant at) {
        this.body = body;
        this.editedAt = at;
    }

    void remove(Member by, String reason, Instant at) {
        this.body = "";
        this.removedBy = by;
        this.removedReason = reason;
        this.removedAt = at;
    }
}
