package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Editing a post in place, reading its history, and removing it with a trace, as the thread shows them. */
class PostCardKT extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agenda;

    @Test
    void theAuthorEditsTheConvenorReadsTheHistoryAndRemovesThePostLeavingATrace() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agenda, accountService);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        String page = "groups/" + group.getSlug() + "?tab=discussion";

        signInAs(MEMBER);
        GroupView view = navigateTo(page, GroupView.class);
        Fields.setValue(view.discussionPanel.message, "Shall we meet on Tuesday?");
        _click(view.discussionPanel.send);
        PostCard card = card("Shall we meet on Tuesday?");
        assertThat(_find(card, Button.class, s -> s.withText("Raise a concern")))
                .as("not on one's own post")
                .isEmpty();
        _click(_get(card, Button.class, s -> s.withText("Edit")));
        Fields.setValue(card.editor, "Shall we meet on Wednesday?");
        _click(_get(card, Button.class, s -> s.withText("Save")));
        PostCard edited = card("Shall we meet on Wednesday?");
        assertThat(_get(edited, Span.class, s -> s.withClasses("label")).getText())
                .contains("edited");

        signInAs(CONVENOR);
        navigateTo(page, GroupView.class);
        PostCard seen = card("Shall we meet on Wednesday?");
        assertThat(_find(seen, Button.class, s -> s.withText("Edit"))).isEmpty();
        assertThat(_find(seen, Button.class, s -> s.withText("Raise a concern")))
                .hasSize(1);
        _click(_get(seen, Button.class, s -> s.withText("History")));
        Dialog history = _get(Dialog.class);
        assertThat(_find(history, Paragraph.class).stream().map(Paragraph::getText))
                .containsExactly("Shall we meet on Tuesday?");
        history.close();

        _click(_get(seen, Button.class, s -> s.withText("Remove")));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        Fields.setValue(_get(confirm, TextArea.class), "Dates go in the meeting's page");
        _fireConfirm(confirm);
        MockVaadin.runUIQueue();
        assertThat(_find(PostCard.class).stream().map(c -> c.body.getText()))
                .doesNotContain("Shall we meet on Wednesday?")
                .anyMatch(t -> t.startsWith("Removed by ") && t.endsWith("Reason: Dates go in the meeting's page"));
    }

    private static PostCard card(String text) {
        return _find(PostCard.class).stream()
                .filter(c -> c.body.getText().equals(text))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No post reads: " + text));
    }
}
