package org.qcommons.governance.ui;

import static org.qcommons.governance.ui.Wording.t;

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
        add(new H3(t("manage.heading")));
        Long id = election.getId();
        switch (election.getStatus()) {
            case NOMINATIONS ->
                step(
                        t("manage.startVoting"),
                        t("manage.startVoting.text"),
                        () -> elections.startVoting(id).getOutcome(),
                        changed);
            case VOTING ->
                step(
                        t("manage.closeVoting"),
                        t("manage.closeVoting.text"),
                        () -> {
                            elections.closeVoting(id);
                            return t("manage.closeVoting.done");
                        },
                        changed);
            case CLOSED ->
                step(
                        t("manage.count"),
                        t("manage.count.text"),
                        () -> {
                            elections.count(id);
                            return t("manage.count.done");
                        },
                        changed);
            case COUNTED ->
                step(
                        t("manage.publish"),
                        t("manage.publish.text"),
                        () -> {
                            elections.publish(id);
                            return t("manage.publish.done");
                        },
                        changed);
            default -> {}
        }
        if (election.getStatus() != ElectionStatus.PUBLISHED && election.getStatus() != ElectionStatus.CANCELLED) {
            TextField reason = new TextField(t("manage.reason"));
            Button cancel = new Button(t("manage.cancel"), e -> {
                ConfirmDialog d = new ConfirmDialog(
                        t("manage.cancel.title"),
                        t("manage.cancel.text"),
                        t("manage.cancel.confirm"),
                        ok -> run(
                                () -> {
                                    elections.cancel(id, reason.getValue());
                                    return t("manage.cancel.done");
                                },
                                changed));
                d.setCancelable(true);
                d.setCancelText(t("manage.cancel.keep"));
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
            ConfirmDialog d =
                    new ConfirmDialog(t("manage.confirmTitle", label), consequence, label, ok -> run(action, changed));
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
