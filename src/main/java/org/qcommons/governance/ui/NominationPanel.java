package org.qcommons.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.Election;
import org.qcommons.governance.NominationService;
import org.qcommons.people.Member;

/** While nominations are open: stand yourself, or nominate another member of the region (who must accept). */
class NominationPanel extends VerticalLayout {

    final StatementFields fields = new StatementFields();
    final Button stand = new Button("Stand for election");
    final ComboBox<Member> nominee = new ComboBox<>("Member to nominate");
    final Button nominate = new Button("Nominate");

    NominationPanel(Election election, List<Candidate> candidates, NominationService nominations, Runnable changed) {
        setPadding(false);
        add(new H3("Nominations"));
        Long me = CurrentUser.memberId().orElse(-1L);
        boolean already =
                candidates.stream().anyMatch(c -> c.getMember().getId().equals(me));
        if (!already) {
            stand.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            stand.addClickListener(e -> {
                if (StatementFields.words(fields.statement.getValue()) == 0) {
                    fields.statement.setErrorMessage("Write a statement for the voters");
                    fields.statement.setInvalid(true);
                    fields.statement.focus();
                    return;
                }
                try {
                    nominations.stand(election.getId(), fields.statement.getValue(), fields.interests.getValue());
                    UserMessages.showSuccess("You are standing in this election.");
                    changed.run();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            VerticalLayout standForm = new VerticalLayout(fields, stand);
            standForm.setPadding(false);
            add(new Details("Stand yourself", standForm));
        }
        nominee.setItems(nominations.electorate(election.getId()).stream()
                .filter(m -> !m.getId().equals(me))
                .toList());
        nominee.setItemLabelGenerator(Member::getFullName);
        nominee.setHelperText("Any active member of the region; they are asked to accept");
        nominate.addClickListener(e -> {
            if (nominee.isEmpty()) {
                nominee.setErrorMessage("Choose the member to nominate");
                nominee.setInvalid(true);
                nominee.focus();
                return;
            }
            try {
                nominations.nominate(election.getId(), nominee.getValue().getId());
                UserMessages.showSuccess(nominee.getValue().getFullName() + " is asked to accept.");
                changed.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        VerticalLayout nominateForm = new VerticalLayout(nominee, nominate);
        nominateForm.setPadding(false);
        add(new Details("Nominate someone", nominateForm));
    }
}
