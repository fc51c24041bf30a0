package org.qcommons.exchange;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.qcommons.base.AbstractEntity;
import org.qcommons.organisations.Organisation;

/**
 * One side of a double entry: the lender's entry is negative (days given), the host's positive (days received).
 * Never changed once written; database triggers refuse updates and deletes.
 */
// Kept in the audit trail (docs/security.md).
@Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
@Entity
@Immutable
@Table(name = "ledger_entry")
public class LedgerEntry extends AbstractEntity {

    @Column(name = "exchange_id", nullable = false)
    private Long exchangeId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "counterparty_id")
    private Organisation counterparty;

    @Column(nullable = false)
    private int days;

    /** CONFIRM, REVERSE-n or CORRECT-n: unique per exchange and organisation, so nothing is posted twice. */
    @Column(nullable = false, length = 20)
    private String posting;

    @Column(name = "entry_date", nullable = false)
    private LocalDate entryDate;

    @Column(length = 500)
    private String note;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected LedgerEntry() {}

    LedgerEntry(
            Long exchangeId,
            Organisation organisation,
            Organisation counterparty,
            int days,
            String posting,
            LocalDate entryDate,
            String note,
            String createdBy,
            Instant createdAt) {
        this.exchangeId = exchangeId;
        this.organisation = organisation;
        this.counterparty = counterparty;
        this.days = days;
        this.posting = posting;
        this.entryDate = entryDate;
        this.note = note;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getExchangeId() {
        return exchangeId;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public Organisation getCounterparty() {
        return counterparty;
    }

    public int getDays() {
        return days;
    }

    public String getPosting() {
        return posting;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
