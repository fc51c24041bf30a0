package org.qcommons.exchange.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.qcommons.exchange.LedgerService;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Stp;

/** Where requests outstrip what local members offer: the STP's largest skill gaps first. */
@Route("exchange/gaps")
@PageTitle("Skill gaps | Q Commons")
@Menu(order = 34, icon = "vaadin:chart-3d", title = "Skill gaps")
@PermitAll
public class SkillGapsView extends VerticalLayout {

    final ComboBox<Stp> stp = new ComboBox<>("STP");
    final Grid<LedgerService.SkillGap> grid = new Grid<>();

    public SkillGapsView(LedgerService ledger, OrganisationService organisations) {
        setSizeFull();
        stp.setItems(organisations.stps());
        stp.setClearButtonVisible(true);
        stp.setPlaceholder("All STPs");
        grid.addColumn(LedgerService.SkillGap::stp).setHeader("STP").setFlexGrow(2);
        grid.addColumn(LedgerService.SkillGap::skill).setHeader("Skill").setFlexGrow(2);
        grid.addColumn(LedgerService.SkillGap::requested)
                .setHeader("Requests needing it")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(LedgerService.SkillGap::offered)
                .setHeader("Members offering it")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(LedgerService.SkillGap::gap)
                .setHeader("Gap")
                .setTextAlign(ColumnTextAlign.END)
                .setKey("gap");
        grid.setEmptyStateText("No requests from this STP yet, so no gaps to show.");
        stp.addValueChangeListener(e -> grid.setItems(
                ledger.skillGaps(e.getValue() == null ? null : e.getValue().getId())));
        grid.setItems(ledger.skillGaps(null));
        add(
                new H2("Skill gaps by STP"),
                new Paragraph("Skills requested by an STP's organisations (requests not "
                        + "cancelled) against members in that STP who offer them through the concordat. A positive gap means "
                        + "the STP must borrow from elsewhere."),
                stp,
                grid);
        setFlexGrow(1, grid);
    }
}
