package org.qcommons.meetings.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AmendmentService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingViewer;
import org.qcommons.meetings.MinutesAmendment;
import org.qcommons.meetings.MinutesApprovalService;
import org.qcommons.meetings.TrackedChanges;

/**
 * The minutes' approval path on a meeting's page, in place of the one-step "Approve and publish": tracked
 * amendments while circulated, approving the last meeting's minutes at this one, publishing, unpublishing with a
 * reason, the stages' history, and the published minutes to download.
 */
class MinutesApprovalPanel extends VerticalLayout {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);

    final Button approvePrevious = new Button();
    final Button publish = new Button("Publish minutes");
    final Button unpublish = new Button("Unpublish minutes");
    final Button propose = new Button("Propose an amendment");
    final VerticalLayout amendments = new VerticalLayout();

    private final Meeting meeting;
    private final MeetingViewer can;
    private final MinutesApprovalService approval;
    private final AmendmentService amendmentService;
    private final AgendaService agenda;
    private final DateTimeFormatter stamp;

    MinutesApprovalPanel(
            Meeting meeting,
            MeetingViewer can,
            MinutesApprovalService approval,
            AmendmentService amendmentService,
            AgendaService agenda,
            Clock clock) {
        this.meeting = meeting;
        this.can = can;
        this.approval = approval;
        this.amendmentService = amendmentService;
        this.agenda = agenda;
        this.stamp = STAMP.withZone(clock.getZone());
        setPadding(false);
        addClassName("minutes-approval");
        approval.approvesMinutesOf(meeting)
                .filter(prev -> prev.getStatus() == MeetingStatus.MINUTES_DRAFTED && can.approve())
                .ifPresent(prev -> {
                    approvePrevious.setText("Approve the minutes of " + prev.getTitle());
                    confirm(
                            approvePrevious,
                            "Approve the minutes of the last meeting?",
                            "The approval is recorded as a decision of this meeting, and the minutes can then no"
                                    + " longer be changed.",
                            () -> approval.approveAtMeeting(meeting.getId()));
                    add(approvePrevious);
                });
        stage();
        if (can.seatHolder() && meeting.getStatus().atLeast(MeetingStatus.MINUTES_DRAFTED)) {
            amendments.setPadding(false);
            add(new H3("Amendments"), amendments);
            refreshAmendments();
            if (can.comment()) {
                propose.addClickListener(e -> openProposal());
                add(propose);
            }
            List<org.qcommons.meetings.MinutesEvent> history = approval.history(meeting);
            if (!history.isEmpty()) {
                UnorderedList list = new UnorderedList();
                history.forEach(h -> list.add(new ListItem(stamp.format(h.getAt()) + " · "
                        + h.getKind().label()
                        + (h.getActor() == null ? "" : " by " + h.getActor().getFullName())
                        + (h.getReason() == null ? "" : ": " + h.getReason()))));
                add(new H3("History of these minutes"), list);
            }
        }
    }

    private void stage() {
        HorizontalLayout bar = new HorizontalLayout();
        bar.setWrap(true);
        bar.setAlignItems(Alignment.BASELINE);
        MeetingStatus status = meeting.getStatus();
        if (status == MeetingStatus.MINUTES_DRAFTED && can.seatHolder()) {
            bar.add(new Span(
                    meeting.getGroup().isApproveByCirculation()
                            ? "These minutes are approved by circulation when the review ends with no open amendment."
                            : "These minutes are approved at the group's next meeting."));
        }
        if (status == MeetingStatus.MINUTES_APPROVED && can.manageGroup()) {
            confirm(
                    publish,
                    "Publish the minutes?",
                    "Everyone who can see the group will be able to read the minutes, decisions and actions.",
                    () -> approval.publish(meeting.getId()));
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.add(publish);
        }
        if (meeting.isMinutesPublished()) {
            Anchor pdf = new Anchor("public/minutes/" + meeting.getId() + ".pdf", "Download the minutes (PDF)");
            Anchor html = new Anchor("public/minutes/" + meeting.getId() + ".html", "Download the minutes (HTML)");
            pdf.setRouterIgnore(true);
            html.setRouterIgnore(true);
            bar.add(pdf, html);
            if (can.approve()) {
                unpublish.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                unpublish.addClickListener(e -> openUnpublish());
                bar.add(unpublish);
            }
        }
        if (bar.getComponentCount() > 0) {
            add(bar);
        }
    }

    void refreshAmendments() {
        amendments.removeAll();
        List<MinutesAmendment> found = amendmentService.amendments(meeting);
        if (found.isEmpty()) {
            amendments.add(new Paragraph("No amendments have been proposed."));
        }
        for (MinutesAmendment a : found) {
            Div card = new Div();
            card.addClassName("amendment");
            card.add(new Span(a.getAgendaItem().getTitle() + " · "
                    + a.getAuthor().getFullName() + " · " + a.getStatus().label()));
            // Escaped by the diff generator; only <ins>, <del> and <br> are markup.
            card.add(new Html("<div class=\"tracked-changes\">"
                    + TrackedChanges.html(a.getBaseText(), a.getProposedText()) + "</div>"));
            if (a.getReason() != null) {
                card.add(new Paragraph("Reason: " + a.getReason()));
            }
            if (a.isOpen() && can.approve() && meeting.getStatus() == MeetingStatus.MINUTES_DRAFTED) {
                Button accept = new Button("Accept", e -> act(() -> amendmentService.accept(a.getId())));
                Button reject = new Button("Reject", e -> act(() -> amendmentService.reject(a.getId())));
                accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
                reject.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
                card.add(new HorizontalLayout(accept, reject));
            }
            amendments.add(card);
        }
    }

    private void openProposal() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Propose an amendment");
        Select<AgendaItem> item = new Select<>();
        item.setLabel("Agenda item");
        item.setItems(agenda.agenda(meeting));
        item.setItemLabelGenerator(AgendaItem::getTitle);
        TextArea text = new TextArea("The minutes as you would have them");
        text.setWidthFull();
        text.setMaxLength(16_000);
        item.addValueChangeListener(e -> text.setValue(
                e.getValue() == null || e.getValue().getMinutesText() == null
                        ? ""
                        : e.getValue().getMinutesText()));
        TextArea reason = new TextArea("Reason (optional)");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        Button send = new Button("Propose", e -> {
            if (item.getValue() == null) {
                item.setInvalid(true);
                item.setErrorMessage("Choose the agenda item");
                return;
            }
            act(() -> amendmentService.propose(item.getValue().getId(), text.getValue(), reason.getValue()));
            d.close();
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        d.add(new VerticalLayout(item, text, reason));
        d.getFooter().add(new Button("Cancel", e -> d.close()), send);
        d.setWidth("40rem");
        d.open();
    }

    private void openUnpublish() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Unpublish the minutes?");
        TextArea reason = new TextArea("Reason");
        reason.setHelperText("Kept in the minutes' history; 10 to 1,000 characters");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        reason.setRequired(true);
        Button confirm = new Button("Unpublish", e -> {
            try {
                approval.unpublish(meeting.getId(), reason.getValue());
                d.close();
            } catch (RuntimeException ex) {
                reason.setInvalid(true);
                reason.setErrorMessage(ex.getMessage());
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        d.add(new Paragraph("Readers outside the group will no longer see these minutes."), reason);
        d.getFooter().add(new Button("Cancel", e -> d.close()), confirm);
        d.open();
    }

    private void confirm(Button button, String question, String detail, Runnable action) {
        button.addClickListener(e -> {
            ConfirmDialog d = new ConfirmDialog(question, detail, "Yes", ok -> act(action));
            d.setCancelable(true);
            d.open();
        });
    }

    private void act(Runnable action) {
        try {
            action.run();
            refreshAmendments();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
