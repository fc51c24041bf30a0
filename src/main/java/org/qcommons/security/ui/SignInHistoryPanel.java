package org.qcommons.security.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.qcommons.base.config.DisplayZone;
import org.qcommons.security.SecurityEvent;
import org.qcommons.security.SecurityEventService;

/** One's own recent sign-ins and failures, so an unexpected one can be noticed. */
class SignInHistoryPanel extends VerticalLayout {

    final Grid<SecurityEvent> grid = new Grid<>();

    SignInHistoryPanel(SecurityEventService events) {
        setPadding(false);
        grid.addColumn(e -> SecurityLogView.WHEN.withZone(DisplayZone.get()).format(e.getOccurredAt()))
                .setHeader("When");
        grid.addColumn(e -> switch (e.getType()) {
                    case SIGN_IN_SUCCESS -> "Signed in";
                    case SIGN_IN_FAILURE -> "Wrong password";
                    case SIGN_IN_THROTTLED, SIGN_IN_LOCKED -> "Sign-in paused after failures";
                    case PASSWORD_CHANGED -> "Password changed";
                    case PASSWORD_RESET -> "Password reset";
                    default -> e.getType().name().toLowerCase().replace('_', ' ');
                })
                .setHeader("What");
        grid.addColumn(SecurityEvent::getRemoteAddress).setHeader("From address");
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Your recent sign-ins");
        grid.setEmptyStateText("No sign-ins recorded yet.");
        grid.setItems(events.mySignIns(20));
        add(new H3("Your recent sign-ins"), grid);
    }
}
