package org.qcommons.governance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Supplier;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionService;
import org.qcommons.governance.ElectionStatus;

/** The convenor's controls, one step at a time, each confirmed: it cannot be undone. */
class ManagePanel extends VerticalLayout {

    final HorizontalLayout actions = new HorizontalLayout();

    ManagePanel(Election election, ElectionService elections, Runnable changed) {
        setPadding(false);
        add(new H3("Running the election"));
        Long id = election.getId();
        switch (election.getStatus()) {
            case NOMINATIONS ->
                step(
                        "Close nominations and open voting",
                        "Nominations close now. With no more candidates than seats, they are elected unopposed.",
                        () -> elections.startVoting(id).getOutcome(),
                        changed);
            case VOTING ->
                step(
                        "Close voting",
                        "No more ballots can be cast or changed, and the link from voters to ballots is erased.",
                        () -> {
                            elections.closeVoting(id);
                            return "Voting is closed.";
                        },
                        changed);
            case CLOSED ->
                step(
                        "Count the votes",
                        "The single transferable vote count runs now (Scottish rules, Droop quota).",
                        () -> {
                            elections.count(id);
                            return "Counted. Check the count sheet, then publish.";
                        },
                        changed);
            case COUNTED ->
                step(
                        "Publish the results",
                        "Everyone who can see the group sees the result and the count sheet; the elected take their"
                                + " seats at the start of the term.",
                        () -> {
                            elections.publish(id);
                            return "Results published.";
                        },
                        changed);
            default -> {}
        }
        if (election.getStatus() != ElectionStatus.PUBLISHED && election.getStatus() != ElectionStatus.CANCELLED) {
            TextField reason = new TextField("Reason for cancelling");
            Button cancel = new Button("Cancel the election", e -> {
                ConfirmDialog d = new ConfirmDialog(
                        "Cancel this election?",
                        "Members see the reason. This cannot be undone.",
                        "Cancel election",
                        ok -> run(
                                () -> {
                                    elections.cancel(id, reason.getValue());
                                    return "The election is cancelled.";
                                },
                                changed));
                d.setCancelable(true);
                d.setCancelText("Keep it");
                d.setConfirmButtonTheme("error primary");
                d.open();
            });
            cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            add(actions, new HorizontalLayout(reason, cancel));
        } else {
            add(actions);
        }
    }

    private void step(String label, String consequence, Supplier<String> action, Runnable changed) {
        Button b = new Button(label, e -> {
            ConfirmDialog d = new ConfirmDialog(label + "?", consequence, label, ok -> run(action, changed));
            d.setCancelable(true);
            d.open();
        });
        b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        actions.add(b);
    }

    private static void run(Supplier<String> action, Runnable changed) {
        try {
            String message = action.get();
            if (message != null) {
                UserMessages.showSuccess(message);
            }
            changed.run();
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }
}
