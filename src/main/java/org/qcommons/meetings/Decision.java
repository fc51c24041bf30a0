package org.qcommons.meetings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;

// Changes to minutes and decisions are kept in the audit trail (docs/security.md).
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "mtg_decision")
public class Decision extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @NotBlank(message = "Describe the decision")
    @Size(max = 1000, message = "Use 1,000 characters or fewer")
    @Column(nullable = false, length = 1000)
    private String text;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    protected Decision() {}

    Decision(Meeting meeting, String text, LocalDate reviewDate) {
        this.meeting = meeting;
        this.text = text;
        this.reviewDate = reviewDate;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public String getText() {
        return text;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }
}
