package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.qcommons.governance.ElectionLog;

/** The election's audit trail, for its managers: every step, by whom and when; never who voted how. */
class AuditTrailPanel extends Details {

    final Grid<ElectionLog> grid = new Grid<>();

    AuditTrailPanel(List<ElectionLog> log) {
        setSummaryText(t("audit.summary", log.size()));
        grid.addColumn(l -> Dates.uk(l.getAt())).setHeader(t("audit.when")).setAutoWidth(true);
        grid.addColumn(ElectionLog::getActor).setHeader(t("audit.who")).setAutoWidth(true);
        grid.addColumn(ElectionLog::getAction).setHeader(t("audit.what")).setAutoWidth(true);
        grid.addColumn(ElectionLog::getDetail).setHeader(t("audit.detail")).setFlexGrow(1);
        grid.setItems(log);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(t("audit.aria"));
        add(grid);
        setWidthFull();
    }
}
