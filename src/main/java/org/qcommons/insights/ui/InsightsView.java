package org.qcommons.insights.ui;

import static org.qcommons.insights.ui.Wording.t;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Charts about the community for its members, filterable by region (kept in the URL so a view can be shared).
 * The panels are every {@link InsightPanel} bean, in @Order: other features add theirs without touching this.
 */
@Route("insights")
@Menu(order = 60, icon = "vaadin:chart", title = "Insights")
@PermitAll
public class InsightsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ComboBox<Region> region = new ComboBox<>(t("region"));
    final List<InsightPanel> panels;
    private final OrganisationService organisations;

    public InsightsView(OrganisationService organisations, ObjectProvider<InsightPanel> panelProvider) {
        this.organisations = organisations;
        this.panels = panelProvider.orderedStream().toList();
        region.setItems(organisations.regions());
        region.setItemLabelGenerator(Region::getName);
        region.setClearButtonVisible(true);
        region.setPlaceholder(t("insights.allRegions"));
        region.addValueChangeListener(e -> {
            redraw();
            if (e.isFromClient()) {
                String query = e.getValue() == null
                        ? ""
                        : QueryParameters.simple(Map.of("region", e.getValue().getSlug()))
                                .getQueryString();
                getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(null, query.isEmpty() ? "insights" : "insights?" + query));
            }
        });
        Div grid = new Div();
        grid.addClassName("insight-panels");
        panels.forEach(grid::add);
        add(new H2(t("insights.heading")), new Paragraph(t("insights.intro")), region, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Region chosen = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("region")
                .flatMap(organisations::regionBySlug)
                .orElse(null);
        if (chosen != null && !chosen.equals(region.getValue())) {
            region.setValue(chosen); // redraws through the listener
        } else {
            redraw();
        }
    }

    private void redraw() {
        panels.forEach(p -> p.update(region.getValue()));
    }

    @Override
    public String getPageTitle() {
        return t("insights.pageTitle");
    }
}
