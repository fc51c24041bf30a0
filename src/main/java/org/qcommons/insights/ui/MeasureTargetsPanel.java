package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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

    final NumberField value = new NumberField(t("targets.target"));
    final DatePicker from = new DatePicker(t("targets.from"));
    final DatePicker to = new DatePicker(t("targets.to"));
    final Button add = new Button(t("targets.add"), VaadinIcon.PLUS.create());
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
        grid.addColumn(t -> SpcChart.number(t.getValue()))
                .setHeader(t("targets.target"))
                .setKey("value");
        grid.addColumn(t -> date(t.getFrom(), t("targets.fromStart")))
                .setHeader(t("targets.fromColumn"))
                .setKey("from");
        grid.addColumn(t -> date(t.getTo(), t("targets.openEnded")))
                .setHeader(t("targets.toColumn"))
                .setKey("to");
        if (editable) {
            grid.addComponentColumn(t -> {
                        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(t, changed));
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        remove.setAriaLabel(t("targets.remove", SpcChart.number(t.getValue())));
                        return remove;
                    })
                    .setHeader("")
                    .setKey("remove");
        }
        grid.setEmptyStateText(t("targets.empty"));
        HorizontalLayout form = new HorizontalLayout(value, from, to, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(editable);
        add(new H3(t("targets.heading")), new Paragraph(t("targets.intro")), form, grid);
    }

    private void confirmRemove(MeasureTarget t, Runnable changed) {
        ConfirmDialog confirm = new ConfirmDialog(
                t("targets.remove.title"),
                t("targets.remove.text", SpcChart.number(t.getValue())),
                t("targets.remove.confirm"),
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
