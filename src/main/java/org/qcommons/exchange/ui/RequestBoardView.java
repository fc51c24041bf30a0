package org.qcommons.exchange.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.qcommons.base.Words;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.RequestFilter;
import org.qcommons.exchange.RequestService;
import org.qcommons.exchange.RequestSkill;
import org.qcommons.exchange.RequestStatus;
import org.qcommons.exchange.RequestViewer;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Stp;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillService;

/** Every signatory's requests for expertise; members register interest here. Filters live in the URL. */
@Route("exchange/requests")
@PageTitle("Expertise requests | Q Commons")
@Menu(order = 31, icon = "vaadin:clipboard-text", title = "Expertise requests")
@PermitAll
public class RequestBoardView extends VerticalLayout implements BeforeEnterObserver {

    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    final ComboBox<Skill> skill = new ComboBox<>("Skill");
    final ComboBox<Stp> stp = new ComboBox<>("STP");
    final ComboBox<RequestStatus> status = new ComboBox<>("Status");
    final Grid<ExpertiseRequest> grid = new Grid<>(ExpertiseRequest.class, false);
    final Button post = new Button("Post a request");
    private final RequestService requests;
    private final SkillService skills;
    private final OrganisationService organisations;
    private boolean restoring;

    public RequestBoardView(
            RequestService requests, SkillService skills, OrganisationService organisations, Clock clock) {
        this.requests = requests;
        this.skills = skills;
        this.organisations = organisations;
        setSizeFull();
        skill.setItems(skills.activeSkills());
        skill.setItemLabelGenerator(Skill::getName);
        stp.setItems(organisations.stps());
        status.setItems(RequestStatus.values());
        status.setItemLabelGenerator(RequestStatus::label);
        status.setValue(RequestStatus.OPEN);
        for (var c : new ComboBox<?>[] {skill, stp, status}) {
            c.setClearButtonVisible(true);
            c.addValueChangeListener(e -> filterChanged());
        }

        grid.addColumn(ExpertiseRequest::getTitle)
                .setHeader("Request")
                .setSortable(true)
                .setSortProperty("title")
                .setFlexGrow(2);
        grid.addColumn(r -> r.getRequestingOrg().getName()).setHeader("From").setFlexGrow(2);
        grid.addColumn(r -> r.getRequestingOrg().getStp().getName()).setHeader("STP");
        grid.addColumn(RequestBoardView::skillsNeeded)
                .setHeader("Skills needed")
                .setFlexGrow(2);
        grid.addColumn(ExpertiseRequest::getDaysNeeded)
                .setHeader("Days")
                .setSortable(true)
                .setSortProperty("daysNeeded");
        grid.addColumn(RequestBoardView::window)
                .setHeader("Window")
                .setSortable(true)
                .setSortProperty("startsOn");
        grid.addColumn(RequestBoardView::where).setHeader("Where");
        grid.addColumn(r -> r.getStatus().label()).setHeader("Status");
        Grid.Column<ExpertiseRequest> posted = grid.addColumn(
                        r -> SHORT.format(r.getCreatedAt().atZone(clock.getZone())))
                .setHeader("Posted")
                .setSortable(true)
                .setSortProperty("createdAt");
        grid.addComponentColumn(this::interest).setHeader("").setKey("interest").setAutoWidth(true);
        PhoneGrids.stackOnPhones(
                grid,
                "Request",
                r -> PhoneGrids.card(
                        interest(r),
                        r.getTitle(),
                        r.getRequestingOrg().getName() + ", "
                                + r.getRequestingOrg().getStp().getName(),
                        skillsNeeded(r),
                        Words.get("exchange.daysNeeded", r.getDaysNeeded()) + ", " + window(r),
                        where(r) + " · " + r.getStatus().label()));
        grid.sort(List.of(new GridSortOrder<>(posted, SortDirection.DESCENDING)));
        grid.setEmptyStateText("No requests match. Clear a filter to see more.");
        grid.addItemClickListener(e -> getUI().ifPresent(
                        ui -> ui.navigate("exchange/requests/" + e.getItem().getId())));
        grid.setItems(q -> requests.board(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        post.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate("exchange/requests/new")));
        post.setVisible(requests.canPost());
        FlexLayout filters = new FlexLayout(skill, stp, status);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.addClassName("filters");
        HorizontalLayout header = new HorizontalLayout(new H2("Expertise requests"), post);
        header.setAlignItems(Alignment.BASELINE);
        add(header, filters, grid);
        setFlexGrow(1, grid);
    }

    private static String skillsNeeded(ExpertiseRequest r) {
        return r.getSkills().stream().map(RequestSkill::toString).collect(Collectors.joining("; "));
    }

    private static String window(ExpertiseRequest r) {
        return SHORT.format(r.getStartsOn()) + " to " + SHORT.format(r.getEndsOn());
    }

    private static String where(ExpertiseRequest r) {
        return r.isRemote() ? "Remote" : r.getLocation();
    }

    private Component interest(ExpertiseRequest r) {
        RequestViewer viewer = requests.viewerOf(r);
        if (viewer.manages()) {
            return new Span("Your organisation's");
        }
        if (viewer.interested()) {
            return new Span("Interest registered");
        }
        if (r.getStatus() != RequestStatus.OPEN) {
            return new Span();
        }
        Button b = new Button("Register interest", e -> {
            try {
                requests.registerInterest(r.getId());
                UserMessages.showSuccess("Interest registered. The requesting coordinator has been told.");
                grid.getDataProvider().refreshItem(r);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    RequestFilter filter() {
        return new RequestFilter(
                skill.getValue() == null ? null : skill.getValue().getId(),
                stp.getValue() == null ? null : stp.getValue().getId(),
                status.getValue(),
                null);
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        grid.getDataProvider().refreshAll();
        Map<String, String> params = new LinkedHashMap<>();
        if (skill.getValue() != null)
            params.put("skill", String.valueOf(skill.getValue().getId()));
        if (stp.getValue() != null)
            params.put("stp", String.valueOf(stp.getValue().getId()));
        params.put(
                "status", status.getValue() == null ? "ANY" : status.getValue().name());
        getUI().ifPresent(ui -> ui.getPage()
                .getHistory()
                .replaceState(
                        null,
                        "exchange/requests?" + QueryParameters.simple(params).getQueryString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        restoring = true;
        try {
            q.getSingleParameter("skill")
                    .flatMap(RequestBoardView::parseLong)
                    .flatMap(id -> skills.activeSkills().stream()
                            .filter(s -> s.getId().equals(id))
                            .findFirst())
                    .ifPresent(skill::setValue);
            q.getSingleParameter("stp")
                    .flatMap(RequestBoardView::parseLong)
                    .flatMap(id -> organisations.stps().stream()
                            .filter(s -> s.getId().equals(id))
                            .findFirst())
                    .ifPresent(stp::setValue);
            q.getSingleParameter("status")
                    .ifPresent(s -> status.setValue(Arrays.stream(RequestStatus.values())
                            .filter(v -> v.name().equals(s))
                            .findFirst()
                            .orElse(null)));
        } finally {
            restoring = false;
        }
        grid.getDataProvider().refreshAll();
    }

    static Optional<Long> parseLong(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
