package org.qcommons.people.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.qcommons.base.AbstractEntity;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.people.Member;
import org.qcommons.people.MemberFilter;
import org.qcommons.people.MemberService;

/** Members who agreed to be found. The filters live in the URL, so a filtered list can be shared. */
@Route("people")
@PageTitle("People | Q Commons")
@Menu(order = 10, icon = "vaadin:users", title = "People")
@PermitAll
public class DirectoryView extends VerticalLayout implements BeforeEnterObserver {

    final TextField name = new TextField("Name");
    final ComboBox<Region> region = new ComboBox<>("Region");
    final ComboBox<Stp> stp = new ComboBox<>("STP");
    final ComboBox<Organisation> organisation = new ComboBox<>("Organisation");
    final ComboBox<String> profession = new ComboBox<>("Profession");
    final Grid<Member> grid = new Grid<>(Member.class, false);
    private final MemberService members;
    private final OrganisationService organisations;
    private boolean restoring;

    public DirectoryView(MemberService members, OrganisationService organisations) {
        this.members = members;
        this.organisations = organisations;
        setSizeFull();
        name.setValueChangeMode(ValueChangeMode.LAZY);
        name.setClearButtonVisible(true);
        name.setPrefixComponent(VaadinIcon.SEARCH.create());
        region.setItems(organisations.regions());
        region.setClearButtonVisible(true);
        stp.setItems(organisations.stps());
        stp.setClearButtonVisible(true);
        organisation.setItems(organisations.organisations());
        organisation.setClearButtonVisible(true);
        profession.setItems(members.professions());
        profession.setClearButtonVisible(true);
        region.addValueChangeListener(e -> stp.setItems(organisations.stps(e.getValue())));
        name.addValueChangeListener(e -> filterChanged());
        region.addValueChangeListener(e -> filterChanged());
        stp.addValueChangeListener(e -> filterChanged());
        organisation.addValueChangeListener(e -> filterChanged());
        profession.addValueChangeListener(e -> filterChanged());

        grid.addColumn(Member::getFullName)
                .setHeader("Name")
                .setSortable(true)
                .setSortProperty("fullName")
                .setAutoWidth(true);
        grid.addColumn(Member::getProfession).setHeader("Profession").setSortProperty("profession");
        grid.addColumn(m ->
                        m.getOrganisation() == null ? "" : m.getOrganisation().getName())
                .setHeader("Organisation");
        grid.addColumn(m -> m.getStp() == null ? "" : m.getStp().getName()).setHeader("STP");
        grid.addColumn(m -> m.getRegion() == null ? "" : m.getRegion().getName())
                .setHeader("Region");
        PhoneGrids.stackOnPhones(
                grid,
                "Member",
                m -> PhoneGrids.card(
                        m.getFullName(),
                        m.getProfession(),
                        m.getOrganisation() == null ? "" : m.getOrganisation().getName(),
                        m.getRegion() == null ? "" : m.getRegion().getName()));
        grid.setEmptyStateText("No members match these filters. Try fewer filters or a shorter name.");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate(ProfileView.class, e.getItem().getId())));
        grid.setItems(q -> members.directory(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        FlexLayout filters = new FlexLayout(name, region, stp, organisation, profession);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        add(new H2("People"), filters, grid);
        setFlexGrow(1, grid);
    }

    MemberFilter filter() {
        return new MemberFilter(
                name.getValue(),
                id(region.getValue()),
                id(stp.getValue()),
                id(organisation.getValue()),
                profession.getValue());
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> params = new LinkedHashMap<>();
        if (!name.isEmpty()) params.put("name", name.getValue());
        if (region.getValue() != null) params.put("region", region.getValue().getSlug());
        if (stp.getValue() != null)
            params.put("stp", String.valueOf(stp.getValue().getId()));
        if (organisation.getValue() != null)
            params.put("org", String.valueOf(organisation.getValue().getId()));
        if (profession.getValue() != null) params.put("profession", profession.getValue());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(null, "people?" + QueryParameters.simple(params).getQueryString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            q.getSingleParameter("name").ifPresent(name::setValue);
            q.getSingleParameter("region").flatMap(organisations::regionBySlug).ifPresent(region::setValue);
            q.getSingleParameter("stp")
                    .flatMap(DirectoryView::parseLong)
                    .flatMap(id -> organisations.stps().stream()
                            .filter(s -> s.getId().equals(id))
                            .findFirst())
                    .ifPresent(stp::setValue);
            q.getSingleParameter("org")
                    .flatMap(DirectoryView::parseLong)
                    .flatMap(organisations::organisation)
                    .ifPresent(organisation::setValue);
            q.getSingleParameter("profession").ifPresent(profession::setValue);
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    private static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Long id(AbstractEntity e) {
        return e == null ? null : e.getId();
    }
}
