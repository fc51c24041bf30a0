package org.qcommons.buddying.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.qcommons.base.Words;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.buddying.BuddyMatchService;
import org.qcommons.buddying.CohortMatch;
import org.qcommons.buddying.ProposedPair;
import org.qcommons.buddying.SendResult;

/**
 * Proposes a buddy for every waiting request at once, maximising total fit within each buddy's free places. The
 * ADMIN or convenor reviews the pairs (unticking any they disagree with) before they are sent.
 */
@Route("buddying/cohort")
@PageTitle("Cohort match | Q Commons")
@Menu(order = 42, icon = "vaadin:connect", title = "Cohort match")
@RolesAllowed({Role.ADMIN_ROLE, Role.CONVENOR_ROLE})
public class CohortMatchView extends VerticalLayout {

    final Grid<ProposedPair> grid = new Grid<>();
    final Button run = new Button("Run cohort match");
    final Button send = new Button("Send selected proposals");
    final Paragraph summary = new Paragraph();
    final Paragraph unmatched = new Paragraph();
    private final BuddyMatchService buddying;

    public CohortMatchView(BuddyMatchService buddying) {
        this.buddying = buddying;
        setSizeFull();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(ProposedPair::newcomerName)
                .setHeader("Newcomer")
                .setAutoWidth(true)
                .setKey("newcomer");
        grid.addColumn(ProposedPair::region).setHeader("Region").setAutoWidth(true);
        grid.addColumn(ProposedPair::daysWaiting).setHeader("Days waiting").setAutoWidth(true);
        grid.addColumn(ProposedPair::buddyName)
                .setHeader("Proposed buddy")
                .setAutoWidth(true)
                .setKey("buddy");
        grid.addColumn(ProposedPair::score).setHeader("Score").setAutoWidth(true);
        grid.addColumn(ProposedPair::reasons).setHeader("Why").setFlexGrow(3);
        grid.setEmptyStateText("Run the match to see proposed pairs. Nothing is sent until you send it.");
        grid.addSelectionListener(e -> updateSendButton());

        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> runMatch());
        send.setEnabled(false);
        send.addClickListener(e -> confirmSend());
        add(
                new H2("Cohort match"),
                new Paragraph("Proposes a buddy for every waiting request at once, so that the total fit is as high "
                        + "as possible and no buddy gets more people than their free places (a min-cost flow "
                        + "assignment). Tick the pairs you agree with (the box in the header ticks them all), then send "
                        + "them: each buddy is then asked to accept or decline."),
                new HorizontalLayout(run, send),
                summary,
                grid,
                unmatched);
        grid.setMinHeight("28rem");
        setFlexGrow(1, grid);
    }

    void runMatch() {
        CohortMatch match = buddying.cohortMatch();
        grid.setItems(match.pairs());
        // Nothing is ticked for the coordinator: each pair is a proposal to a person, so sending is a choice made
        // pair by pair (or all at once with the header's box), never the default.
        summary.setText(
                match.pairs().isEmpty()
                        ? "No pairs could be proposed: no request is waiting, or no buddy has " + "a free place."
                        : match.pairs().size() + " pairs proposed; together they have the highest total fit possible ("
                                + match.totalFit() + ").");
        unmatched.setText(
                match.unmatched().isEmpty()
                        ? ""
                        : "Still waiting (no buddy with a free place): " + String.join(", ", match.unmatched()) + ".");
        updateSendButton();
    }

    private void updateSendButton() {
        int n = grid.getSelectedItems().size();
        send.setEnabled(n > 0);
        send.setText(Words.get("cohort.sendSelected", n));
    }

    private void confirmSend() {
        Set<ProposedPair> selected = grid.getSelectedItems();
        ConfirmDialog confirm = new ConfirmDialog(
                Words.get("cohort.send", selected.size()),
                "Each buddy will be asked by email and in the app to accept or decline, and each newcomer told.",
                "Send",
                ok -> sendSelected());
        confirm.setCancelable(true);
        confirm.open();
    }

    void sendSelected() {
        try {
            SendResult result = buddying.sendProposals(grid.getSelectedItems());
            UserMessages.showSuccess(Words.get("cohort.sent", result.sent()));
            grid.setItems();
            summary.setText(Words.get("cohort.sent", result.sent())
                    + (result.skipped().isEmpty()
                            ? ""
                            : " Not sent, because something changed since the match: "
                                    + String.join("; ", result.skipped())));
            unmatched.setText("");
            updateSendButton();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
