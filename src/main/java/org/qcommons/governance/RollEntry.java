package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A line of the roll: this member has voted in this election (how many times, never how). */
@Entity
@Table(name = "gov_roll")
class RollEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "ballots_cast", nullable = false)
    private int ballotsCast;

    protected RollEntry() {}
}
