package org.qcommons.governance;

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

/** A concern a member raised about a post, a project entry or someone's conduct, and how it was handled. */
@Entity
@Table(name = "gov_concern")
public class Concern extends AbstractEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_type", nullable = false, length = 20)
    private ConcernSubject subjectType;

    @Column(name = "subject_id", nullable = false)
    private Long subjectId;

    @Column(name = "subject_label", nullable = false, length = 300)
    private String subjectLabel;

    @Column(name = "group_id")
    private Long groupId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "raised_by", nullable = false)
    private Member raisedBy;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String reason;

    @Column(nullable = false)
    private boolean confidential;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConcernStatus status = ConcernStatus.OPEN;

    @Column(name = "content_hidden", nullable = false)
    private boolean contentHidden;

    @Column(columnDefinition = "TEXT")
    private String outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Concern() {}

    Concern(
            ConcernSubject type,
            Long subjectId,
            String label,
            Long groupId,
            Member raisedBy,
            String reason,
            boolean confidential,
            Instant at) {
        this.subjectType = type;
        this.subjectId = subjectId;
        this.subjectLabel = label;
        this.groupId = groupId;
        this.raisedBy = raisedBy;
        this.reason = reason;
        this.confidential = confidential;
        this.createdAt = at;
    }

    public ConcernSubject getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public Long getGroupId() {
        return groupId;
    }

    public Member getRaisedBy() {
        return raisedBy;
    }

    /** The raiser's name, unless they asked to stay confidential. */
    public String raiserShown() {
        return confidential ? "Confidential" : raisedBy.getFullName();
    }

    public String getReason() {
        return reason;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public ConcernStatus getStatus() {
        return status;
    }

    void setStatus(ConcernStatus status) {
        this.status = status;
    }

    public boolean isContentHidden() {
        return contentHidden;
    }

    void setContentHidden(boolean contentHidden) {
        this.contentHidden = contentHidden;
    }

    public String getOutcome() {
        return outcome;
    }

    void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }
}
