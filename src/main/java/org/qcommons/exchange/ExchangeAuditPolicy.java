package org.qcommons.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import org.qcommons.base.audit.AuditAccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Exchanges and ledger entries name the member, two organisations and their feedback. Their history is for ADMINs,
 * who answer disputes about days owed, and for the coordinators of the two organisations involved, who agreed them.
 */
@Component
class ExchangeAuditPolicy implements AuditAccessPolicy {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Map<String, Class<?>> auditedTypes() {
        return Map.of("exchange", Exchange.class, "ledger-entry", LedgerEntry.class, "signatory", Signatory.class);
    }

    @Override
    public boolean maySeeHistory(Class<?> type, Long id) {
        if (type == Exchange.class) {
            Exchange e = entityManager.find(Exchange.class, id);
            return e != null && (Acting.coordinates(e.getLender()) || Acting.coordinates(e.getHost()));
        }
        if (type == LedgerEntry.class) {
            LedgerEntry l = entityManager.find(LedgerEntry.class, id);
            return l != null && (Acting.coordinates(l.getOrganisation()) || Acting.coordinates(l.getCounterparty()));
        }
        if (type == Signatory.class) {
            Signatory s = entityManager.find(Signatory.class, id);
            return s != null && Acting.coordinates(s.getOrganisation());
        }
        return false;
    }
}
