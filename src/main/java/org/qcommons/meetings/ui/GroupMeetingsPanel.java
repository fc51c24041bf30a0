package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.qcommons.meetings.GroupViewer;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;

/**
 * Upcoming meetings and past ones. Readers outside the group see past meetings only once their minutes are
 * published; seat holders see every meeting and which ones have minutes due.
 */
class GroupMeetingsPanel extends VerticalLayout {

    final Grid<Meeting> upcoming = grid();
    final Grid<Meeting> past = grid();
    final Button schedule = new Button("Schedule a meeting", VaadinIcon.PLUS.create());
    private final MeetingGroup group;
    private final GroupViewer can;
    private final MeetingService meetings;
    private final Clock clock;

    GroupMeetingsPanel(MeetingGroup group, GroupViewer can, MeetingService meetings, Clock clock) {
        this.clock = clock;
        this.group = group;
        this.can = can;
        this.meetings = meetings;
        setPadding(false);
        upcoming.setEmptyStateText("No meetings are planned yet.");
        past.setEmptyStateText(can.seatHolder() ? "No past meetings." : "No minutes have been published yet.");
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setVisible(can.canManage());
        schedule.addClickListener(e -> new ScheduleMeetingDialog(group, meetings, saved -> open(saved)).open());
        HorizontalLayout head = new HorizontalLayout(new H3("Upcoming meetings"), schedule);
        head.setAlignItems(Alignment.BASELINE);
        add(head, upcoming, new H3(can.seatHolder() ? "Past meetings" : "Published minutes"), past);
        refresh();
    }

    void refresh() {
        List<Meeting> next = meetings.upcoming(group);
        upcoming.setItems(next);
        LocalDateTime now = LocalDateTime.now(clock).minusHours(3);
        past.setItems(
                can.seatHolder()
                        ? meetings.meetings(group).stream()
                                .filter(m -> !m.getStartsAt().isAfter(now))
                                .toList()
                        : meetings.withPublishedMinutes(group));
    }

    private Grid<Meeting> grid() {
        Grid<Meeting> g = new Grid<>(Meeting.class, false);
        g.addColumn(Formats::when).setHeader("When").setKey("when").setAutoWidth(true);
        g.addColumn(Meeting::getTitle).setHeader("Meeting").setKey("title").setAutoWidth(true);
        g.addComponentColumn(m -> {
                    HorizontalLayout badges = new HorizontalLayout(Formats.status(m.getStatus()));
                    if (Formats.isDue(m, clock)) {
                        badges.add(Formats.minutesDue());
                    }
                    return badges;
                })
                .setHeader("Status")
                .setKey("status")
                .setAutoWidth(true);
        g.setAllRowsVisible(true);
        g.addItemClickListener(e -> open(e.getItem()));
        return g;
    }

    private void open(Meeting m) {
        getUI().ifPresent(ui -> ui.navigate(MeetingView.class, new RouteParameters("id", String.valueOf(m.getId()))));
    }
}
