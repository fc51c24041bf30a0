package org.qcommons.meetings.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.meetings.DiscussionService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.Post;
import org.qcommons.meetings.PostEdits;

/** The group's thread between meetings; new posts arrive live. Text is shown as text, never as HTML. */
class DiscussionPanel extends VerticalLayout {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.UK);
    private final DateTimeFormatter stamp;
    final TextArea message = new TextArea("New post");
    final Button send = new Button("Post");
    final VerticalLayout thread = new VerticalLayout();
    private final MeetingGroup group;
    private final DiscussionService discussion;
    private final PostTools tools;
    private PostEdits.Rights rights;

    DiscussionPanel(MeetingGroup group, DiscussionService discussion, PostTools tools, Clock clock) {
        this.tools = tools;
        this.stamp = STAMP.withZone(clock.getZone());
        this.group = group;
        this.discussion = discussion;
        setPadding(false);
        message.setWidthFull();
        message.setMaxLength(4000);
        message.setHelperText("Type @ and a seat holder's full name to notify them, e.g. @Alex Member");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(e -> post(null, message));
        thread.setPadding(false);
        add(message, send, thread);
        refresh();
    }

    void refresh() {
        thread.removeAll();
        List<Post> posts = discussion.thread(group);
        rights = tools.edits().rightsIn(group);
        if (posts.isEmpty()) {
            thread.add(new Paragraph("No posts yet. Start the conversation."));
        }
        // Newest conversations first; replies under their post, oldest first.
        posts.stream()
                .filter(p -> p.getParent() == null)
                .sorted((a, b) -> b.getCreatedAt().compareTo(a.getCreatedAt()))
                .forEach(top -> {
                    Div card = postCard(top);
                    posts.stream()
                            .filter(r -> r.getParent() != null
                                    && r.getParent().getId().equals(top.getId()))
                            .forEach(r -> {
                                Div reply = postCard(r);
                                reply.addClassName("reply");
                                card.add(reply);
                            });
                    TextArea replyText = new TextArea();
                    replyText.setPlaceholder("Reply");
                    replyText.setAriaLabel("Reply to " + top.getAuthor().getFullName());
                    replyText.setWidthFull();
                    Button replyButton = new Button("Reply", e -> post(top.getId(), replyText));
                    replyButton.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    card.add(replyText, replyButton);
                    thread.add(card);
                });
    }

    private void post(Long parentId, TextArea field) {
        try {
            discussion.post(group.getId(), parentId, field.getValue());
            field.clear();
            refresh();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private Div postCard(Post p) {
        return new PostCard(p, rights, tools, stamp, this::refresh);
    }
}
