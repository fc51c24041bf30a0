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
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/**
 * A proposal made in a group's thread between meetings, in place of the pilot's chat group. Once it closes the
 * convenor records the outcome, which is then a decision of the group with a review date.
 */
@Entity
@Table(name = "mtg_proposal")
public class Proposal extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "group_id", nullable = false)
    private MeetingGroup group;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 4000)
    private String body;

    /** Responses are taken until the end of this day. */
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ProposalOutcome outcome;

    @Column(name = "decision_text", length = 1000)
    private String decisionText;

    @Column(name = "review_date")
    private LocalDate reviewDate;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Member decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected Proposal() {}

    Proposal(MeetingGroup group, Member author, String title, String body, LocalDate closesOn, Instant createdAt) {
        this.group = group;
        this.author = author;
        this.title = title;
        this.body = body;
        this.closesOn = closesOn;
        this.createdAt = createdAt;
    }

    public boolean isOpen(LocalDate today) {
        return outcome == null && !today.isAfter(closesOn);
    }

    public boolean isDecided() {
        return outcome != null;
    }

    void decide(ProposalOutcome outcome, String decisionText, LocalDate reviewDate, Member by, Instant at) {
        this.outcome = outcome;
        this.decisionText = decisionText;
        this.reviewDate = reviewDate;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public MeetingGroup getGroup() {
        return group;
    }

    public Member getAuthor() {
        return author;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public ProposalOutcome getOutcome() {
        return outcome;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public LocalDate getReviewDate() {
        return reviewDate;
    }

    public Member getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
