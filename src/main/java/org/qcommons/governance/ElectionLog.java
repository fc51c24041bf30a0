package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an election's audit trail; appended, never changed. */
@Entity
@Table(name = "gov_log")
public class ElectionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "election_id", nullable = false)
    private Long electionId;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false, length = 160)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 1000)
    private String detail;

    protected ElectionLog() {}

    ElectionLog(Long electionId, Instant at, String actor, String action, String detail) {
        this.electionId = electionId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getDetail() {
        return detail;
    }
}
