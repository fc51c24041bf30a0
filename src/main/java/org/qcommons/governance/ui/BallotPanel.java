package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.BallotService;
import org.qcommons.governance.Candidate;
import org.qcommons.governance.Election;

/**
 * The ballot: candidates ranked with buttons (keyboard and screen-reader friendly, no dragging), first
 * preference first. A first ballot gives the voter a receipt, kept in this browser and shown to them; casting
 * again with it before voting closes replaces the earlier ballot. The server keeps no note of whose receipt it is
 * (decision 132).
 */
class BallotPanel extends VerticalLayout {

    final List<Candidate> ranking = new ArrayList<>();
    final List<Candidate> unranked = new ArrayList<>();
    final OrderedList ranked = new OrderedList();
    final VerticalLayout pool = new VerticalLayout();
    final Paragraph voted = new Paragraph();
    final TextField receipt = new TextField(t("ballot.receipt"));
    final Paragraph receiptShown = new Paragraph();
    final Button cast = new Button(t("ballot.cast"));
    private final String storageKey;

    BallotPanel(Election election, List<Candidate> candidates, BallotService ballots) {
        setPadding(false);
        storageKey = "qcommons.ballot-receipt." + election.getId() + "."
                + CurrentUser.memberId().orElse(0L);
        add(new H3(t("ballot.heading")));
        add(new Paragraph(t("ballot.intro")));
        candidates.stream().filter(Candidate::isStanding).forEach(unranked::add);
        pool.setPadding(false);
        ranked.getElement().setAttribute("aria-label", t("ballot.ranking"));
        boolean hasVoted = ballots.hasVoted(election.getId());
        voted.setText(hasVoted ? t("ballot.voted") : t("ballot.notVoted"));
        receipt.setHelperText(t("ballot.receiptHelper"));
        receipt.setVisible(hasVoted);
        receiptShown.setVisible(false);
        cast.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cast.addClickListener(e -> {
            try {
                String given = receipt.isVisible() ? receipt.getValue() : null;
                String kept = ballots.cast(
                        election.getId(), ranking.stream().map(Candidate::getId).toList(), given);
                remember(kept);
                voted.setText(t("ballot.recorded"));
                receiptShown.setText(t("ballot.receiptShown", kept));
                receiptShown.setVisible(true);
                receipt.setValue(kept);
                receipt.setVisible(true);
                UserMessages.showSuccess(t("ballot.recordedShort"));
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        add(
                new Span(t("ballot.ranking")),
                ranked,
                new Span(t("ballot.notRanked")),
                pool,
                receipt,
                cast,
                voted,
                receiptShown);
        redraw();
        if (hasVoted) {
            getElement()
                    .executeJs("try { return localStorage.getItem($0); } catch (e) { return null; }", storageKey)
                    .then(String.class, kept -> {
                        if (kept != null && receipt.isEmpty()) {
                            receipt.setValue(kept);
                        }
                    });
        }
    }

    /** The receipt stays on the voter's device only; a private window or another browser will not have it. */
    private void remember(String kept) {
        getElement().executeJs("try { localStorage.setItem($0, $1); } catch (e) {}", storageKey, kept);
    }

    private void redraw() {
        ranked.removeAll();
        for (int i = 0; i < ranking.size(); i++) {
            Candidate c = ranking.get(i);
            int at = i;
            Button up = icon(VaadinIcon.ARROW_UP, t("ballot.up", name(c)), () -> move(at, at - 1));
            up.setEnabled(i > 0);
            Button down = icon(VaadinIcon.ARROW_DOWN, t("ballot.down", name(c)), () -> move(at, at + 1));
            down.setEnabled(i < ranking.size() - 1);
            Button remove = icon(VaadinIcon.CLOSE_SMALL, t("ballot.remove", name(c)), () -> {
                ranking.remove(c);
                unranked.add(c);
            });
            HorizontalLayout row =
                    new HorizontalLayout(new Span(t("ballot.rankedLine", i + 1, name(c))), up, down, remove);
            row.setAlignItems(Alignment.CENTER);
            ranked.add(new ListItem(row));
        }
        pool.removeAll();
        if (unranked.isEmpty()) {
            pool.add(new Paragraph(t("ballot.allRanked")));
        }
        for (Candidate c : unranked) {
            Button add = new Button(t("ballot.rankNext", name(c)), e -> {
                unranked.remove(c);
                ranking.add(c);
                redraw();
            });
            add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            pool.add(add);
        }
        cast.setEnabled(!ranking.isEmpty());
    }

    private Button icon(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> {
            action.run();
            redraw();
        });
        b.setAriaLabel(label);
        b.setTooltipText(label);
        b.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        return b;
    }

    private void move(int from, int to) {
        ranking.add(to, ranking.remove(from));
    }

    private static String name(Candidate c) {
        return c.getMember().getFullName();
    }
}
