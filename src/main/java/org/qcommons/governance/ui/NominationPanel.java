package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

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
    final Button stand = new Button(t("nomination.stand"));
    final ComboBox<Member> nominee = new ComboBox<>(t("nomination.nominee"));
    final Button nominate = new Button(t("nomination.nominate"));

    NominationPanel(Election election, List<Candidate> candidates, NominationService nominations, Runnable changed) {
        setPadding(false);
        add(new H3(t("nomination.heading")));
        Long me = CurrentUser.memberId().orElse(-1L);
        boolean already =
                candidates.stream().anyMatch(c -> c.getMember().getId().equals(me));
        if (!already) {
            stand.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            stand.addClickListener(e -> {
                if (StatementFields.words(fields.statement.getValue()) == 0) {
                    fields.statement.setErrorMessage(t("nomination.statementMissing"));
                    fields.statement.setInvalid(true);
                    fields.statement.focus();
                    return;
                }
                try {
                    nominations.stand(election.getId(), fields.statement.getValue(), fields.interests.getValue());
                    UserMessages.showSuccess(t("nomination.standing"));
                    changed.run();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            VerticalLayout standForm = new VerticalLayout(fields, stand);
            standForm.setPadding(false);
            add(new Details(t("nomination.standYourself"), standForm));
        }
        nominee.setItems(nominations.electorate(election.getId()).stream()
                .filter(m -> !m.getId().equals(me))
                .toList());
        nominee.setItemLabelGenerator(Member::getFullName);
        nominee.setHelperText(t("nomination.nomineeHelper"));
        nominate.addClickListener(e -> {
            if (nominee.isEmpty()) {
                nominee.setErrorMessage(t("nomination.chooseNominee"));
                nominee.setInvalid(true);
                nominee.focus();
                return;
            }
            try {
                nominations.nominate(election.getId(), nominee.getValue().getId());
                UserMessages.showSuccess(
                        t("nomination.asked", nominee.getValue().getFullName()));
                changed.run();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        VerticalLayout nominateForm = new VerticalLayout(nominee, nominate);
        nominateForm.setPadding(false);
        add(new Details(t("nomination.nominateSomeone"), nominateForm));
    }
}
