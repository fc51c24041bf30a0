package org.qcommons.governance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A step in handling a concern: a reply to the raiser, a mediation note, hiding, closing. Appended only. */
@Entity
@Table(name = "gov_concern_note")
public class ConcernNote {

    public enum Kind {
        RAISED,
        REPLY,
        MEDIATION,
        HIDDEN,
        SHOWN_AGAIN,
        CLOSED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "concern_id", nullable = false)
    private Long concernId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 160)
    private String author;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String body;

    @Column(nullable = false)
    private Instant at;

    protected ConcernNote() {}

    ConcernNote(Long concernId, Kind kind, String author, String body, Instant at) {
        this.concernId = concernId;
        this.kind = kind;
        this.author = author;
        this.body = body;
        this.at = at;
    }

    public Kind getKind() {
        return kind;
    }

    public String getAuthor() {
        return author;
    }

    public String getBody() {
        return body;
    }

    public Instant getAt() {
        return at;
    }
}
