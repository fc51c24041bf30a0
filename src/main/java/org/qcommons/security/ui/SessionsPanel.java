package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.VaadinSession;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.SessionService;
import org.qcommons.security.SignedInSessions;

/** Where one is signed in (device, last seen), with "Sign out everywhere else". */
class SessionsPanel extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    final Grid<SignedInSessions.Entry> grid = new Grid<>();
    final Button signOutElsewhere = new Button("Sign out everywhere else");
    private final Paragraph none = new Paragraph("You are signed in here only.");
    private final SessionService sessions;

    SessionsPanel(SessionService sessions) {
        this.sessions = sessions;
        setPadding(false);
        grid.addColumn(e -> e.device() + (e.current() ? " (this browser)" : "")).setHeader("Device");
        grid.addColumn(e -> format(e.signedInAt())).setHeader("Signed in");
        grid.addColumn(e -> format(e.lastSeen())).setHeader("Last seen");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Your signed-in sessions");
        signOutElsewhere.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Sign out everywhere else?",
                    "Every other browser signed in to your account will be signed out at once.",
                    "Sign out",
                    ok -> {
                        try {
                            int ended = sessions.signOutEverywhereElse(currentId());
                            UserMessages.showSuccess(
                                    ended == 1
                                            ? "Signed out 1 other session"
                                            : "Signed out " + ended + " other sessions");
                        } catch (RuntimeException ex) {
                            UserMessages.showError(ex);
                        }
                        refresh();
                    });
            confirm.setCancelable(true);
            confirm.open();
        });
        add(new H3("Where you are signed in"), none, grid, signOutElsewhere);
        refresh();
    }

    private void refresh() {
        List<SignedInSessions.Entry> entries = sessions.mine(currentId());
        grid.setItems(entries);
        boolean others = entries.stream().anyMatch(e -> !e.current());
        grid.setVisible(!entries.isEmpty());
        none.setVisible(!others);
        signOutElsewhere.setEnabled(others);
    }

    private static String currentId() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getSession() == null
                ? null
                : session.getSession().getId();
    }

    private static String format(Instant at) {
        return at == null ? "" : WHEN.withZone(DisplayZone.get()).format(at);
    }
}
