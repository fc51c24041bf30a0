package org.qcommons.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qcommons.organisations.AreaMerged;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationMerged;
import org.qcommons.organisations.OrganisationUsage;
import org.qcommons.organisations.Stp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves the concordat's records when organisations merge or areas retire, inside the same transaction. The ledger
 * is append-only, so a merge does not rewrite history: it posts, per exchange, a pair of MERGE entries that take
 * the old organisation's balance to zero and give it to the successor. Each pair sums to zero, so the ledger still
 * does.
 */
@Component
class ExchangeFollowsOrganisations implements OrganisationUsage {

    @PersistenceContext
    private EntityManager em;

    private final SignatoryRepository signatories;
    private final LedgerEntryRepository ledger;
    private final Clock clock;

    ExchangeFollowsOrganisations(SignatoryRepository signatories, LedgerEntryRepository ledger, Clock clock) {
        this.signatories = signatories;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public Optional<String> usesOrganisation(Long organisationId) {
        List<String> uses = new ArrayList<>();
        if (signatories.existsByOrganisationId(organisationId)) {
            uses.add("its concordat signature");
        }
        long exchanges = em.createQuery(
                        "select count(e) from Exchange e where e.lender.id = :o or e.host.id = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
        if (exchanges > 0) {
            uses.add(OrganisationUsage.count(exchanges, "exchange", "exchanges") + " with their ledger entries");
        }
        long requests = em.createQuery(
                        "select count(r) from ExpertiseRequest r where r.requestingOrg.id = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
        if (requests > 0) {
            uses.add(OrganisationUsage.count(requests, "expertise request", "expertise requests"));
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uses));
    }

    @Override
    public Optional<String> usesArea(Long stpId) {
        long n = em.createQuery("select count(s) from Signatory s join s.stpsCovered c where c.id = :stp", Long.class)
                .setParameter("stp", stpId)
                .getSingleResult();
        return n == 0 ? Optional.empty() : Optional.of(OrganisationUsage.count(n, "signature", "signatures"));
    }

    @EventListener
    void on(OrganisationMerged merged) {
        Organisation from = em.find(Organisation.class, merged.fromId());
        Organisation to = em.find(Organisation.class, merged.toId());
        moveLedger(from, to, merged.reason());
        em.createQuery("update Exchange e set e.lender = :to where e.lender = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
        em.createQuery("update Exchange e set e.host = :to where e.host = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
        em.createQuery("update ExpertiseRequest r set r.requestingOrg = :to where r.requestingOrg = :from")
                .setParameter("to", to)
                .setParameter("from", from)
                .executeUpdate();
        moveSignature(from, to);
        em.flush();
    }

    private void moveLedger(Organisation from, Organisation to, String reason) {
        List<Object[]> balances = em.createQuery(
                        "select l.exchangeId, l.counterparty, sum(l.days) from LedgerEntry l where l.organisation = :o"
                                + " group by l.exchangeId, l.counterparty",
                        Object[].class)
                .setParameter("o", from)
                .getResultList();
        LocalDate today = LocalDate.now(clock);
        String posting = "MERGE-" + from.getId();
        String note = "Merged into " + to.getName() + ": " + reason;
        String by = Acting.username();
        for (Object[] row : balances) {
            Long exchangeId = (Long) row[0];
            Organisation counterparty = (Organisation) row[1];
            int days = ((Number) row[2]).intValue();
            if (days == 0) {
                continue;
            }
            ledger.save(
                    new LedgerEntry(exchangeId, from, counterparty, -days, posting, today, note, by, clock.instant()));
            ledger.save(new LedgerEntry(exchangeId, to, counterparty, days, posting, today, note, by, clock.instant()));
        }
        ledger.flush();
    }

    private void moveSignature(Organisation from, Organisation to) {
        Optional<Signatory> old = signatories.findByOrganisationId(from.getId());
        if (old.isEmpty()) {
            return;
        }
        Optional<Signatory> successor = signatories.findByOrganisationId(to.getId());
        if (successor.isPresent()) {
            // The successor's own signature stands; it now also covers the areas the old one did.
            successor.get().getStpsCovered().addAll(old.get().getStpsCovered());
            signatories.delete(old.get());
        } else {
            old.get().setOrganisation(to);
        }
        signatories.flush();
    }

    @EventListener
    void on(AreaMerged merged) {
        Stp from = em.find(Stp.class, merged.fromStpId());
        Stp to = em.find(Stp.class, merged.toStpId());
        for (Signatory s : em.createQuery(
                        "select s from Signatory s join s.stpsCovered c where c = :stp", Signatory.class)
                .setParameter("stp", from)
                .getResultList()) {
            s.getStpsCovered().remove(from);
            s.getStpsCovered().add(to);
        }
    }
}
