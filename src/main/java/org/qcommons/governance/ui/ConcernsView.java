package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
@PermitAll
@Menu(order = 44, icon = "vaadin:flag-o", title = "Concerns")
public class ConcernsView extends VerticalLayout implements HasDynamicTitle {

    private final ConcernService concerns;
    final VerticalLayout queue = new VerticalLayout();
    final VerticalLayout mine = new VerticalLayout();

    ConcernsView(ConcernService concerns) {
        this.concerns = concerns;
        setMaxWidth("60rem");
        add(new H2(t("concerns.heading")));
        if (CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR)) {
            queue.setPadding(false);
            add(new H3(t("concerns.queue")), queue);
        }
        mine.setPadding(false);
        add(new H3(t("concerns.mine")), mine);
        refresh();
    }

    void refresh() {
        if (CurrentUser.has(Role.ADMIN) || CurrentUser.has(Role.CONVENOR)) {
            queue.removeAll();
            List<Concern> list = concerns.queue();
            if (list.isEmpty()) {
                queue.add(new Paragraph(t("concerns.queueEmpty")));
            }
            list.forEach(c -> queue.add(card(c, true)));
        }
        mine.removeAll();
        List<Concern> raised = concerns.mine();
        if (raised.isEmpty()) {
            mine.add(new Paragraph(t("concerns.mineEmpty")));
        }
        raised.forEach(c -> mine.add(card(c, false)));
    }

    private Div card(Concern c, boolean handling) {
        Div card = new Div();
        card.addClassName("card");
        card.add(new H4(t(
                c.isContentHidden() ? "concerns.cardHidden" : "concerns.card",
                c.getSubjectLabel(),
                c.getStatus().label())));
        card.add(new Paragraph(raisedBy(c, handling)));
        UnorderedList notes = new UnorderedList();
        for (ConcernNote n : concerns.notes(c.getId())) {
            notes.add(new ListItem(t(
                    "concerns.noteLine",
                    Dates.uk(n.getAt()),
                    t("concerns.note." + n.getKind().name()),
                    n.getAuthor(),
                    n.getBody())));
        }
        card.add(notes);
        if (handling && c.getStatus() != ConcernStatus.CLOSED) {
            card.add(actions(c));
        }
        return card;
    }

    private VerticalLayout actions(Concern c) {
        TextArea text = new TextArea(t("concerns.text"));
        text.setWidthFull();
        Checkbox restore = new Checkbox(t("concerns.restore"));
        Button reply = action(t("concerns.reply"), () -> concerns.reply(c.getId(), text.getValue()));
        Button mediate = action(t("concerns.mediate"), () -> concerns.mediate(c.getId(), text.getValue()));
        Button close =
                action(t("concerns.close"), () -> concerns.close(c.getId(), text.getValue(), restore.getValue()));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout buttons = new HorizontalLayout(reply, mediate);
        if (c.getSubjectType() != ConcernSubject.CONDUCT && !c.isContentHidden()) {
            String hide = c.getSubjectType() == ConcernSubject.PROJECT ? "concerns.hideProject" : "concerns.hidePost";
            buttons.add(action(t(hide), () -> concerns.hide(c.getId(), text.getValue())));
        }
        if (c.isContentHidden()) {
            buttons.add(action(t("concerns.showAgain"), () -> concerns.showAgain(c.getId(), text.getValue())));
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
                UserMessages.showSuccess(t("concerns.done"));
                refresh();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }

    private static String raisedBy(Concern c, boolean handling) {
        String on = Dates.uk(c.getCreatedAt());
        if (!handling) {
            return t("concerns.raisedByYou", on);
        }
        return t(
                c.isConfidential() ? "concerns.raisedByConfidential" : "concerns.raisedBy",
                c.getRaisedBy().getFullName(),
                on);
    }

    @Override
    public String getPageTitle() {
        return t("concerns.title");
    }
}
