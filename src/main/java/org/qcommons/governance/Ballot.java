package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ballot: preferences only, no voter (decision 132). The receipt hash lets the holder of the receipt, and only
 * them, replace it while voting is open; it is erased at the close. Written only by {@link BallotService}'s
 * native statements and read only to count; never edited through JPA, so it has no version.
 */
@Entity
@Table(name = "gov_ballot")
class Ballot {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(name = "receipt_hash", length = 64)
    private String receiptHash;

    @Column(nullable = false, length = 2000)
    private String preferences;

    protected Ballot() {}

    Long getElectionId() {
        return electionId;
    }

    String getPreferences() {
        return preferences;
    }
}
