package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingReplies;
import org.qcommons.meetings.MeetingReply;
import org.qcommons.meetings.ReplyAnswer;

/** A seat holder's answer to the invitation: attending, tentative or apologies, with an optional note. */
class ReplyPanel extends VerticalLayout {

    final RadioButtonGroup<ReplyAnswer> answer = new RadioButtonGroup<>("Will you come?");
    final TextField note = new TextField("Note for the convenor (optional)");
    final Button send = new Button("Send reply");
    final Span current = new Span();

    ReplyPanel(Meeting meeting, MeetingReplies replies) {
        setPadding(false);
        setId("meeting-reply");
        answer.setItems(ReplyAnswer.values());
        answer.setItemLabelGenerator(ReplyAnswer::label);
        answer.setRequired(true);
        note.setMaxLength(500);
        note.setWidthFull();
        note.setHelperText("For example, who will attend in your place.");
        replies.mine(meeting.getId()).ifPresent(r -> {
            answer.setValue(r.getAnswer());
            note.setValue(r.getNote() == null ? "" : r.getNote());
        });
        show(replies.mine(meeting.getId()).orElse(null));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> {
            if (answer.getValue() == null) {
                answer.setInvalid(true);
                answer.setErrorMessage("Choose attending, tentative or apologies.");
                return;
            }
            answer.setInvalid(false);
            try {
                show(replies.reply(meeting.getId(), answer.getValue(), note.getValue()));
                UserMessages.showSuccess("Your reply has been sent to the convenor.");
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        HorizontalLayout row = new HorizontalLayout(answer, send);
        row.setAlignItems(Alignment.BASELINE);
        row.setWrap(true);
        add(new H3("Your reply"), current, row, note);
    }

    private void show(MeetingReply reply) {
        current.setText(
                reply == null
                        ? "You have not replied yet."
                        : "You replied: " + reply.getAnswer().label() + ".");
    }
}
