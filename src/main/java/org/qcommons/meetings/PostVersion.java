package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** A wording a post had before it was edited or removed: written then, replaced when and by whom. */
@Entity
@Table(name = "mtg_post_version")
public class PostVersion extends AbstractEntity {

    public enum Change {
        EDITED,
        REMOVED
    }

    @Column(name = "post_id", nullable = false, updatable = false)
    private Long postId;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "replaced_at", nullable = false, updatable = false)
    private Instant replacedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "replaced_by_id", updatable = false)
    private Member replacedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_kind", nullable = false, length = 20, updatable = false)
    private Change change;

    protected PostVersion() {}

    PostVersion(Long postId, String body, Instant writtenAt, Instant replacedAt, Member replacedBy, Change change) {
        this.postId = postId;
        this.body = body;
        this.writtenAt = writtenAt;
        this.replacedAt = replacedAt;
        this.replacedBy = replacedBy;
        this.change = change;
    }

    public Long getPostId() {
        return postId;
    }

    public String getBody() {
        return body;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public Instant getReplacedAt() {
        return replacedAt;
    }

    /** Null when an administrator without a member profile made the change. */
    public Member getReplacedBy() {
        return replacedBy;
    }

    public Change getChange() {
        return change;
    }
}
