package org.qcommons.meetings.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.format.DateTimeFormatter;
import org.qcommons.meetings.Post;
import org.qcommons.meetings.PostEdits;
import org.qcommons.meetings.PostVersion;
import org.qcommons.people.Member;

/**
 * One post in the thread: its wording, or the trace a removed post leaves ("Removed by ... on ..."), with edit,
 * remove and history for those allowed, and the controls other modules add. Text is shown as text, never as HTML.
 */
class PostCard extends Div {

    final Paragraph body = new Paragraph();
    final HorizontalLayout controls = new HorizontalLayout();
    final TextArea editor = new TextArea();
    private final Post post;
    private final PostTools tools;
    private final DateTimeFormatter stamp;
    private final Runnable changed;

    PostCard(Post post, PostEdits.Rights rights, PostTools tools, DateTimeFormatter stamp, Runnable changed) {
        this.post = post;
        this.tools = tools;
        this.stamp = stamp;
        this.changed = changed;
        addClassName("post");
        String when = post.getAuthor().getFullName() + " · " + stamp.format(post.getCreatedAt())
                + (post.getEditedAt() != null && !post.isRemoved()
                        ? " · edited " + stamp.format(post.getEditedAt())
                        : "");
        Span who = new Span(when);
        who.addClassName("label");
        body.addClassName("bio");
        if (post.isRemoved()) {
            body.setText(trace(post, stamp));
            body.addClassName("removed");
        } else {
            body.setText(post.getBody());
        }
        add(who, body);
        controls.setSpacing(false);
        if (rights.canEdit(post)) {
            controls.add(small("Edit", e -> startEditing()));
        }
        if (rights.canRemove(post)) {
            controls.add(small("Remove", e -> confirmRemove(rights.isAuthor(post))));
        }
        if (rights.canSeeHistory(post)) {
            controls.add(small("History", e -> showHistory()));
        }
        if (!post.isRemoved()) {
            for (PostAction action : tools.actions()) {
                Component c = action.create(post, rights);
                if (c != null) {
                    controls.add(c);
                }
            }
        }
        if (controls.getComponentCount() > 0) {
            add(controls);
        }
    }

    static String trace(Post p, DateTimeFormatter stamp) {
        Member by = p.getRemovedBy();
        String who = by == null
                ? "an administrator"
                : by.getId().equals(p.getAuthor().getId()) ? "its author" : by.getFullName();
        return "Removed by " + who + " on " + stamp.format(p.getRemovedAt())
                + (p.getRemovedReason() == null ? "." : ". Reason: " + p.getRemovedReason());
    }

    private void startEditing() {
        TextArea text = editor;
        text.setAriaLabel("Edit your post");
        text.setWidthFull();
        text.setMaxLength(4000);
        text.setValue(post.getBody());
        Button save = small("Save", null);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = small("Cancel", e -> changed.run());
        Div editing = new Div(text, new HorizontalLayout(save, cancel));
        save.addClickListener(e -> {
            try {
                tools.edits().edit(post.getId(), post.getVersion(), text.getValue());
                changed.run();
            } catch (RuntimeException ex) {
                ConflictDialog.showOrError(ex, changed);
            }
        });
        replace(body, editing);
        controls.setVisible(false);
    }

    private void confirmRemove(boolean own) {
        TextArea reason = new TextArea(own ? "Reason (optional)" : "Reason (the author is told)");
        reason.setWidthFull();
        reason.setMaxLength(1000);
        ConfirmDialog d = new ConfirmDialog();
        d.setHeader("Remove this post?");
        d.setText("The thread will show that it was removed, by whom and when. Its wording is kept in its history for"
                + " the author and the group's managers.");
        d.add(reason);
        d.setCancelable(true);
        d.setConfirmText("Remove");
        d.setConfirmButtonTheme("error primary");
        d.addConfirmListener(e -> {
            try {
                tools.edits().remove(post.getId(), post.getVersion(), reason.getValue());
                changed.run();
            } catch (RuntimeException ex) {
                ConflictDialog.showOrError(ex, changed);
            }
        });
        d.open();
    }

    private void showHistory() {
        Dialog d = new Dialog();
        d.setHeaderTitle("Earlier wordings");
        for (PostVersion v : tools.edits().history(post.getId())) {
            String by = v.getReplacedBy() == null
                    ? "an administrator"
                    : v.getReplacedBy().getFullName();
            Span head = new Span("Written " + stamp.format(v.getWrittenAt()) + "; "
                    + (v.getChange() == PostVersion.Change.EDITED ? "edited" : "removed") + " by " + by + " "
                    + stamp.format(v.getReplacedAt()));
            head.addClassName("label");
            d.add(new Div(head, new Paragraph(v.getBody())));
        }
        d.getFooter().add(new Button("Close", e -> d.close()));
        d.setWidth("min(40rem, 95vw)");
        d.open();
    }

    private static Button small(String label, ComponentEventListener<ClickEvent<Button>> click) {
        Button b = click == null ? new Button(label) : new Button(label, click);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
