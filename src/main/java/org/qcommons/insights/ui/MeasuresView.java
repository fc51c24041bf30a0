package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.insights.MeasureSummary;

/** Every measure, with what its SPC chart says now. */
@Route("measures")
@Menu(order = 61, icon = "vaadin:line-chart", title = "Measures")
@PermitAll
public class MeasuresView extends VerticalLayout implements HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<MeasureSummary> grid = new Grid<>();
    final Button create = new Button(t("measures.new"), VaadinIcon.PLUS.create());

    public MeasuresView(MeasureService measures) {
        setSizeFull();
        search.setPlaceholder(t("measures.searchPlaceholder"));
        search.setAriaLabel(t("measures.searchAria"));
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
                .setHeader(t("measures.measure"))
                .setKey("name")
                .setSortProperty("name")
                .setFlexGrow(3);
        grid.addColumn(s -> s.measure().getUnit()).setHeader(t("measures.unit")).setKey("unit");
        grid.addColumn(s -> s.measure().getDirection().label())
                .setHeader(t("measures.better"))
                .setKey("direction");
        grid.addColumn(MeasureSummary::points).setHeader(t("measures.points")).setKey("points");
        grid.addColumn(s -> s.variation().label())
                .setHeader(t("measures.variation"))
                .setKey("variation")
                .setFlexGrow(2);
        grid.setEmptyStateText(t("measures.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui ->
                ui.navigate(MeasureView.class, e.getItem().measure().getId())));
        grid.setItems(q -> measures.find(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream()
                .map(measures::summary));

        HorizontalLayout bar = new HorizontalLayout(search, create);
        bar.setAlignItems(Alignment.BASELINE);
        add(new H2(t("measures.heading")), new Paragraph(t("measures.intro")), bar, grid);
        setFlexGrow(1, grid);
    }

    @Override
    public String getPageTitle() {
        return t("measures.pageTitle");
    }
}
