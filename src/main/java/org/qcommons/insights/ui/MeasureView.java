package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.insights.DataPoint;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureGhostService;
import org.qcommons.insights.MeasureService;
import org.qcommons.insights.MeasureTargetService;
import org.qcommons.projects.ui.ProjectView;
import org.qcommons.spc.SpcResult;

/** One measure: its SPC chart, and for its owner the data entry and PDSA annotations. */
@Route("measures")
@PermitAll
public class MeasureView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MeasureService service;
    private final MeasureTargetService targetService;
    private final MeasureGhostService ghostService;
    final H2 title = new H2();
    final Paragraph details = new Paragraph();
    final SpcChart chart = new SpcChart(t("measure.chart"), "measure");
    final Button edit = new Button(t("measure.edit"), VaadinIcon.EDIT.create());
    final Button delete = new Button(t("measure.delete"), VaadinIcon.TRASH.create());
    MeasureDataPanel data;
    MeasureAnnotationsPanel annotations;
    MeasureTargetsPanel targets;
    private Measure measure;

    public MeasureView(MeasureService service, MeasureTargetService targetService, MeasureGhostService ghostService) {
        this.service = service;
        this.targetService = targetService;
        this.ghostService = ghostService;
        edit.addClickListener(e -> new MeasureForm(service, measure, saved -> {
                    measure = saved;
                    refresh();
                })
                .open());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    t("measure.delete.title"), t("measure.delete.text", measure.getName()), t("measure.delete"), ok -> {
                        try {
                            service.delete(measure.getId());
                            UserMessages.showSuccess(t("measure.deleted"));
                            getUI().ifPresent(ui -> ui.navigate(MeasuresView.class));
                        } catch (RuntimeException ex) {
                            UserMessages.showError(ex);
                        }
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        measure = service.measure(id).orElseThrow(NotFoundException::new);
        removeAll();
        boolean editable = service.canEdit(measure);
        HorizontalLayout actions = new HorizontalLayout(edit, delete);
        actions.setVisible(editable);
        data = new MeasureDataPanel(service, ghostService, measure.getId(), editable, this::refresh);
        annotations = new MeasureAnnotationsPanel(service, measure.getId(), editable, this::refresh);
        targets = new MeasureTargetsPanel(targetService, measure.getId(), editable, this::refresh);
        add(title, details);
        service.project(measure)
                .ifPresent(p -> add(new RouterLink(t("measure.project", p.getTitle()), ProjectView.class, p.getId())));
        add(actions, chart, data, annotations, targets);
        refresh();
    }

    void refresh() {
        title.setText(measure.getName());
        StringBuilder text = new StringBuilder(measure.getChartType().label())
                .append(" · ")
                .append(measure.getDirection().label());
        if (measure.getUnit() != null && !measure.getUnit().isBlank()) {
            text.append(t("measure.unit", measure.getUnit()));
        }
        if (measure.getTarget() != null) {
            text.append(t("measure.target", SpcChart.number(measure.getTarget())));
        }
        if (measure.getDefinition() != null && !measure.getDefinition().isBlank()) {
            text.append(" · ").append(measure.getDefinition());
        }
        details.setText(text.toString());
        SpcResult result = service.analyse(measure);
        Map<LocalDate, String> ghostReasons = service.points(measure.getId()).stream()
                .filter(DataPoint::isGhosted)
                .collect(Collectors.toMap(DataPoint::getDate, DataPoint::getGhostReason));
        chart.show(
                result,
                measure.getUnit(),
                service.annotations(measure.getId()).stream()
                        .map(a -> new SpcChart.ChartNote(
                                a.getDate(), a.isRebase() ? t("measure.rebase", a.getLabel()) : a.getLabel()))
                        .toList(),
                ghostReasons);
        data.forChart(measure.getChartType());
        data.refresh();
        annotations.refresh();
        targets.refresh();
        targets.setVisible(measure.getChartType().takesTargets());
    }

    Measure measure() {
        return measure;
    }

    @Override
    public String getPageTitle() {
        return measure == null ? t("measure.pageTitle") : t("measure.title", measure.getName());
    }
}
