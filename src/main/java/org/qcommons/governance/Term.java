package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** An elected member's term: the seat they took at its start and when it ends. */
@Entity
@Table(name = "gov_term")
public class Term extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false)
    private Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @Column(name = "seat_id")
    private Long seatId;

    @Column(name = "term_start", nullable = false)
    private LocalDate termStart;

    @Column(name = "term_end", nullable = false)
    private LocalDate termEnd;

    @Column(name = "seated_at")
    private Instant seatedAt;

    protected Term() {}

    Term(Election election, Member member) {
        this.election = election;
        this.member = member;
        this.termStart = election.getTermStart();
        this.termEnd = election.getTermEnd();
    }

    public Member getMember() {
        return member;
    }

    public Long getSeatId() {
        return seatId;
    }

    void seated(Long seatId, Instant at) {
        this.seatId = seatId;
        this.seatedAt = at;
    }

    public LocalDate getTermStart() {
        return termStart;
    }

    public LocalDate getTermEnd() {
        return termEnd;
    }

    public Instant getSeatedAt() {
        return seatedAt;
    }
}
