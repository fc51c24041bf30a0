package org.qcommons.governance.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.util.List;
import org.qcommons.governance.ElectionLog;

/** The election's audit trail, for its managers: every step, by whom and when; never who voted how. */
class AuditTrailPanel extends Details {

    final Grid<ElectionLog> grid = new Grid<>();

    AuditTrailPanel(List<ElectionLog> log) {
        setSummaryText("Audit trail (" + log.size() + ")");
        grid.addColumn(l -> Dates.uk(l.getAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(ElectionLog::getActor).setHeader("Who").setAutoWidth(true);
        grid.addColumn(ElectionLog::getAction).setHeader("What").setAutoWidth(true);
        grid.addColumn(ElectionLog::getDetail).setHeader("Detail").setFlexGrow(1);
        grid.setItems(log);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("Audit trail of this election");
        add(grid);
        setWidthFull();
    }
}
