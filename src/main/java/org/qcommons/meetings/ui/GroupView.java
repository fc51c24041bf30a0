package org.qcommons.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qcommons.base.security.ViewerContext;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.MeetingBroadcaster;
import org.qcommons.meetings.MeetingChange;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.MemberService;

/**
 * A group's page. For a public group it is readable without signing in and shows only published material;
 * seat holders also see drafts, attendance and the discussion. The open tab is kept in the URL.
 */
@Route("groups/:slug")
@AnonymousAllowed
public class GroupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingServices services;
    private final GroupService groups;
    private final MemberService members;
    private final OrganisationService organisations;
    private final MeetingBroadcaster broadcaster;
    private final List<GroupPageSection> sections;
    TabSheet tabs = new TabSheet();
    final Map<String, Tab> tabByKey = new LinkedHashMap<>();
    MeetingGroup group;
    GroupViewer can;
    DiscussionPanel discussionPanel;
    GroupMeetingsPanel meetingsPanel;
    private Runnable unlisten;

    GroupView(
            MeetingServices services,
            MemberService members,
            OrganisationService organisations,
            MeetingBroadcaster broadcaster,
            List<GroupPageSection> sections) {
        this.services = services;
        this.sections = sections;
        this.groups = services.groups();
        this.members = members;
        this.organisations = organisations;
        this.broadcaster = broadcaster;
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get("slug").orElse("");
        var found = groups.bySlug(slug);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no group at this address you can see.");
            return;
        }
        group = found.get();
        can = groups.viewer(group);
        build();
        getUI().ifPresent(this::listen);
        event.getLocation()
                .getQueryParameters()
                .getSingleParameter("tab")
                .map(tabByKey::get)
                .ifPresent(tabs::setSelectedTab);
    }

    private void build() {
        removeAll();
        tabByKey.clear();
        discussionPanel = null;
        tabs = new TabSheet();
        tabs.setWidthFull();
        HorizontalLayout header = new HorizontalLayout(new H2(group.getName()));
        header.setAlignItems(Alignment.BASELINE);
        header.add(Formats.badge(group.getKind().label(), "contrast"));
        if (group.getRegion() != null) {
            header.add(Formats.badge(group.getRegion().getName(), ""));
        }
        if (can.canManage()) {
            Button edit = new Button(
                    "Edit group",
                    VaadinIcon.EDIT.create(),
                    e -> new GroupDialog(
                                    groups,
                                    organisations,
                                    group,
                                    saved -> UI.getCurrent().navigate("groups/" + saved.getSlug()))
                            .open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            header.add(edit);
        }
        add(header);
        if (group.getSummary() != null) {
            add(new Paragraph(group.getSummary()));
        }
        addTab("overview", "About", overview());
        meetingsPanel = new GroupMeetingsPanel(group, can, services.meetings(), services.clock());
        addTab("meetings", "Meetings", meetingsPanel);
        addTab(
                "decisions",
                "Decisions",
                new GroupDecisionsPanel(group, can, services.decisions(), services.proposals()));
        if (can.signedIn()) {
            addTab("attendance", "Attendance", new AttendanceRatesPanel(group, services.attendance()));
        }
        if (can.seatHolder()) {
            discussionPanel = new DiscussionPanel(group, services.discussion(), services.posts(), services.clock());
            addTab("discussion", "Discussion", discussionPanel);
            add(calendarLink());
        }
        for (GroupPageSection section : sections) {
            Component content = section.create(group, can);
            if (content != null) {
                addTab(section.key(), section.label(), content);
            }
        }
        tabs.addSelectedChangeListener(e -> tabByKey.entrySet().stream()
                .filter(en -> en.getValue().equals(e.getSelectedTab()))
                .findFirst()
                .ifPresent(en -> getUI().ifPresent(ui -> ui.getPage()
                        .getHistory()
                        .replaceState(
                                null,
                                "groups/" + group.getSlug() + "?"
                                        + QueryParameters.of("tab", en.getKey()).getQueryString()))));
        add(tabs);
    }

    private void addTab(String key, String label, Component content) {
        tabByKey.put(key, tabs.add(label, content));
    }

    private VerticalLayout overview() {
        VerticalLayout v = new VerticalLayout();
        v.setPadding(false);
        if (!group.principles().isEmpty()) {
            UnorderedList list = new UnorderedList();
            group.principles().forEach(p -> list.add(new ListItem(p)));
            v.add(new H3("Organising principles"), list);
        }
        v.add(new TermsPanel(group, can, services.terms(), services.clock()));
        v.add(new SeatsPanel(group, can, groups, members, services.seatRoles()));
        return v;
    }

    private HorizontalLayout calendarLink() {
        Anchor feed = new Anchor(groups.calendarFeedPath(group), "Subscribe to this group's meetings (iCalendar feed)");
        feed.setRouterIgnore(true);
        HorizontalLayout row = new HorizontalLayout(
                VaadinIcon.CALENDAR.create(),
                feed,
                new Text(" The link is yours alone: keep it private. You can revoke it from your profile."));
        row.setAlignItems(Alignment.CENTER);
        if (can.signedIn()) {
            Button renew = new Button("Renew link", e -> {
                ConfirmDialog d = new ConfirmDialog(
                        "Renew your calendar link?",
                        "Your current subscription stops updating; subscribe again with the new link.",
                        "Renew",
                        ok -> {
                            groups.renewCalendarToken(group.getId());
                            feed.setHref(groups.calendarFeedPath(group));
                        });
                d.setCancelable(true);
                d.open();
            });
            renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            row.add(renew);
        }
        return row;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (group == null) {
            return;
        }
        listen(attachEvent.getUI());
    }

    private void listen(UI ui) {
        if (unlisten != null) {
            unlisten.run();
        }
        ViewerContext viewer = ViewerContext.capture();
        unlisten = broadcaster.listenToGroup(
                group.getId(),
                change -> ui.access(() -> viewer.run(() -> {
                    if (discussionPanel != null && change.kind() == MeetingChange.Kind.DISCUSSION) {
                        discussionPanel.refresh();
                    } else if (meetingsPanel != null) {
                        meetingsPanel.refresh();
                    }
                })));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
    }

    @Override
    public String getPageTitle() {
        return (group == null ? "Group" : group.getName()) + " | Q Commons";
    }
}
