package org.qcommons.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;

/** One member lent by their organisation to a host for one request. Its state only changes via {@link ExchangeWorkflow}. */
// Kept in the audit trail (docs/security.md).
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Table(name = "concordat_exchange")
public class Exchange extends AbstractEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "request_id")
    private ExpertiseRequest request;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "member_id")
    private Member member;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "lender_org_id")
    private Organisation lender;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "host_org_id")
    private Organisation host;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "invited_by_id")
    private Member invitedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExchangeState state = ExchangeState.INVITED;

    @Column(name = "days_agreed", nullable = false)
    private int daysAgreed;

    @Column(name = "days_logged")
    private Integer daysLogged;

    /** Why it was declined, refused or cancelled. */
    @Column(length = 1000)
    private String reason;

    @Column(name = "release_note", length = 1000)
    private String releaseNote;

    @Column(name = "host_feedback", length = 2000)
    private String hostFeedback;

    @Column(name = "member_feedback", length = 2000)
    private String memberFeedback;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Exchange() {}

    Exchange(
            ExpertiseRequest request,
            Member member,
            Organisation lender,
            Member invitedBy,
            int daysAgreed,
            Instant now) {
        this.request = request;
        this.member = member;
        this.lender = lender;
        this.host = request.getRequestingOrg();
        this.invitedBy = invitedBy;
        this.daysAgreed = daysAgreed;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(ExchangeState next, Instant now) {
        this.state = next;
        this.updatedAt = now;
    }

    public ExpertiseRequest getRequest() {
        return request;
    }

    public Member getMember() {
        return member;
    }

    public Organisation getLender() {
        return lender;
    }

    public Organisation getHost() {
        return host;
    }

    public ExchangeState getState() {
        return state;
    }

    public int getDaysAgreed() {
        return daysAgreed;
    }

    public Integer getDaysLogged() {
        return daysLogged;
    }

    void setDaysLogged(Integer daysLogged) {
        this.daysLogged = daysLogged;
    }

    public String getReason() {
        return reason;
    }

    void setReason(String reason) {
        this.reason = reason;
    }

    public String getReleaseNote() {
        return releaseNote;
    }

    void setReleaseNote(String releaseNote) {
        this.releaseNote = releaseNote;
    }

    public String getHostFeedback() {
        return hostFeedback;
    }

    void setHostFeedback(String hostFeedback) {
        this.hostFeedback = hostFeedback;
    }

    public String getMemberFeedback() {
        return memberFeedback;
    }

    void setMemberFeedback(String memberFeedback) {
        this.memberFeedback = memberFeedback;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
