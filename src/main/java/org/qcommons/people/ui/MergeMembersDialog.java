package org.qcommons.people.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.Member;
import org.qcommons.people.MemberMerges;
import org.qcommons.people.MemberService;

/** Merges a duplicate record into the one to keep, after saying what moves; the duplicate is closed with a trace. */
class MergeMembersDialog extends Dialog {

    final ComboBox<Member> keep = new ComboBox<>("Keep this record");
    final Paragraph moves = new Paragraph();
    final TextField reason = new TextField("Why (for the history)");
    final Button merge = new Button("Merge and close the duplicate");

    MergeMembersDialog(Member duplicate, MemberService members, MemberMerges merges, Runnable done) {
        setHeaderTitle("Merge " + duplicate.getFullName() + " (" + duplicate.getEmail() + ")?");
        List<String> uses = merges.whatMoves(duplicate.getId());
        moves.setText((uses.isEmpty()
                        ? "Nothing belongs to this record yet."
                        : "This moves " + String.join(", ", uses) + " to the record you keep.")
                + " The duplicate is then deactivated, cannot sign in, and points to the record kept.");
        keep.setItems(q -> members.searchAll(q.getFilter().orElse(""), null, 50).stream()
                .filter(m -> !m.equals(duplicate))
                .skip(q.getOffset())
                .limit(q.getLimit()));
        keep.setItemLabelGenerator(m -> m.getFullName() + " · " + m.getEmail());
        keep.setRequired(true);
        keep.setWidthFull();
        reason.setRequired(true);
        reason.setMaxLength(500);
        reason.setWidthFull();
        VerticalLayout body = new VerticalLayout(moves, keep, reason);
        body.setPadding(false);
        add(body);
        merge.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        merge.addClickListener(e -> {
            if (keep.isEmpty()) {
                keep.setErrorMessage("Choose the record to keep");
                keep.setInvalid(true);
                keep.focus();
                return;
            }
            try {
                Member kept = merges.merge(keep.getValue().getId(), duplicate.getId(), reason.getValue());
                UserMessages.showSuccess(duplicate.getFullName() + " merged into " + kept.getFullName());
                close();
                done.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), merge);
    }
}
