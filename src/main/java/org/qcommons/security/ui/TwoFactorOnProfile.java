package org.qcommons.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.ui.UserMessages;
import org.qcommons.people.Member;
import org.qcommons.people.ui.ProfileSection;
import org.qcommons.security.TwoFactorService;
import org.qcommons.security.WrongCodeException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;

/**
 * Two-factor sign-in on a profile: one's own status with set up, move and turn off; for an ADMIN on someone
 * else's profile, a reset that asks for a reason (decision 111).
 */
@Service
@Order(32)
class TwoFactorOnProfile implements ProfileSection {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy").withZone(ZoneId.of("Europe/London"));

    private final TwoFactorService twoFactor;

    TwoFactorOnProfile(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public Component create(Member m) {
        VerticalLayout section = new VerticalLayout();
        section.setPadding(false);
        boolean self = CurrentUser.memberId().filter(m.getId()::equals).isPresent();
        if (self) {
            own(section);
        } else if (CurrentUser.isAdmin()) {
            other(section, m);
        } else {
            section.setVisible(false);
        }
        return section;
    }

    private void own(VerticalLayout section) {
        TwoFactorService.Status status = twoFactor.myStatus();
        section.add(new H3("Two-factor sign-in"));
        if (!status.enrolled()) {
            section.add(new Paragraph(
                    status.required()
                            ? "Your role needs two-factor sign-in, and it is not set up yet."
                            : "Off. Turn it on so that a leaked password alone cannot get into your account."));
            Button setUp = new Button(
                    "Set up two-factor sign-in",
                    e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(TwoFactorEnrolView.class)));
            setUp.setId("two-factor-set-up");
            section.add(setUp);
            return;
        }
        Paragraph state = new Paragraph("On since " + DATE.format(status.enrolledAt()) + ". Recovery codes left: "
                + status.recoveryCodesLeft() + " of 10.");
        state.setId("two-factor-status");
        Button move = new Button(
                "Move to a new app", e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(TwoFactorEnrolView.class)));
        HorizontalLayout actions = new HorizontalLayout(move);
        if (!status.required()) {
            Button off = new Button(
                    "Turn off",
                    e -> askForCode(code -> {
                        VaadinSession session = VaadinSession.getCurrent();
                        twoFactor.disable(
                                code,
                                session == null || session.getSession() == null
                                        ? null
                                        : session.getSession().getId());
                        UserMessages.showSuccess("Two-factor sign-in is off");
                        section.getUI().ifPresent(ui -> ui.getPage().reload());
                    }));
            off.setId("two-factor-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(off);
        }
        section.add(state, actions);
    }

    private void other(VerticalLayout section, Member m) {
        TwoFactorService.Status status = twoFactor.statusOf(m.getId());
        section.add(new H3("Two-factor sign-in"), new Paragraph(status.enrolled() ? "On" : "Off"));
        if (!status.enrolled()) {
            return;
        }
        Button reset = new Button(
                "Reset two-factor sign-in",
                e -> askForReason(
                        m, () -> section.getUI().ifPresent(ui -> ui.getPage().reload())));
        reset.setId("two-factor-reset");
        reset.addThemeVariants(ButtonVariant.LUMO_ERROR);
        section.add(reset);
    }

    private static void askForCode(Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Turn off two-factor sign-in?");
        TextField code = new TextField("Code from your app, or a recovery code");
        code.setId("two-factor-off-code");
        code.setWidthFull();
        Button ok = new Button("Turn off", e -> {
            try {
                action.accept(code.getValue());
                dialog.close();
            } catch (WrongCodeException ex) {
                code.setErrorMessage(ex.getMessage());
                code.setInvalid(true);
                code.focus();
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        ok.setId("two-factor-off-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(new Paragraph("A password alone will then be enough to sign in as you."), code);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
        code.focus();
    }

    private void askForReason(Member m, Runnable done) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Reset two-factor sign-in for " + m.getFullName() + "?");
        TextArea reason = new TextArea("Reason");
        reason.setId("two-factor-reset-reason");
        reason.setHelperText("Goes in the security log and in the email to the member, for example \"lost phone, "
                + "identity checked by phone call\"");
        reason.setMaxLength(400);
        reason.setWidthFull();
        Button ok = new Button("Reset", e -> {
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage("Give a reason for the reset");
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            try {
                twoFactor.resetByAdmin(m.getId(), reason.getValue());
                UserMessages.showSuccess("Two-factor sign-in reset; " + m.getFullName() + " has been told by email");
                dialog.close();
                done.run();
            } catch (BusinessException ex) {
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            } catch (RuntimeException ex) {
                UserMessages.showError(ex);
            }
        });
        ok.setId("two-factor-reset-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        dialog.add(
                new Paragraph("Their authenticator and recovery codes stop working and every session of theirs "
                        + "ends. They can then sign in with their password alone"
                        + (status(m) ? " and will have to set up a new authenticator." : ".")),
                reason);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), ok);
        dialog.open();
    }

    private boolean status(Member m) {
        return twoFactor.statusOf(m.getId()).required();
    }
}
