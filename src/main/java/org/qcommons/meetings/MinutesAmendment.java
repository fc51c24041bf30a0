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

/**
 * A tracked suggestion to one item's circulated minutes: the whole text as the author would have it, against the
 * text they started from, so that it can be shown as insertions and deletions and applied when accepted.
 */
@Entity
@Table(name = "mtg_amendment")
public class MinutesAmendment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agenda_item_id", nullable = false)
    private AgendaItem agendaItem;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Member author;

    @Column(name = "base_text", columnDefinition = "TEXT")
    private String baseText;

    @Column(name = "proposed_text", nullable = false, columnDefinition = "TEXT")
    private String proposedText;

    @Column(length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AmendmentStatus status = AmendmentStatus.OPEN;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "decided_by_id")
    private Member decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected MinutesAmendment() {}

    MinutesAmendment(
            AgendaItem agendaItem, Member author, String baseText, String proposedText, String reason, Instant at) {
        this.agendaItem = agendaItem;
        this.author = author;
        this.baseText = baseText;
        this.proposedText = proposedText;
        this.reason = reason;
        this.createdAt = at;
    }

    void decide(AmendmentStatus outcome, Member by, Instant at) {
        this.status = outcome;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    public boolean isOpen() {
        return status == AmendmentStatus.OPEN;
    }

    public AgendaItem getAgendaItem() {
        return agendaItem;
    }

    public Member getAuthor() {
        return author;
    }

    public String getBaseText() {
        return baseText;
    }

    public String getProposedText() {
        return proposedText;
    }

    public String getReason() {
        return reason;
    }

    public AmendmentStatus getStatus() {
        return status;
    }

    public Member getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
