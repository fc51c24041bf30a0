package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.insights.Annotation;
import org.qcommons.insights.MeasureService;

/** PDSA cycles and rebase points, drawn as labelled lines on the chart. */
public class MeasureAnnotationsPanel extends VerticalLayout {

    final DatePicker date = new DatePicker(t("date"));
    final TextField label = new TextField(t("annotations.label"));
    final Checkbox rebase = new Checkbox(t("annotations.rebase"));
    final Button add = new Button(t("annotations.add"), VaadinIcon.FLAG.create());
    final Grid<Annotation> grid = new Grid<>();
    private final MeasureService service;
    private final Long measureId;

    public MeasureAnnotationsPanel(MeasureService service, Long measureId, boolean editable, Runnable changed) {
        this.service = service;
        this.measureId = measureId;
        setPadding(false);
        label.setPlaceholder(t("annotations.placeholder"));
        label.setMaxLength(120);
        rebase.setTooltipText(t("annotations.rebaseHelper"));
        add.addClickListener(e -> {
            try {
                service.annotate(measureId, date.getValue(), label.getValue(), rebase.getValue());
                label.clear();
                rebase.clear();
                label.setInvalid(false);
                date.setInvalid(false);
                changed.run();
            } catch (BusinessException ex) {
                HasValidation field = date.getValue() == null ? date : label;
                field.setErrorMessage(ex.getMessage());
                field.setInvalid(true);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(a -> SpcChart.UK_DATE.format(a.getDate()))
                .setHeader(t("date"))
                .setKey("date");
        grid.addColumn(Annotation::getLabel)
                .setHeader(t("annotations.label"))
                .setKey("label")
                .setFlexGrow(3);
        grid.addColumn(a -> a.isRebase() ? t("annotations.kindRebase") : t("annotations.kindPdsa"))
                .setHeader(t("annotations.kind"))
                .setKey("kind");
        if (editable) {
            grid.addComponentColumn(a -> {
                        Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
                            service.removeAnnotation(a.getId());
                            changed.run();
                            // The row goes, and the focused button with it, which would drop keyboard focus to the page
                            // (WCAG 2.4.3); the form's date is where the next entry starts.
                            date.focus();
                        });
                        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                        remove.setAriaLabel(t("annotations.remove", a.getLabel()));
                        return remove;
                    })
                    .setHeader("")
                    .setKey("remove");
        }
        grid.setEmptyStateText(t("annotations.empty"));
        HorizontalLayout form = new HorizontalLayout(date, label, rebase, add);
        form.setAlignItems(Alignment.BASELINE);
        form.setWrap(true);
        form.setVisible(editable);
        add(new H3(t("annotations.heading")), form, grid);
    }

    void refresh() {
        grid.setItems(service.annotations(measureId));
    }
}
