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

/** A member standing in an election, with their statement and declared interests. */
@Entity
@Table(name = "gov_candidate")
public class Candidate extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "election_id", nullable = false)
    private Election election;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false)
    private Member member;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "nominated_by")
    private Member nominatedBy;

    @Column(columnDefinition = "TEXT")
    private String statement;

    @Column(columnDefinition = "TEXT")
    private String interests;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CandidateStatus status;

    @Column(name = "elected_rank")
    private Integer electedRank;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Candidate() {}

    Candidate(Election election, Member member, Member nominatedBy, CandidateStatus status, Instant at) {
        this.election = election;
        this.member = member;
        this.nominatedBy = nominatedBy;
        this.status = status;
        this.createdAt = at;
    }

    public boolean isStanding() {
        return status == CandidateStatus.STANDING;
    }

    public boolean isElected() {
        return electedRank != null;
    }

    public Election getElection() {
        return election;
    }

    public Member getMember() {
        return member;
    }

    public Member getNominatedBy() {
        return nominatedBy;
    }

    public String getStatement() {
        return statement;
    }

    void setStatement(String statement) {
        this.statement = statement;
    }

    public String getInterests() {
        return interests;
    }

    void setInterests(String interests) {
        this.interests = interests;
    }

    public CandidateStatus getStatus() {
        return status;
    }

    void setStatus(CandidateStatus status) {
        this.status = status;
    }

    public Integer getElectedRank() {
        return electedRank;
    }

    void setElectedRank(Integer electedRank) {
        this.electedRank = electedRank;
    }
}
