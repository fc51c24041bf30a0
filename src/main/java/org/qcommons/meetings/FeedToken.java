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

/** One member's secret link to one group's calendar feed; calendar apps cannot sign in, so the link stands in. */
@Entity
@Table(name = "mtg_feed_token")
public class FeedToken extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false, updatable = false)
    private MeetingGroup group;

    @Column(nullable = false, length = 64, updatable = false)
    private String token;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected FeedToken() {}

    FeedToken(Member member, MeetingGroup group, String token, Instant createdAt) {
        this.member = member;
        this.group = group;
        this.token = token;
        this.createdAt = createdAt;
    }

    public Member getMember() {
        return member;
    }

    public MeetingGroup getGroup() {
        return group;
    }

    String getToken() {
        return token;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
