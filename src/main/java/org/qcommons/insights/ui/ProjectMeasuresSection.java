package org.qcommons.insights.ui;

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

    final Button add = new Button("Add a measure", VaadinIcon.PLUS.create());
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
        add(new H3("Measures"), add, charts);
        refresh();
    }

    public void refresh() {
        charts.removeAll();
        List<Measure> measures = service.forProject(projectId);
        if (measures.isEmpty()) {
            charts.add(new Paragraph("This project has no measures yet. Measures are charted with statistical "
                    + "process control, so the team can tell improvement from ordinary variation."));
        }
        for (Measure m : measures) {
            SpcChart chart = new SpcChart(m.getName(), "measure-" + m.getId());
            chart.show(
                    service.analyse(m),
                    m.getUnit(),
                    service.annotations(m.getId()).stream()
                            .map(a -> new SpcChart.ChartNote(a.getDate(), a.getLabel()))
                            .toList());
            charts.add(chart, new RouterLink("Open " + m.getName(), MeasureView.class, m.getId()));
        }
    }

    List<SpcChart> charts() {
        return charts.getChildren()
                .filter(SpcChart.class::isInstance)
                .map(SpcChart.class::cast)
                .toList();
    }
}
