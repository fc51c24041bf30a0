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

/** One seat holder's response to a proposal, with their reason; they may change it until the proposal closes. */
@Entity
@Table(name = "mtg_proposal_response")
public class ProposalResponse extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposal_id", nullable = false)
    private Proposal proposal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stance stance;

    @Column(nullable = false, length = 1000)
    private String reason;

    @Column(name = "responded_at", nullable = false)
    private Instant respondedAt;

    protected ProposalResponse() {}

    ProposalResponse(Proposal proposal, Member member, Stance stance, String reason, Instant at) {
        this.proposal = proposal;
        this.member = member;
        answer(stance, reason, at);
    }

    void answer(Stance stance, String reason, Instant at) {
        this.stance = stance;
        this.reason = reason;
        this.respondedAt = at;
    }

    public Proposal getProposal() {
        return proposal;
    }

    public Member getMember() {
        return member;
    }

    public Stance getStance() {
        return stance;
    }

    public String getReason() {
        return reason;
    }

    public Instant getRespondedAt() {
        return respondedAt;
    }
}
