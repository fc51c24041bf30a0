package org.qcommons.meetings.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.ViewerContext;
import org.qcommons.base.ui.LostFocus;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingBroadcaster;
import org.qcommons.meetings.MeetingChange;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingViewer;

/**
 * The meeting workspace: agenda, papers, attendance, minutes, decisions and actions, live for everyone viewing.
 * Public groups' published minutes are readable without signing in; drafts only by seat holders.
 */
@Route("meetings/:id")
@AnonymousAllowed
public class MeetingView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingServices services;
    private final MeetingService meetings;
    private final MeetingBroadcaster broadcaster;
    private final List<MeetingPageSection> sections;
    private final String viewerKey = UUID.randomUUID().toString();
    Meeting meeting;
    MeetingViewer can;
    MeetingHeader header;
    AgendaPanel agenda;
    AttendancePanel attendance;
    DecisionsPanel decisions;
    ActionsPanel actions;
    ActionsPanel carried;
    PdsaPanel pdsa;
    final Span presence = new Span();
    private Runnable unlisten;
    private Runnable leave;

    MeetingView(MeetingServices services, MeetingBroadcaster broadcaster, List<MeetingPageSection> sections) {
        this.services = services;
        this.sections = sections;
        this.meetings = services.meetings();
        this.broadcaster = broadcaster;
        setWidthFull();
        setMaxWidth("70rem");
        presence.addClassName("presence");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Meeting> found =
                event.getRouteParameters().get("id").flatMap(MeetingView::parse).flatMap(meetings::meeting);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no meeting at this address you can see.");
            return;
        }
        boolean other = meeting != null && !meeting.getId().equals(found.get().getId());
        meeting = found.get();
        build();
        if (other) {
            getUI().ifPresent(this::listen);
        }
    }

    void build() {
        removeAll();
        can = meetings.viewer(meeting);
        header = new MeetingHeader(meeting, can, meetings, services.clock());
        add(header);
        if (services.replies().canReply(meeting)) {
            add(new ReplyPanel(meeting, services.replies()));
        }
        if (CurrentUser.isSignedIn()) {
            add(presence);
            showPresence();
        }
        meetings.previous(meeting).filter(Meeting::hasPdsa).ifPresent(prev -> add(PdsaPanel.previous(prev)));
        carried = null;
        if (can.seeAgenda()) {
            carried = new ActionsPanel(meeting, can, services.actions(), true);
            add(carried);
        }
        agenda = new AgendaPanel(meeting, can, services);
        add(agenda);
        attendance = null;
        pdsa = null;
        decisions = null;
        actions = null;
        if (can.seeMinutes() && (can.seatHolder() || meeting.isMinutesPublished())) {
            attendance = new AttendancePanel(meeting, can, services.attendance());
            decisions = new DecisionsPanel(meeting, can, services.decisions());
            actions = new ActionsPanel(meeting, can, services.actions(), false);
            add(attendance, decisions, actions);
            sections.forEach(section -> add(section.create(meeting, can)));
            // Linked to the records (issue 20): the plan is there from the start, so seat holders see the cycle at
            // once.
            if (can.seatHolder()) {
                pdsa = new PdsaPanel(meeting, can, services.pdsa(), saved -> meeting = saved);
                add(pdsa);
            }
        } else if (!meeting.isMinutesPublished()) {
            add(new Paragraph("Minutes will appear here once the convenor has approved them."));
        }
    }

    /** What the study step should look at: attendance and timing against the plan. */
    String facts() {
        String timing =
                agenda.totalMinutes() + " minutes allotted against " + meeting.getDurationMinutes() + " planned";
        return attendance == null ? timing : attendance.summary.getText() + "; " + timing;
    }

    void onChange(MeetingChange change) {
        switch (change.kind()) {
            case PRESENCE -> showPresence();
            case AGENDA, MINUTES -> {
                agenda.refresh();
                refreshCycle();
            }
            case COMMENTS -> agenda.refreshComments();
            case ATTENDANCE -> {
                if (attendance != null) attendance.refresh();
                refreshCycle();
            }
            case DECISIONS -> {
                if (decisions != null) decisions.refresh();
                refreshCycle();
            }
            case ACTIONS -> {
                if (actions != null) actions.refresh();
                if (carried != null) carried.refresh();
                refreshCycle();
            }
            default -> {
                Optional<Meeting> fresh = meetings.meeting(meeting.getId());
                if (fresh.isEmpty()) {
                    removeAll();
                    add(new Paragraph("This meeting is no longer available."));
                    return;
                }
                MeetingStatus before = meeting.getStatus();
                meeting = fresh.get();
                // Details changed but not the stage: swap only the header, so nobody's unsaved minutes are lost.
                if (meeting.getStatus() == before && meetings.viewer(meeting).equals(can)) {
                    MeetingHeader fresher = new MeetingHeader(meeting, can, meetings, services.clock());
                    replace(header, fresher);
                    header = fresher;
                    if (pdsa != null) {
                        pdsa.refresh(meeting);
                    }
                } else {
                    build();
                    // The workflow button that was pressed has been rebuilt away.
                    LostFocus.moveToView();
                }
            }
        }
    }

    /** The PDSA cycle is drawn from the agenda, attendance, decisions and actions, so it follows each of them. */
    private void refreshCycle() {
        if (pdsa != null) {
            pdsa.refresh(meeting);
        }
    }

    private void showPresence() {
        var names = broadcaster.viewerNames(meeting.getId());
        presence.setText(names.isEmpty() ? "" : "Viewing now: " + String.join(", ", names));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (meeting != null) {
            listen(attachEvent.getUI());
        }
    }

    private void listen(UI ui) {
        stopListening();
        ViewerContext viewer = ViewerContext.capture();
        unlisten = broadcaster.listenToMeeting(
                meeting.getId(), change -> ui.access(() -> viewer.run(() -> onChange(change))));
        CurrentUser.get()
                .ifPresent(user -> leave = broadcaster.join(
                        meeting.getId(),
                        new MeetingBroadcaster.Viewer(viewerKey, user.memberId(), user.displayName())));
        showPresence();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        stopListening();
    }

    private void stopListening() {
        if (unlisten != null) {
            unlisten.run();
            unlisten = null;
        }
        if (leave != null) {
            leave.run();
            leave = null;
        }
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? "Meeting" : meeting.getGroup().getName() + ": " + meeting.getTitle())
                + " | Q Commons";
    }

    static Anchor icsLink(Meeting m) {
        Anchor a = new Anchor("calendar/meetings/" + m.getId() + ".ics", "Add to calendar (.ics)");
        a.setRouterIgnore(true);
        return a;
    }

    private static Optional<Long> parse(String s) {
        try {
            return Optional.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
