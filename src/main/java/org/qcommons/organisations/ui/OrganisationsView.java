package org.qcommons.organisations.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;

/** Organisations grouped by region, then STP. Public: the list holds no personal data. */
@Route("organisations")
@PageTitle("Organisations | Q Commons")
@Menu(order = 20, icon = "vaadin:building", title = "Organisations")
@AnonymousAllowed
public class OrganisationsView extends VerticalLayout {

    public OrganisationsView(OrganisationService organisations) {
        add(new H2("Organisations"));
        List<Organisation> all = organisations.organisations();
        if (all.isEmpty()) {
            add(new Span("No organisations have been added yet."));
            return;
        }
        Map<String, Map<String, List<Organisation>>> grouped = all.stream()
                .collect(Collectors.groupingBy(
                        o -> o.getRegion().getName(),
                        LinkedHashMap::new,
                        Collectors.groupingBy(o -> o.getStp().getName(), LinkedHashMap::new, Collectors.toList())));
        grouped.forEach((region, byStp) -> {
            add(new H3(region));
            byStp.forEach((stp, orgs) -> {
                add(new H4(stp));
                UnorderedList list = new UnorderedList();
                orgs.forEach(o -> list.add(new ListItem(
                        new Anchor("organisations/" + o.getId(), o.getName()),
                        new Span(" · " + o.getType().label()))));
                add(list);
            });
        });
    }
}
