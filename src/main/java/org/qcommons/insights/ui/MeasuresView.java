package org.qcommons.insights.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.insights.MeasureSummary;

/** Every measure, with what its SPC chart says now. */
@Route("measures")
@PageTitle("Measures | Q Commons")
@Menu(order = 61, icon = "vaadin:line-chart", title = "Measures")
@PermitAll
public class MeasuresView extends VerticalLayout {

    final TextField search = new TextField();
    final Grid<MeasureSummary> grid = new Grid<>();
    final Button create = new Button("New measure", VaadinIcon.PLUS.create());

    public MeasuresView(MeasureService measures) {
        setSizeFull();
        search.setPlaceholder("Search by name");
        search.setAriaLabel("Search measures by name");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> new MeasureForm(
                        measures,
                        new Measure(),
                        saved -> getUI().ifPresent(ui -> ui.navigate(MeasureView.class, saved.getId())))
                .open());

        grid.addColumn(s -> s.measure().getName())
                .setHeader("Measure")
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(s -> s.measure().getUnit()).setHeader("Unit").setKey("unit");
        grid.addColumn(s -> s.measure().getDirection().label())
                .setHeader("Better")
                .setKey("direction");
        grid.addColumn(MeasureSummary::points).setHeader("Points").setKey("points");
        grid.addColumn(s -> s.variation().label())
                .setHeader("Variation")
                .setKey("variation")
                .setFlexGrow(2);
        grid.setEmptyStateText("No measures yet. Create one to chart your improvement work.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(MeasureView.class, e.getItem().measure().getId())));
        grid.setItems(q -> measures.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream()
                .map(measures::summary));

        HorizontalLayout bar = new HorizontalLayout(search, create);
        bar.setAlignItems(Alignment.BASELINE);
        add(
                new H2("Measures"),
                new Paragraph("Measures for improvement, charted with statistical process control "
                        + "(NHS Making Data Count) instead of red, amber and green ratings."),
                bar,
                grid);
        setFlexGrow(1, grid);
    }
}
