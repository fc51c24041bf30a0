package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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

    final DatePicker date = new DatePicker(t("date"));
    final NumberField value = new NumberField(t("value"));
    final Button add = new Button(t("data.add"), VaadinIcon.PLUS.create());
    final TextArea paste = new TextArea(t("data.paste"));
    final Button importRows = new Button(t("data.addPasted"));
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
                value.setErrorMessage(t("data.enterNumber"));
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
        paste.setHelperText(t("data.pasteHelper"));
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
                                : t("data.notAdded", result.problems().size()));
                UserMessages.showSuccess(t("data.added", result.rows().size()));
                changed.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> SpcChart.UK_DATE.format(p.getDate()))
                .setHeader(t("date"))
                .setKey("date");
        grid.addColumn(p -> SpcChart.number(p.getValue())).setHeader(t("value")).setKey("value");
        grid.addColumn(p -> p.isGhosted() ? SpcChart.ghosted(p.getGhostReason()) : "")
                .setHeader(t("data.ghosted"))
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
                        remove.setAriaLabel(t("data.remove", SpcChart.UK_DATE.format(p.getDate())));
                        return remove;
                    })
                    .setHeader("")
                    .setKey("remove");
        }
        grid.setEmptyStateText(t("data.empty"));
        HorizontalLayout one = new HorizontalLayout(date, value, add);
        one.setAlignItems(Alignment.BASELINE);
        VerticalLayout entry = new VerticalLayout(one, paste, importRows, problems);
        entry.setPadding(false);
        entry.setVisible(editable);
        add(new H3(t("data.heading")), entry, new Details(t("data.all"), grid));
    }

    /**
     * Ghost, or count again. Ghosting asks for the reason in a dialog; either way the rows are rebuilt, so focus
     * goes back to the form's date rather than to the page (WCAG 2.4.3).
     */
    private Button ghostButton(DataPoint p) {
        String day = SpcChart.UK_DATE.format(p.getDate());
        Button button = new Button(p.isGhosted() ? t("data.countAgain") : t("data.ghost"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(p.isGhosted() ? t("data.countAgainAria", day) : t("data.ghostAria", day));
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
        date.setLabel(events ? t("data.eventDate") : t("date"));
        value.setLabel(events ? t("data.eventValue") : t("value"));
        value.setHelperText(kind == ChartKind.G ? t("data.gHelper") : null);
    }

    void refresh() {
        grid.setItems(service.points(measureId));
    }
}
