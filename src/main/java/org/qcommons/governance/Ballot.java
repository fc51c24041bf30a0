package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A ballot: preferences only, no voter. Written only by the roll-and-ballot upsert in {@link BallotService} and
 * read only to count; never edited through JPA, so it has no version.
 */
@Entity
@Table(name = "gov_ballot")
class Ballot {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(length = 64)
    private String token;

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
