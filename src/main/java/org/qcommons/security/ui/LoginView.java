package org.qcommons.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Q Commons")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView() {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("Sign in");
        i18n.getForm().setUsername("Email address");
        i18n.getErrorMessage().setTitle("Could not sign you in");
        // One generic message: it must not reveal whether the account exists or is awaiting approval.
        i18n.getErrorMessage()
                .setMessage("Check your email address and password and try again. "
                        + "If you have just registered, an administrator may not have approved your account yet.");
        login.setAction("login");
        i18n.getForm().setForgotPassword("Forgot your password?");
        login.setI18n(i18n);
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        add(login, new Anchor("register", "New to Q Commons? Ask to join"), new Anchor("", "Back to the home page"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }
}
