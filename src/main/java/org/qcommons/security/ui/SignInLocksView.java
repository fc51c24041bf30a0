package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qcommons.base.security.Role;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.SignInLockService;

/** Accounts and client addresses locked out of sign-in after too many failures; an ADMIN may lift a lock. */
@Route("admin/sign-in-locks")
@PageTitle("Sign-in locks | Q Commons")
@RolesAllowed(Role.ADMIN_ROLE)
public class SignInLocksView extends VerticalLayout {

    final Grid<SignInLockService.Lock> grid = new Grid<>();
    final Paragraph empty = new Paragraph("Nothing is locked out of sign-in.");
    private final SignInLockService locks;

    public SignInLocksView(SignInLockService locks) {
        this.locks = locks;
        grid.addColumn(SignInLockService.Lock::kind).setHeader("Locked");
        grid.addColumn(SignInLockService.Lock::key)
                .setHeader("Account or address")
                .setAutoWidth(true);
        grid.addComponentColumn(lock -> {
                    Button lift = new Button("Lift", e -> {
                        try {
                            locks.lift(lock);
                            UserMessages.showSuccess("Lock lifted for " + lock.key());
                        } catch (RuntimeException ex) {
                            UserMessages.showError(ex);
                        }
                        refresh();
                    });
                    lift.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    lift.setAriaLabel("Lift the lock on " + lock.key());
                    return lift;
                })
                .setHeader("Action")
                .setKey("lift");
        grid.setAllRowsVisible(true);
        add(
                new H2("Sign-in locks"),
                new Paragraph("A lock ends by itself as time passes; lifting it lets the account or address try "
                        + "again at once."),
                empty,
                grid);
        refresh();
    }

    private void refresh() {
        List<SignInLockService.Lock> current = locks.locks();
        grid.setItems(current);
        empty.setVisible(current.isEmpty());
        grid.setVisible(!current.isEmpty());
    }
}
