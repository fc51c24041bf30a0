package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.util.function.Supplier;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingViewer;

/** Title, time, place and status of a meeting, and the buttons that move it through its workflow. */
class MeetingHeader extends VerticalLayout {

    final Button editDetails = new Button("Change details");
    final Button publishAgenda = new Button("Publish agenda");
    final Button markHeld = new Button("Mark as held");
    final Button circulate = new Button("Circulate draft minutes");
    final Button cancelMeeting = new Button("Cancel meeting");

    MeetingHeader(Meeting m, MeetingViewer can, MeetingService meetings, Clock clock) {
        setPadding(false);
        setSpacing(false);
        RouterLink group = new RouterLink(
                m.getGroup().getName(),
                GroupView.class,
                new RouteParameters("slug", m.getGroup().getSlug()));
        HorizontalLayout title = new HorizontalLayout(new H2(m.getTitle()), Formats.status(m.getStatus()));
        title.setAlignItems(Alignment.BASELINE);
        if (m.isCancelled()) {
            title.add(Formats.badge("Cancelled", "error"));
        }
        if (Formats.isDue(m, clock)) {
            title.add(Formats.minutesDue());
        }
        add(group, title, new Span(Formats.when(m)));
        if (m.getPlace() != null) {
            add(new Span("Place: " + m.getPlace()));
        }
        if (m.getVideoLink() != null && can.seeAgenda()) {
            Anchor video = new Anchor(m.getVideoLink(), "Join by video");
            video.setTarget("_blank");
            add(video);
        }
        add(MeetingView.icsLink(m));
        if (m.getStatus() == MeetingStatus.MINUTES_DRAFTED && m.getReviewUntil() != null && can.seatHolder()) {
            add(Formats.badge(
                    "Draft minutes out for review until " + Formats.shortDate(m.getReviewUntil()), "contrast"));
        }

        HorizontalLayout workflow = new HorizontalLayout();
        workflow.setWrap(true);
        if (can.manage() && !m.isCancelled()) {
            editDetails.addClickListener(e -> new ScheduleMeetingDialog(
                            m.getGroup(), meetings.meeting(m.getId()).orElseThrow(), meetings, saved -> {})
                    .open());
            workflow.add(editDetails);
            step(
                    workflow,
                    publishAgenda,
                    m.getStatus() == MeetingStatus.PLANNED,
                    "Publish the agenda?",
                    "Everyone who can see the group will be able to read the agenda and papers.",
                    () -> meetings.publishAgenda(m.getId()));
            step(
                    workflow,
                    markHeld,
                    m.getStatus() == MeetingStatus.PLANNED || m.getStatus() == MeetingStatus.AGENDA_PUBLISHED,
                    "Mark the meeting as held?",
                    "Attendance and minutes can then be completed.",
                    () -> meetings.markHeld(m.getId()));
            if (m.getStatus() == MeetingStatus.HELD) {
                IntegerField days = new IntegerField();
                days.setValue(7);
                days.setMin(1);
                days.setMax(28);
                days.setAriaLabel("Days for attendees to propose amendments");
                days.setSuffixComponent(new Span("days to comment"));
                days.setWidth("11rem");
                circulate.addClickListener(e ->
                        run(() -> meetings.circulateDraft(m.getId(), days.getValue() == null ? 7 : days.getValue())));
                circulate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                workflow.add(days, circulate);
            }
            step(
                    workflow,
                    cancelMeeting,
                    !m.getStatus().atLeast(MeetingStatus.HELD),
                    "Cancel this meeting?",
                    "Every seat holder is sent a cancellation for their calendar. This cannot be undone.",
                    () -> meetings.cancel(m.getId()));
            cancelMeeting.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        // Approval and publication are separate steps now, on MinutesApprovalPanel (issue 20).
        if (workflow.getComponentCount() > 0) {
            add(workflow);
        }
    }

    private void step(
            HorizontalLayout bar,
            Button button,
            boolean visible,
            String question,
            String detail,
            Supplier<Meeting> action) {
        if (!visible) {
            return;
        }
        button.addClickListener(e -> {
            ConfirmDialog d = new ConfirmDialog(question, detail, "Yes", ok -> run(action));
            d.setCancelable(true);
            d.open();
        });
        bar.add(button);
    }

    private static void run(Supplier<Meeting> action) {
        try {
            action.get();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
