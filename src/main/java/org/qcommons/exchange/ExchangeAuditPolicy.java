package org.qcommons.exchange;

import java.util.Map;
import org.qcommons.base.audit.AuditAccessPolicy;
import org.springframework.stereotype.Component;

/**
 * Exchanges and ledger entries name the member, two organisations and their feedback: their full history is for
 * ADMINs only, who answer disputes about days owed.
 */
@Component
class ExchangeAuditPolicy implements AuditAccessPolicy {

    @Override
    public Map<String, Class<?>> auditedTypes() {
        return Map.of("exchange", Exchange.class, "ledger-entry", LedgerEntry.class);
    }

    @Override
    public boolean maySeeHistory(Class<?> type, Long id) {
        return false;
    }
}
