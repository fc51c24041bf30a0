package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.PhoneGrids;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.organisations.OrganisationService;

/** Every group the visitor may see; anonymous visitors see only public groups. */
@Route("groups")
@PageTitle("Groups | Q Commons")
@Menu(order = 40, icon = "vaadin:group", title = "Groups")
@AnonymousAllowed
public class GroupsView extends VerticalLayout {

    final Grid<MeetingGroup> grid = new Grid<>(MeetingGroup.class, false);
    final Button create = new Button("New group", VaadinIcon.PLUS.create());

    public GroupsView(GroupService groups, MeetingService meetings, OrganisationService organisations) {
        setSizeFull();
        grid.addColumn(MeetingGroup::getName)
                .setHeader("Group")
                .setKey("name")
                .setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(g -> g.getKind().label()).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(g -> g.getRegion() == null ? "UK-wide" : g.getRegion().getName())
                .setHeader("Region")
                .setAutoWidth(true);
        grid.addComponentColumn(g -> {
                    HorizontalLayout badges = new HorizontalLayout(visibilityBadge(g));
                    long due = groups.minutesDueCount(g);
                    if (due > 0) {
                        badges.add(Formats.minutesDue());
                    }
                    return badges;
                })
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        grid.addColumn(g -> meetings.upcoming(g).stream()
                        .findFirst()
                        .map(Formats::when)
                        .orElse("None planned"))
                .setHeader("Next meeting")
                .setAutoWidth(true);
        PhoneGrids.stackOnPhones(grid, "Group", g -> {
            Component card = PhoneGrids.card(
                    g.getName(),
                    g.getKind().label() + ", "
                            + (g.getRegion() == null ? "UK-wide" : g.getRegion().getName()),
                    "Next meeting: "
                            + meetings.upcoming(g).stream()
                                    .findFirst()
                                    .map(Formats::when)
                                    .orElse("none planned"));
            card.getElement().appendChild(visibilityBadge(g).getElement());
            if (groups.minutesDueCount(g) > 0) {
                card.getElement().appendChild(Formats.minutesDue().getElement());
            }
            return card;
        });
        grid.setItems(groups.visibleGroups());
        grid.setEmptyStateText("There are no groups you can see yet.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(
                GroupView.class, new RouteParameters("slug", e.getItem().getSlug()))));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR));
        create.addClickListener(e -> new GroupDialog(
                        groups,
                        organisations,
                        null,
                        saved -> getUI().ifPresent(ui ->
                                ui.navigate(GroupView.class, new RouteParameters("slug", saved.getSlug()))))
                .open());

        HorizontalLayout header = new HorizontalLayout(new H2("Groups"), create);
        header.setAlignItems(Alignment.BASELINE);
        add(
                header,
                new Paragraph("Stewardship groups meet about quarterly, for two hours at most, in the open. "
                        + "Published agendas, minutes and decisions of public groups can be read without signing in."),
                grid);
        setFlexGrow(1, grid);
    }

    private static Component visibilityBadge(MeetingGroup g) {
        return Formats.badge(
                switch (g.getVisibility()) {
                    case PUBLIC -> "Public";
                    case MEMBERS -> "Members only";
                    case PRIVATE -> "Private";
                },
                "contrast");
    }
}
