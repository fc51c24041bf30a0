package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.qcommons.governance.ConcernService;
import org.qcommons.governance.ConcernSubject;
import org.qcommons.meetings.Post;
import org.qcommons.meetings.PostEdits;
import org.qcommons.meetings.ui.PostAction;

/** "Raise a concern" on each discussion post but the reader's own, feeding the concerns queue. */
@org.springframework.stereotype.Component
class ConcernOnPost implements PostAction {

    private final ConcernService concerns;

    ConcernOnPost(ConcernService concerns) {
        this.concerns = concerns;
    }

    @Override
    public Component create(Post post, PostEdits.Rights rights) {
        if (rights.isAuthor(post)) {
            return null;
        }
        String about = t("concern.post.about", post.getAuthor().getFullName());
        Button b = new Button(
                t("concern.post.button"),
                VaadinIcon.FLAG_O.create(),
                e -> new RaiseConcernDialog(concerns, ConcernSubject.DISCUSSION_POST, post.getId(), about).open());
        b.getElement().setAttribute("aria-label", t("concern.post.aria", about));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }
}
