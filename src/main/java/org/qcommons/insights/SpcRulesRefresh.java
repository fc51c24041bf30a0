package org.qcommons.insights;

import org.qcommons.spc.SpcCalculator;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-flags every stored measure once after the SPC rules change (issue 21): the stored project signals, and so the
 * register's "SPC signal" facet, were computed with the old rules. It publishes {@link MeasureChanged} for each
 * measure, the same event an edit publishes, so {@link ProjectSignalUpdater} recomputes and re-indexes as usual.
 * The claim on the marker row and the events share one transaction: only one node claims it, a second start finds
 * nothing to do, and a failed run leaves the marker for the next start.
 */
@Component
class SpcRulesRefresh implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MeasureRepository measures;
    private final ApplicationEventPublisher events;

    SpcRulesRefresh(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            MeasureRepository measures,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.measures = measures;
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        refreshIfRulesChanged();
    }

    /** The number of measures re-flagged: zero when the stored signals already follow the current rules. */
    int refreshIfRulesChanged() {
        Integer count = transactions.execute(status -> {
            int claimed = jdbc.update(
                    "UPDATE spc_rules_applied SET rules_version = ? WHERE id = 1 AND rules_version < ?",
                    SpcCalculator.RULES_VERSION,
                    SpcCalculator.RULES_VERSION);
            if (claimed == 0) {
                return 0;
            }
            var all = measures.findAll();
            all.forEach(m -> events.publishEvent(new MeasureChanged(m.getId(), m.getProjectId(), m.getProjectId())));
            return all.size();
        });
        return count == null ? 0 : count;
    }
}
