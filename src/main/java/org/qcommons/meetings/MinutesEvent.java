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
import org.hibernate.annotations.Immutable;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** One step in the life of a meeting's minutes: who did it, when, and why (required to unpublish). Never changed. */
@Entity
@Immutable
@Table(name = "mtg_minutes_event")
public class MinutesEvent extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id", nullable = false)
    private Meeting meeting;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private MinutesEventKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id")
    private Member actor;

    @Column(length = 1000)
    private String reason;

    @Column(nullable = false)
    private Instant at;

    protected MinutesEvent() {}

    MinutesEvent(Meeting meeting, MinutesEventKind kind, Member actor, String reason, Instant at) {
        this.meeting = meeting;
        this.kind = kind;
        this.actor = actor;
        this.reason = reason;
        this.at = at;
    }

    public Meeting getMeeting() {
        return meeting;
    }

    public MinutesEventKind getKind() {
        return kind;
    }

    public Member getActor() {
        return actor;
    }

    public String getReason() {
        return reason;
    }

    public Instant getAt() {
        return at;
    }
}
