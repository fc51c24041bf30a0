package org.qcommons.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.time.LocalDate;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.insights.MeasureTarget;
import org.qcommons.insights.MeasureTargetService;

/**
 * Targets that change over time, each with optional start and end dates. The chart draws the one in force at each
 * point, and the assurance icon is judged against the one in force at the latest point.
 */
public class MeasureTargetsPanel extends VerticalLayout {

    final NumberField value = new NumberField("Target");
    final DatePicker from = new DatePicker("From (optional)");
    final DatePicker to = new DatePicker("To (optional)");
    final Button add = new Button("Add target", VaadinIcon.PLUS.create());
    final Grid<MeasureTarget> grid = new Grid<>();
    private final MeasureTargetService service;
    private final Long measureId;

    public MeasureTargetsPanel(MeasureTargetService service, Long measureId, boolean editable, Runnable changed) {
        this.service = service;
        this.measureId = measureId;
        setPadding(false);
        add.addClickListener(e -> {
            try {
                service.add(measureId, value.getValue(), from.getValue(), to.getValue());
                value.clear();
                value.setInvalid(false);
                to.setInvalid(false);
                changed.run();
            } catch (BusinessException ex) {
                boolean dates = ex.getMessage().contains("end date");
                (dates ? to : value).setErrorMessage(ex.getMessage());
                (dates ? to : value).setInvalid(true);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(t -> SpcChart.number(t.getValue())).setHeader("Target").setKey("value");
        grid.addColumn(t -> date(t.getFrom(), "from the start"))
                .setHeader("From")
                .setKey("from");
        grid.addColumn(t -> date(t.getTo(), "open-ended")).setHeader("To").setKey("to");
        if (editable) {
            grid.addComponentColumn(t -> {
                        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(t, changed));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        remove.setAriaLabel("Remove the target " + SpcChart.number(t.getValue()));
                        return remove;
                    })
                    .setHeader("")
                    .setKey("remove");
        }
        grid.setEmptyStateText("No targets over time. The measure's own target, if any, applies throughout.");
        HorizontalLayout form = new HorizontalLayout(value, from, to, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(editable);
        add(
                new H3("Targets over time"),
                new Paragraph("When a target changes, add it with the date it applies from. Assurance is judged "
                        + "against the target in force at the latest point."),
                form,
                grid);
    }

    private void confirmRemove(MeasureTarget t, Runnable changed) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove this target?",
                "The target " + SpcChart.number(t.getValue()) + " will no longer be drawn or used for assurance.",
                "Remove",
                ok -> {
                    service.remove(t.getId());
                    changed.run();
                    value.focus();
                });
        confirm.setCancelable(true);
        confirm.open();
    }

    private static String date(LocalDate date, String open) {
        return date == null ? open : SpcChart.UK_DATE.format(date);
    }

    void refresh() {
        grid.setItems(service.targets(measureId));
    }
}
