package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.CountSheet;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionService;
import org.qcommons.governance.StvCount.Sheet;
import org.qcommons.governance.StvCount.Stage;

/** The result: who was elected, in order, and the count sheet stage by stage. */
class ResultPanel extends VerticalLayout {

    final Grid<String> sheetGrid = new Grid<>();

    ResultPanel(Election election, ElectionService elections) {
        setPadding(false);
        add(new H3(t(election.resultsOut() ? "result.heading" : "result.headingUnpublished")));
        OrderedList elected = new OrderedList();
        List<Candidate> won = elections.elected(election.getId());
        won.forEach(c -> elected.add(new ListItem(c.getMember().getFullName())));
        add(won.isEmpty() ? new Paragraph(t("result.noneElected")) : elected);
        elections
                .countSheet(election.getId())
                .ifPresentOrElse(this::sheet, () -> add(new Paragraph(t("result.noVote"))));
    }

    private void sheet(CountSheet count) {
        Sheet s = count.sheet();
        add(new H3(t("result.sheet")));
        add(new Paragraph(t("result.rules", s.validPapers(), s.seats(), Sheet.votes(s.quota()))));
        List<String> rows = new ArrayList<>(s.candidates());
        rows.add("");
        sheetGrid
                .addColumn(k -> k.isEmpty() ? t("result.nonTransferable") : count.name(k))
                .setHeader(t("result.candidate"))
                .setFrozen(true)
                .setAutoWidth(true);
        for (Stage stage : s.stages()) {
            sheetGrid
                    .addColumn(k -> cell(stage, k))
                    .setHeader(t("result.stage", stage.number()))
                    .setAutoWidth(true);
        }
        sheetGrid.setItems(rows);
        sheetGrid.setAllRowsVisible(true);
        sheetGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        sheetGrid.setAriaLabel(t("result.aria"));
        add(sheetGrid);
        OrderedList notes = new OrderedList();
        for (Stage stage : s.stages()) {
            String text = stage.note();
            if (!stage.elected().isEmpty()) {
                text = t(
                        "result.stageElected",
                        text,
                        String.join(
                                ", ", stage.elected().stream().map(count::name).toList()));
            }
            notes.add(new ListItem(text));
        }
        add(new Paragraph(t("result.stages")), notes);
    }

    private static String cell(Stage stage, String key) {
        if (key.isEmpty()) {
            return Sheet.votes(stage.nonTransferable());
        }
        Long change = stage.changes().get(key);
        String total = Sheet.votes(stage.totals().get(key));
        return change == null || stage.number() == 1
                ? total
                : (change > 0 ? "+" : "−") + Sheet.votes(Math.abs(change)) + " → " + total;
    }
}
