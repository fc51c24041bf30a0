package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.exchange.LedgerService;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/** Concordat days given and received per STP over the last twelve months, from the exchange ledger. */
@SpringComponent
@Scope("prototype")
@Order(90)
public class ExchangeDaysPanel extends InsightPanel {

    private final LedgerService ledger;
    private final Clock clock;

    public ExchangeDaysPanel(LedgerService ledger, Clock clock) {
        this.clock = clock;
        super(t("panel.exchangeDays"), "exchange-days", t("panel.exchangeDays.empty"));
        this.ledger = ledger;
    }

    @Override
    public void update(Region region) {
        LocalDate to = LocalDate.now(clock);
        Map<String, Long> given = new LinkedHashMap<>();
        ledger.stpBalances(to.minusYears(1), to).stream()
                .filter(b -> region == null || region.getName().equals(b.region()))
                .forEach(b -> given.put(t("panel.exchangeDays.label", b.stp(), b.received()), (long) b.given()));
        showCounts(given, t("stp"), t("panel.exchangeDays.measure"), "#005eb8", true);
    }
}
