package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;

/**
 * The "Measures" section of a project page: each measure's SPC chart with a link to its own page, and, for people
 * who may edit the project, a button to add a measure already attached to it.
 */
public class ProjectMeasuresSection extends VerticalLayout {

    final Button add = new Button(t("section.add"), VaadinIcon.PLUS.create());
    final VerticalLayout charts = new VerticalLayout();
    private final MeasureService service;
    private final Long projectId;

    public ProjectMeasuresSection(MeasureService service, Long projectId, boolean canAdd) {
        this.service = service;
        this.projectId = projectId;
        setPadding(false);
        charts.setPadding(false);
        add.setVisible(canAdd);
        add.addClickListener(e -> {
            Measure m = new Measure();
            m.setProjectId(projectId);
            new MeasureForm(service, m, saved -> getUI().ifPresent(ui -> ui.navigate(MeasureView.class, saved.getId())))
                    .open();
        });
        add(new H3(t("section.heading")), add, charts);
        refresh();
    }

    public void refresh() {
        charts.removeAll();
        List<Measure> measures = service.forProject(projectId);
        if (measures.isEmpty()) {
            charts.add(new Paragraph(t("section.none")));
        }
        for (Measure m : measures) {
            SpcChart chart = new SpcChart(m.getName(), "measure-" + m.getId());
            chart.show(
                    service.analyse(m),
                    m.getUnit(),
                    service.annotations(m.getId()).stream()
                            .map(a -> new SpcChart.ChartNote(a.getDate(), a.getLabel()))
                            .toList());
            charts.add(chart, new RouterLink(t("section.open", m.getName()), MeasureView.class, m.getId()));
        }
    }

    List<SpcChart> charts() {
        return charts.getChildren()
                .filter(SpcChart.class::isInstance)
                .map(SpcChart.class::cast)
                .toList();
    }
}
