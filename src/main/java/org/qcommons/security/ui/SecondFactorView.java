package org.qcommons.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.SecondFactorSignIn;
import org.qcommons.security.WrongCodeException;

/**
 * The second step of sign-in (decision 111): after a right password, the code from the authenticator app or one of
 * the recovery codes. Anonymous on purpose: nobody is signed in until the code is right.
 */
@Route(value = "sign-in/code", autoLayout = false)
@PageTitle("Enter your code | Q Commons")
@AnonymousAllowed
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Code");
    final Button verify = new Button("Sign in");
    final Button cancel = new Button("Cancel");
    private final SecondFactorSignIn signIn;

    public SecondFactorView(SecondFactorSignIn signIn) {
        this.signIn = signIn;
        setMaxWidth("32rem");
        code.setId("second-factor-code");
        code.setHelperText("The 6 digits your authenticator app shows, or one of your recovery codes");
        code.setRequiredIndicatorVisible(true);
        code.setAutofocus(true);
        code.setWidthFull();
        code.setMaxLength(40);
        // Lets phones and password managers offer the code, and keeps it out of the browser's form history.
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "text");
        verify.setId("second-factor-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        verify.addClickListener(e -> submit());
        cancel.addClickListener(e -> {
            signIn.cancel();
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        add(
                new H2("Enter your code"),
                new Paragraph("Your password was right. Now open your authenticator app and enter the code it "
                        + "shows for Q Commons. Lost your phone? Use one of your recovery codes."),
                code,
                verify,
                cancel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (signIn.waitingFor().isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void submit() {
        code.setInvalid(false);
        if (code.getValue().isBlank()) {
            fieldError("Enter the code from your authenticator app");
            return;
        }
        try {
            String next = signIn.complete(code.getValue());
            getUI().ifPresent(ui -> ui.getPage().setLocation(next.isEmpty() ? "." : next));
        } catch (WrongCodeException ex) {
            code.clear();
            fieldError(ex.getMessage());
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
            if (signIn.waitingFor().isEmpty()) {
                getUI().ifPresent(ui -> ui.navigate(LoginView.class));
            }
        }
    }

    private void fieldError(String message) {
        code.setErrorMessage(message);
        code.setInvalid(true);
        code.focus();
    }
}
