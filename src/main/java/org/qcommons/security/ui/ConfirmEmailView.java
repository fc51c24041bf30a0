package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.EmailChangeService;

/** The link sent to a new email address: a button makes the change, so opening the page alone does not. */
@Route(value = "confirm-email/:token", autoLayout = false)
@PageTitle("Confirm your new email address | Q Commons")
@AnonymousAllowed
public class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver {

    final Button confirm = new Button("Use this email address");
    final Paragraph result = new Paragraph();
    private final EmailChangeService changes;
    private String token;

    public ConfirmEmailView(EmailChangeService changes) {
        this.changes = changes;
        setMaxWidth("32rem");
        confirm.setId("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        result.setId("confirm-email-result");
        result.getElement().setAttribute("role", "status");
        confirm.addClickListener(e -> {
            try {
                String address = changes.confirm(token);
                confirm.setVisible(false);
                result.setText("Done: your email address is now " + address + ". If you signed in with the old "
                        + "address, sign in with this one from now on.");
                add(new Anchor("login", "Sign in"));
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(new H2("Confirm your new email address"));
        Optional<String> address = changes.newAddress(token);
        if (address.isEmpty()) {
            add(new Paragraph("This link has expired or has already been used. Change the address on your profile "
                    + "again to get a new link."));
            return;
        }
        add(
                new Paragraph("Press the button to use " + address.get() + " as your Q Commons email address."),
                confirm,
                result);
    }
}
