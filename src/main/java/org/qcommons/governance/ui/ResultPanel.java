package org.qcommons.governance.ui;

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
        add(new H3(election.resultsOut() ? "Result" : "Result (not yet published)"));
        OrderedList elected = new OrderedList();
        List<Candidate> won = elections.elected(election.getId());
        won.forEach(c -> elected.add(new ListItem(c.getMember().getFullName())));
        add(won.isEmpty() ? new Paragraph("No one was elected.") : elected);
        elections
                .countSheet(election.getId())
                .ifPresentOrElse(
                        this::sheet, () -> add(new Paragraph("There was no vote, so there is no count sheet.")));
    }

    private void sheet(CountSheet count) {
        Sheet s = count.sheet();
        add(new H3("Count sheet"));
        add(new Paragraph("Rules: Scottish Local Government Elections Order 2007 (single transferable vote, Droop"
                + " quota, fractional transfers to five decimal places). Valid ballots: " + s.validPapers()
                + ". Seats: " + s.seats() + ". Quota: " + Sheet.votes(s.quota()) + "."));
        List<String> rows = new ArrayList<>(s.candidates());
        rows.add("");
        sheetGrid
                .addColumn(k -> k.isEmpty() ? "Non-transferable" : count.name(k))
                .setHeader("Candidate")
                .setFrozen(true)
                .setAutoWidth(true);
        for (Stage stage : s.stages()) {
            sheetGrid
                    .addColumn(k -> cell(stage, k))
                    .setHeader("Stage " + stage.number())
                    .setAutoWidth(true);
        }
        sheetGrid.setItems(rows);
        sheetGrid.setAllRowsVisible(true);
        sheetGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        sheetGrid.setAriaLabel("Count sheet: votes for each candidate at the end of each stage");
        add(sheetGrid);
        OrderedList notes = new OrderedList();
        for (Stage stage : s.stages()) {
            String text = stage.note();
            if (!stage.elected().isEmpty()) {
                text += ". Elected: "
                        + String.join(
                                ", ", stage.elected().stream().map(count::name).toList());
            }
            notes.add(new ListItem(text));
        }
        add(new Paragraph("What happened at each stage:"), notes);
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
