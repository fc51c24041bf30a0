package org.qcommons.insights.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.insights.DataPoint;
import org.qcommons.insights.DuplicateDateException;
import org.qcommons.insights.MeasureGhostService;
import org.qcommons.insights.MeasureService;
import org.qcommons.insights.PastedData;
import org.qcommons.spc.ChartKind;

/**
 * Data points: one at a time, or pasted as two columns, with bad rows reported by line and kept for correction. A
 * point can be ghosted with a reason, and counted again, from its row (decision 127).
 */
public class MeasureDataPanel extends VerticalLayout {

    final DatePicker date = new DatePicker("Date");
    final NumberField value = new NumberField("Value");
    final Button add = new Button("Add point", VaadinIcon.PLUS.create());
    final TextArea paste = new TextArea("Paste two columns: date and value");
    final Button importRows = new Button("Add pasted rows");
    final UnorderedList problems = new UnorderedList();
    final Grid<DataPoint> grid = new Grid<>();
    private final MeasureService service;
    private final MeasureGhostService ghosts;
    private final Long measureId;
    private final boolean editable;
    private final Runnable changed;
    private boolean ghostable = true;

    public MeasureDataPanel(
            MeasureService service, MeasureGhostService ghosts, Long measureId, boolean editable, Runnable changed) {
        this.service = service;
        this.ghosts = ghosts;
        this.measureId = measureId;
        this.editable = editable;
        this.changed = changed;
        setPadding(false);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> {
            if (value.isInvalid()) {
                value.setErrorMessage("Enter a number");
                return;
            }
            try {
                service.addPoint(measureId, date.getValue(), value.getValue());
                value.clear();
                date.setInvalid(false);
                value.setInvalid(false);
                date.setValue(date.getValue() == null ? null : date.getValue().plusMonths(1));
                changed.run();
            } catch (BusinessException ex) {
                HasValidation field = date.getValue() == null || ex instanceof DuplicateDateException ? date : value;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        paste.setWidthFull();
        paste.setHelperText("Copy two columns from a spreadsheet, or CSV lines such as 2024-01-31, 42. "
                + "A header row is skipped. Dates like 31/01/2024 or Jan 2024 work too.");
        problems.addClassName("paste-problems");
        importRows.addClickListener(e -> {
            try {
                PastedData result = service.paste(measureId, paste.getValue());
                problems.removeAll();
                result.problems().forEach(p -> problems.add(new ListItem(p.toString())));
                paste.setValue(result.rejectedText());
                paste.setInvalid(!result.problems().isEmpty());
                paste.setErrorMessage(
                        result.problems().isEmpty()
                                ? null
                                : result.problems().size() + " row(s) not added: they are left in the box to correct");
                UserMessages.showSuccess(result.rows().size() + " point(s) added");
                changed.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> SpcChart.UK_DATE.format(p.getDate()))
                .setHeader("Date")
                .setKey("date");
        grid.addColumn(p -> SpcChart.number(p.getValue())).setHeader("Value").setKey("value");
        grid.addColumn(p -> p.isGhosted() ? SpcChart.ghosted(p.getGhostReason()) : "")
                .setHeader("Ghosted")
                .setKey("ghosted")
                .setFlexGrow(2);
        if (editable) {
            grid.addComponentColumn(this::ghostButton).setHeader("").setKey("ghost");
            grid.addComponentColumn(p -> {
                        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                            service.removePoint(p.getId());
                            changed.run();
                            // The row goes, and the focused button with it, which would drop keyboard focus to the page
                            // (WCAG 2.4.3); the form's date is where the next entry starts.
                            date.focus();
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        remove.setAriaLabel("Remove the value for " + SpcChart.UK_DATE.format(p.getDate()));
                        return remove;
                    })
                    .setHeader("")
                    .setKey("remove");
        }
        grid.setEmptyStateText("No data points yet.");
        HorizontalLayout one = new HorizontalLayout(date, value, add);
        one.setAlignItems(Alignment.BASELINE);
        VerticalLayout entry = new VerticalLayout(one, paste, importRows, problems);
        entry.setPadding(false);
        entry.setVisible(editable);
        add(new H3("Data"), entry, new Details("All data points", grid));
    }

    /**
     * Ghost, or count again. Ghosting asks for the reason in a dialog; either way the rows are rebuilt, so focus
     * goes back to the form's date rather than to the page (WCAG 2.4.3).
     */
    private Button ghostButton(DataPoint p) {
        String day = SpcChart.UK_DATE.format(p.getDate());
        Button button = new Button(p.isGhosted() ? "Count again" : "Ghost");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(
                p.isGhosted()
                        ? "Count the value for " + day + " in the calculations again"
                        : "Ghost the value for " + day + ": keep it on the chart but leave it out of the calculations");
        button.setVisible(p.isGhosted() || ghostable);
        button.addClickListener(e -> {
            if (p.isGhosted()) {
                try {
                    ghosts.unghost(p.getId());
                    changed.run();
                    date.focus();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            } else {
                new GhostPointDialog(ghosts, p, () -> {
                            changed.run();
                            date.focus();
                        })
                        .open();
            }
        });
        return button;
    }

    /** A T chart counts days between events, so an event needs only its date. */
    void forChart(ChartKind kind) {
        ghostable = kind.allowsGhosts();
        boolean events = kind == ChartKind.T;
        date.setLabel(events ? "Date of the event" : "Date");
        value.setLabel(events ? "Value (optional on a T chart)" : "Value");
        value.setHelperText(kind == ChartKind.G ? "Cases between this event and the one before" : null);
    }

    void refresh() {
        grid.setItems(service.points(measureId));
    }
}
