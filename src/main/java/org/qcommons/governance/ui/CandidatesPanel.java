package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.CandidateStatus;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionStatus;
import org.qcommons.governance.NominationService;

/** The candidates with their statements and declared interests; a nominee answers their nomination here. */
class CandidatesPanel extends VerticalLayout {

    CandidatesPanel(Election election, List<Candidate> candidates, NominationService nominations, Runnable changed) {
        setPadding(false);
        add(new H3(t("candidates.heading")));
        if (candidates.isEmpty()) {
            add(new Paragraph(t("candidates.none")));
            return;
        }
        Long me = CurrentUser.memberId().orElse(-1L);
        Set<Long> leftRegion = nominations.leftTheRegionSinceVotingOpened(election.getId());
        for (Candidate c : candidates) {
            Div card = new Div();
            card.addClassName("card");
            Span status = new Span(
                    c.isElected() && election.resultsOut()
                            ? t("candidates.elected")
                            : c.getStatus().label());
            status.getElement()
                    .getThemeList()
                    .add("badge" + (c.isElected() && election.resultsOut() ? " success" : ""));
            HorizontalLayout head = new HorizontalLayout(new H4(c.getMember().getFullName()), status);
            card.add(head);
            if (leftRegion.contains(c.getId())) {
                Paragraph note = new Paragraph(t("candidates.leftRegion"));
                note.addClassName("notice");
                card.add(note);
            }
            if (c.getStatement() != null) {
                card.add(new Paragraph(c.getStatement()));
                card.add(new Paragraph(t("candidates.interests", c.getInterests())));
            }
            if (c.getMember().getId().equals(me)) {
                mine(card, election, c, nominations, changed);
            }
            add(card);
        }
    }

    private void mine(Div card, Election election, Candidate c, NominationService nominations, Runnable changed) {
        if (c.getStatus() == CandidateStatus.AWAITING_ACCEPTANCE) {
            StatementFields fields = new StatementFields();
            Button accept = new Button(t("candidates.accept"), e -> {
                try {
                    nominations.accept(c.getId(), fields.statement.getValue(), fields.interests.getValue());
                    UserMessages.showSuccess(t("candidates.standing"));
                    changed.run();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button decline = new Button(t("candidates.decline"), e -> {
                try {
                    nominations.decline(c.getId());
                    changed.run();
                } catch (RuntimeException ex) {
                    UserMessages.showError(ex);
                }
            });
            card.add(new Paragraph(t("candidates.nominated")), fields, new HorizontalLayout(accept, decline));
        } else if (c.isStanding() && election.getStatus() == ElectionStatus.NOMINATIONS) {
            Button withdraw = new Button(t("candidates.withdraw"), e -> {
                ConfirmDialog d = new ConfirmDialog(
                        t("candidates.withdraw.title"),
                        t("candidates.withdraw.text"),
                        t("candidates.withdraw.confirm"),
                        ok -> {
                            try {
                                nominations.withdraw(c.getId());
                                UserMessages.showSuccess(t("candidates.withdrawn"));
                                changed.run();
                            } catch (RuntimeException ex) {
                                UserMessages.showError(ex);
                            }
                        });
                d.setCancelable(true);
                d.setConfirmButtonTheme("error primary");
                d.open();
            });
            withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            card.add(withdraw);
        }
    }
}
