package org.qcommons.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;

/** The trace of one merge of duplicate member records. Append-only. */
@Entity
@Table(name = "member_merge")
public class MemberMerge extends AbstractEntity {

    @Column(name = "from_member_id", nullable = false, updatable = false)
    private Long fromMemberId;

    @Column(name = "to_member_id", nullable = false, updatable = false)
    private Long toMemberId;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(length = 1000, updatable = false)
    private String moved;

    @Column(name = "merged_by", nullable = false, length = 254, updatable = false)
    private String mergedBy;

    @Column(name = "merged_at", nullable = false, updatable = false)
    private Instant mergedAt;

    protected MemberMerge() {}

    MemberMerge(Long fromMemberId, Long toMemberId, String reason, String moved, String mergedBy, Instant mergedAt) {
        this.fromMemberId = fromMemberId;
        this.toMemberId = toMemberId;
        this.reason = reason;
        this.moved = moved;
        this.mergedBy = mergedBy;
        this.mergedAt = mergedAt;
    }

    public Long getFromMemberId() {
        return fromMemberId;
    }

    public Long getToMemberId() {
        return toMemberId;
    }

    public String getReason() {
        return reason;
    }

    public String getMoved() {
        return moved;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }
}
