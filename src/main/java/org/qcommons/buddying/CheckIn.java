package org.qcommons.buddying;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

/** A meeting of the pair. The note is private to the pair: only the pair's own query ever returns it. */
@Entity
@Table(name = "buddy_check_in")
public class CheckIn extends AbstractEntity {

    public static final int NOTE_MAX = 500;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "pair_id", updatable = false)
    private BuddyPair pair;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", updatable = false)
    private Member author;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BuddyMode mode;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CheckIn() {}

    CheckIn(BuddyPair pair, Member author, LocalDate heldOn, BuddyMode mode, String note, Instant createdAt) {
        this.createdAt = createdAt;
        this.pair = pair;
        this.author = author;
        this.heldOn = heldOn;
        this.mode = mode;
        this.note = note;
    }

    public BuddyPair getPair() {
        return pair;
    }

    public Member getAuthor() {
        return author;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public BuddyMode getMode() {
        return mode;
    }

    public String getNote() {
        return note;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
