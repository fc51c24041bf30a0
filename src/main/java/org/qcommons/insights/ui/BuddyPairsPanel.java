package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.buddying.BuddyOverviewService;
import org.qcommons.organisations.Region;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.Order;

/**
 * Buddy pairs active per region and newcomers waiting for a buddy. The buddying feature shares these figures
 * with convenors and administrators only, so other members do not see this panel.
 */
@SpringComponent
@Scope("prototype")
@Order(85)
public class BuddyPairsPanel extends InsightPanel {

    private final BuddyOverviewService buddying;
    final Span waiting = new Span();

    public BuddyPairsPanel(BuddyOverviewService buddying) {
        super(t("panel.buddyPairs"), "buddy-pairs", t("panel.buddyPairs.empty"));
        this.buddying = buddying;
        setExtras(waiting);
        setVisible(mayView());
    }

    private static boolean mayView() {
        return CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR);
    }

    @Override
    public void update(Region region) {
        if (!mayView()) {
            return;
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        buddying.activePairsByRegion().forEach((name, n) -> {
            if (region == null || region.getName().equals(name)) {
                counts.put(name, n);
            }
        });
        waiting.setText(t("panel.buddyPairs.waiting", buddying.countWaiting()));
        showCounts(counts, t("region"), t("panel.buddyPairs.measure"), "#ed8b00", false);
    }
}
