package org.qcommons.exchange;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.springframework.stereotype.Component;

/**
 * Writes double entries. Called with the exchange row already locked, inside the caller's transaction, so both
 * sides of an entry commit together or not at all.
 */
@Component
class LedgerPoster {

    private final LedgerEntryRepository entries;
    private final Clock clock;

    LedgerPoster(LedgerEntryRepository entries, Clock clock) {
        this.clock = clock;
        this.entries = entries;
    }

    void post(Exchange e, int days, String posting, String note) {
        if (days == 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        String by = Acting.username();
        entries.save(new LedgerEntry(e.getId(), e.getLender(), e.getHost(), -days, posting, today, note, by, now));
        entries.save(new LedgerEntry(e.getId(), e.getHost(), e.getLender(), days, posting, today, note, by, now));
        entries.flush();
    }

    void correct(Exchange e, int correctDays, String reason) {
        List<LedgerEntry> existing = entries.findByExchange(e.getId());
        if (existing.isEmpty()) {
            throw new BusinessException(
                    "No days have been confirmed for this exchange, so there is nothing to correct.");
        }
        int current = existing.stream()
                .filter(l -> l.getOrganisation().equals(e.getHost()))
                .mapToInt(LedgerEntry::getDays)
                .sum();
        if (current == correctDays) {
            throw new BusinessException("The ledger already shows " + correctDays + " days for this exchange.");
        }
        long n = entries.countAdjustments(e.getId()) / 2 + 1;
        post(e, -current, "REVERSE-" + n, "Reversal: " + reason);
        post(e, correctDays, "CORRECT-" + n, "Correction: " + reason);
    }
}
