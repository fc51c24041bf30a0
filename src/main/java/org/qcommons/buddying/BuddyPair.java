package org.qcommons.buddying;

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

/** A buddy and a newcomer, from proposal to close. State changes go through {@link #moveTo}. */
@Entity
@Table(name = "buddy_pair")
public class BuddyPair extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "request_id", updatable = false)
    private BuddyRequest request;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "buddy_id", updatable = false)
    private Member buddy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "newcomer_id", updatable = false)
    private Member newcomer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PairStatus status = PairStatus.PROPOSED;

    @Column(nullable = false)
    private int score;

    @Column(length = 1000)
    private String reasons;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "activated_on")
    private LocalDate activatedOn;

    @Column(name = "last_check_in_on")
    private LocalDate lastCheckInOn;

    @Column(name = "last_nudged_on")
    private LocalDate lastNudgedOn;

    @Column(name = "decline_reason", length = 500)
    private String declineReason;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected BuddyPair() {}

    BuddyPair(BuddyRequest request, Member buddy, int score, String reasons, Instant proposedAt) {
        this.proposedAt = proposedAt;
        this.request = request;
        this.buddy = buddy;
        this.newcomer = request.getMember();
        this.score = score;
        this.reasons = reasons == null || reasons.length() <= 1000 ? reasons : reasons.substring(0, 1000);
    }

    void moveTo(PairStatus next) {
        status.requireCanMoveTo(next);
        status = next;
    }

    public boolean involves(Long memberId) {
        return memberId != null && (memberId.equals(buddy.getId()) || memberId.equals(newcomer.getId()));
    }

    /** The day the pair last met, or started if it has not met yet: what the six-week nudge counts from. */
    public LocalDate lastContactOn() {
        return lastCheckInOn != null ? lastCheckInOn : activatedOn;
    }

    public Member other(Long memberId) {
        return memberId != null && memberId.equals(buddy.getId()) ? newcomer : buddy;
    }

    public BuddyRequest getRequest() {
        return request;
    }

    public Member getBuddy() {
        return buddy;
    }

    public Member getNewcomer() {
        return newcomer;
    }

    public PairStatus getStatus() {
        return status;
    }

    public int getScore() {
        return score;
    }

    public String getReasons() {
        return reasons;
    }

    public Instant getProposedAt() {
        return proposedAt;
    }

    public LocalDate getActivatedOn() {
        return activatedOn;
    }

    void setActivatedOn(LocalDate activatedOn) {
        this.activatedOn = activatedOn;
    }

    public LocalDate getLastCheckInOn() {
        return lastCheckInOn;
    }

    void setLastCheckInOn(LocalDate lastCheckInOn) {
        this.lastCheckInOn = lastCheckInOn;
    }

    public LocalDate getLastNudgedOn() {
        return lastNudgedOn;
    }

    void setLastNudgedOn(LocalDate lastNudgedOn) {
        this.lastNudgedOn = lastNudgedOn;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    void setDeclineReason(String declineReason) {
        this.declineReason = declineReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    void setClosedAt(Instant closedAt) {
        this.closedAt = closedAt;
    }
}
