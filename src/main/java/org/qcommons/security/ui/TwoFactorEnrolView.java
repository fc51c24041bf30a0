package org.qcommons.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;
import java.util.Base64;
import java.util.List;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.security.TwoFactorService;
import org.qcommons.security.WrongCodeException;

/**
 * Setting up two-factor sign-in (decision 111): a QR code drawn by the server, the secret in text for apps that
 * cannot scan, a first code to prove the app has it, then the ten recovery codes, shown this once. Accounts whose
 * role requires a second factor are sent here before anything else.
 */
@Route("account/two-factor")
@PageTitle("Two-factor sign-in | Q Commons")
@PermitAll
public class TwoFactorEnrolView extends VerticalLayout implements BeforeEnterObserver {

    final TextField code = new TextField("Code from your app");
    final TextField currentCode = new TextField("Code from your current authenticator, or a recovery code");
    final Button confirm = new Button("Turn on two-factor sign-in");
    final Span secretText = new Span();
    private final TwoFactorService twoFactor;
    private String secret;

    public TwoFactorEnrolView(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        setMaxWidth("40rem");
        code.setId("two-factor-code");
        code.setMaxLength(10);
        code.setRequiredIndicatorVisible(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        currentCode.setId("two-factor-current-code");
        currentCode.setMaxLength(40);
        secretText.setId("two-factor-secret");
        secretText.getStyle().set("font-family", "monospace").set("font-size", "1.1em");
        confirm.setId("two-factor-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> submit());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        TwoFactorService.Status status = twoFactor.myStatus();
        TwoFactorService.Enrolment enrolment = twoFactor.startEnrolment();
        secret = enrolment.secret();
        secretText.setText(grouped(secret));
        add(new H2(status.enrolled() ? "Move two-factor sign-in to a new app" : "Set up two-factor sign-in"));
        if (status.required() && !status.enrolled()) {
            Paragraph needed = new Paragraph("Your role needs two-factor sign-in. Set it up to go on: it keeps "
                    + "the accounts that can change other people's access safe even if a password leaks.");
            needed.getElement().setAttribute("role", "alert");
            add(needed);
        }
        Image qr = new Image(
                "data:image/png;base64," + Base64.getEncoder().encodeToString(enrolment.qrPng()),
                "QR code for your authenticator app. If you cannot scan it, type the key shown below.");
        qr.setId("two-factor-qr");
        qr.setWidth("240px");
        add(
                new Paragraph("1. Open an authenticator app on your phone (for example Google Authenticator, "
                        + "Microsoft Authenticator, FreeOTP or your password manager) and scan this code."),
                qr,
                new Paragraph(new Span("Cannot scan? Enter this key instead: "), secretText),
                new Paragraph("2. Enter the 6-digit code the app now shows for Q Commons."),
                code);
        currentCode.setVisible(status.enrolled());
        add(currentCode, confirm);
    }

    private void submit() {
        code.setInvalid(false);
        currentCode.setInvalid(false);
        if (code.getValue().isBlank()) {
            fieldError(code, "Enter the 6-digit code from your app");
            return;
        }
        try {
            VaadinSession session = VaadinSession.getCurrent();
            List<String> recovery = twoFactor.confirmEnrolment(
                    secret,
                    code.getValue(),
                    currentCode.getValue(),
                    session == null || session.getSession() == null
                            ? null
                            : session.getSession().getId());
            showRecoveryCodes(recovery);
        } catch (WrongCodeException ex) {
            fieldError(ex.aboutCurrentFactor() ? currentCode : code, ex.getMessage());
        } catch (RuntimeException ex) {
            UserMessages.showError(ex);
        }
    }

    private void showRecoveryCodes(List<String> recovery) {
        secret = null;
        removeAll();
        UnorderedList list = new UnorderedList();
        list.setId("recovery-codes");
        list.getStyle().set("font-family", "monospace");
        recovery.forEach(c -> list.add(new ListItem(c)));
        Button done = new Button("I have kept these codes", e -> getUI().ifPresent(ui -> ui.navigate("")));
        done.setId("recovery-codes-done");
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2("Two-factor sign-in is on"),
                new H3("Your recovery codes"),
                new Paragraph("If you lose your phone, each of these codes lets you sign in once instead of a code "
                        + "from the app. Print them or keep them in your password manager now: they will not be "
                        + "shown again."),
                list,
                done);
        UserMessages.showSuccess("Two-factor sign-in is on");
    }

    private static void fieldError(TextField field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
