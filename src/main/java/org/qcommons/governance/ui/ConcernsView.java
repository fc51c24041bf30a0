package org.qcommons.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.Concern;
import org.qcommons.governance.ConcernNote;
import org.qcommons.governance.ConcernService;
import org.qcommons.governance.ConcernStatus;
import org.qcommons.governance.ConcernSubject;

/**
 * Concerns: those the member raised, with replies and outcomes; for convenors and ADMINs, the queue with reply,
 * mediation note, hide pending review and close.
 */
@Route("concerns")
@PageTitle("Concerns | Q Commons")
@PermitAll
@Menu(order = 44, icon = "vaadin:flag-o", title = "Concerns")
public class ConcernsView extends VerticalLayout {

    private final ConcernService concerns;
    final VerticalLayout queue = new VerticalLayout();
    final VerticalLayout mine = new VerticalLayout();

    ConcernsView(ConcernService concerns) {
        this.concerns = concerns;
        setMaxWidth("60rem");
        add(new H2("Concerns"));
        if (CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR)) {
            queue.setPadding(false);
            add(new H3("Queue"), queue);
        }
        mine.setPadding(false);
        add(new H3("Concerns I raised"), mine);
        refresh();
    }

    void refresh() {
        if (CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR)) {
            queue.removeAll();
            List<Concern> list = concerns.queue();
            if (list.isEmpty()) {
                queue.add(new Paragraph("No concerns to handle."));
            }
            list.forEach(c -> queue.add(card(c, true)));
        }
        mine.removeAll();
        List<Concern> raised = concerns.mine();
        if (raised.isEmpty()) {
            mine.add(new Paragraph("You have not raised any concerns. To raise one, use \"Raise a concern\" on a"
                    + " member's profile or a project's page."));
        }
        raised.forEach(c -> mine.add(card(c, false)));
    }

    private Div card(Concern c, boolean handling) {
        Div card = new Div();
        card.addClassName("card");
        card.add(
                new H4(c.getSubjectLabel() + " · " + c.getStatus().label() + (c.isContentHidden() ? " · hidden" : "")));
        card.add(new Paragraph("Raised by "
                + (handling ? c.getRaisedBy().getFullName() + (c.isConfidential() ? " (confidential)" : "") : "you")
                + " on " + Dates.uk(c.getCreatedAt())));
        UnorderedList notes = new UnorderedList();
        for (ConcernNote n : concerns.notes(c.getId())) {
            notes.add(new ListItem(
                    Dates.uk(n.getAt()) + " · " + label(n.getKind()) + " · " + n.getAuthor() + ": " + n.getBody()));
        }
        card.add(notes);
        if (handling && c.getStatus() != ConcernStatus.CLOSED) {
            card.add(actions(c));
        }
        return card;
    }

    private VerticalLayout actions(Concern c) {
        TextArea text = new TextArea("Reply, note or outcome");
        text.setWidthFull();
        Checkbox restore = new Checkbox("Show the content again on closing");
        Button reply = action("Reply to the raiser", () -> concerns.reply(c.getId(), text.getValue()));
        Button mediate = action("Add a mediation note", () -> concerns.mediate(c.getId(), text.getValue()));
        Button close =
                action("Close with this outcome", () -> concerns.close(c.getId(), text.getValue(), restore.getValue()));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(reply, mediate);
        if (c.getSubjectType() != ConcernSubject.CONDUCT && !c.isContentHidden()) {
            String what = c.getSubjectType() == ConcernSubject.PROJECT ? "project entry" : "post";
            buttons.add(
                    action("Hide the " + what + " pending review", () -> concerns.hide(c.getId(), text.getValue())));
        }
        if (c.isContentHidden()) {
            buttons.add(action("Show it again", () -> concerns.showAgain(c.getId(), text.getValue())));
        }
        buttons.add(close);
        VerticalLayout v = new VerticalLayout(text, restore, buttons);
        v.setPadding(false);
        return v;
    }

    private Button action(String label, Runnable work) {
        Button b = new Button(label, e -> {
            try {
                work.run();
                UserMessages.showSuccess("Done.");
                refresh();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private static String label(ConcernNote.Kind kind) {
        return switch (kind) {
            case RAISED -> "Raised";
            case REPLY -> "Reply";
            case MEDIATION -> "Mediation note";
            case HIDDEN -> "Hidden pending review";
            case SHOWN_AGAIN -> "Shown again";
            case CLOSED -> "Closed";
        };
    }
}
