package org.qcommons.exchange;

import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The days ledger and what it shows: balances per organisation, pair and STP, reciprocity and skill gaps. Balances
 * are open to every member, in the spirit of the concordat; corrections are for ADMINs.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LedgerService {

    public enum Reciprocity {
        BALANCED("Gives and receives"),
        ONLY_TAKES("Only receives"),
        ONLY_GIVES("Only gives");

        private final String label;

        Reciprocity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record OrganisationBalance(Long organisationId, String organisation, String stp, int given, int received) {
        public int net() {
            return received - given;
        }

        public Reciprocity reciprocity() {
            if (given == 0 && received > 0) {
                return Reciprocity.ONLY_TAKES;
            }
            if (received == 0 && given > 0) {
                return Reciprocity.ONLY_GIVES;
            }
            return Reciprocity.BALANCED;
        }
    }

    /** firstGave: days the first organisation lent the second; secondGave the other way. */
    public record PairBalance(String first, String second, int firstGave, int secondGave) {
        public int net() {
            return firstGave - secondGave;
        }
    }

    public record StpBalance(String stp, String region, int given, int received) {
        public int net() {
            return received - given;
        }
    }

    public record SkillGap(String stp, String skill, int requested, int offered) {
        public int gap() {
            return requested - offered;
        }
    }

    public record Invariant(int total, List<Long> unbalancedExchanges, int entries) {
        public boolean holds() {
            return total == 0 && unbalancedExchanges.isEmpty();
        }
    }

    private final ExchangeQueries queries;
    private final LedgerEntryRepository entries;
    private final LedgerPoster poster;
    private final ExchangeRepository exchanges;

    LedgerService(
            ExchangeQueries queries, LedgerEntryRepository entries, LedgerPoster poster, ExchangeRepository exchanges) {
        this.queries = queries;
        this.entries = entries;
        this.poster = poster;
        this.exchanges = exchanges;
    }

    public List<OrganisationBalance> organisationBalances(LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        return queries.organisationBalances(from, to);
    }

    public List<PairBalance> pairBalances(LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        return queries.pairBalances(from, to);
    }

    public List<StpBalance> stpBalances(LocalDate from, LocalDate to) {
        requirePeriod(from, to);
        return queries.stpBalances(from, to);
    }

    public List<SkillGap> skillGaps(Long stpId) {
        return queries.skillGaps(stpId);
    }

    public Invariant invariant() {
        return queries.invariant();
    }

    public List<LedgerEntry> entriesFor(Long exchangeId) {
        return entries.findByExchange(exchangeId);
    }

    /**
     * Corrects the days recorded for an exchange without touching history: the current net is reversed and, if the
     * corrected figure is above zero, posted again.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void correct(Long exchangeId, int correctDays, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Give a reason for the correction.");
        }
        if (correctDays < 0) {
            throw new BusinessException("Days cannot be negative.");
        }
        Exchange e = exchanges
                .lockById(exchangeId)
                .orElseThrow(() -> new BusinessException("That exchange no longer exists."));
        poster.correct(e, correctDays, reason.trim());
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new BusinessException("Choose both ends of the period.");
        }
        if (to.isBefore(from)) {
            throw new BusinessException("The period must end on or after its first day.");
        }
    }
}
