package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.login.LoginForm;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.ui.ProfileView;
import org.qcommons.security.NewAccounts;
import org.qcommons.security.PasswordResetLinks;
import org.qcommons.security.PasswordResetService;
import org.qcommons.security.SecurityEventType;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** The sign-in page's link, "Forgot your password?", the reset page and change password on the profile. */
class AccountPagesKT extends KaribuTest {

    @Autowired
    OrganisationService organisations;

    @Autowired
    PasswordResetService resets;

    @Autowired
    AuthenticationConfiguration authentication;

    @Test
    void theSignInPageOffersAPasswordReset() {
        anonymous();
        LoginView view = navigateTo("login", LoginView.class);
        assertThat(_get(view, LoginForm.class).isForgotPasswordButtonVisible()).isTrue();
    }

    @Test
    void forgotPasswordSaysTheSameWordsWhetherOrNotTheAddressHasAnAccount() {
        String known = NewAccounts.active(accountService, organisations, "forgot");
        String unknown = "nobody-" + UUID.randomUUID() + "@test.qcommons.example";
        for (String address : new String[] {known, unknown}) {
            anonymous();
            ForgotPasswordView view = navigateTo("forgot-password", ForgotPasswordView.class);
            Fields.setValue(view.email, address);
            _click(view.send);
            assertThat(view.done.isVisible()).isTrue();
            assertThat(view.done.getText()).isEqualTo(ForgotPasswordView.SENT);
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(unknown).contains("Q Commons: Resetting your password")
                        && TestMail.subjectsTo(known).contains("Q Commons: Resetting your password"));
    }

    @Test
    void anEmptyAddressIsMarkedOnTheField() {
        anonymous();
        ForgotPasswordView view = navigateTo("forgot-password", ForgotPasswordView.class);
        _click(view.send);
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.done.isVisible()).isFalse();
    }

    @Test
    void aResetLinkThatDoesNotWorkSaysSoAndOffersANewOne() {
        anonymous();
        ResetPasswordView view = navigateTo("reset-password?token=not-a-real-token", ResetPasswordView.class);
        assertThat(view.expired.isVisible()).isTrue();
        assertThat(view.expired.getText()).contains("expired or has already been used");
        assertThat(view.save.isEnabled()).isFalse();
    }

    @Test
    void theResetPageSetsANewPasswordAndSaysWhatIsWrongOnTheField() {
        String email = NewAccounts.active(accountService, organisations, "resetpage");
        resets.requestReset(email, "192.0.2.50");
        String token = PasswordResetLinks.tokenFrom(PasswordResetLinks.resetMail(email));
        anonymous();
        ResetPasswordView view = navigateTo("reset-password?token=" + token, ResetPasswordView.class);
        assertThat(view.expired.isVisible()).isFalse();
        Fields.setValue(view.password, "qwerty123456");
        Fields.setValue(view.confirm, "qwerty123456");
        _click(view.save);
        assertThat(view.password.isInvalid()).isTrue();
        assertThat(view.password.getErrorMessage()).contains("most common");

        Fields.setValue(view.password, "my new reset password");
        Fields.setValue(view.confirm, "my new reset passwort");
        _click(view.save);
        assertThat(view.confirm.getErrorMessage()).isEqualTo("The two passwords are not the same");

        Fields.setValue(view.confirm, "my new reset password");
        _click(view.save);
        assertThat(_find(H2.class, spec -> spec.withText("Your password has been changed")))
                .hasSize(1);
        assertThat(signsIn(email, "my new reset password")).isTrue();
    }

    @Test
    void changePasswordOnTheProfileNeedsTheCurrentOne() {
        String email = NewAccounts.active(accountService, organisations, "change");
        QUser me = signInAs(email);
        navigateTo("people/" + me.memberId(), ProfileView.class);
        ChangePasswordForm form = _get(ChangePasswordForm.class);
        Fields.setValue(form.current, "not my password");
        Fields.setValue(form.password, "a brand new password");
        Fields.setValue(form.confirm, "a brand new password");
        _click(form.save);
        assertThat(form.current.isInvalid()).isTrue();
        assertThat(form.current.getErrorMessage()).isEqualTo("That is not your current password");

        Fields.setValue(form.current, NewAccounts.PASSWORD);
        Fields.setValue(form.password, "x".repeat(129));
        Fields.setValue(form.confirm, "x".repeat(129));
        _click(form.save);
        assertThat(form.password.getErrorMessage()).isEqualTo("Use 128 characters or fewer");

        Fields.setValue(form.password, "a brand new password");
        Fields.setValue(form.confirm, "a brand new password");
        _click(form.save);
        assertThat(form.current.getValue()).isEmpty();
        assertThat(signsIn(email, "a brand new password")).isTrue();
        assertThat(_get(SessionsPanel.class).signOutElsewhere.isEnabled()).isFalse();
    }

    @Test
    void someoneElsesProfileHasNoPasswordForm() {
        // A demo member who agreed to be found in the directory.
        Long otherId = accountService.loadUserByUsername(DemoAccounts.MEMBER).memberId();
        signInAs(NewAccounts.active(accountService, organisations, "viewer"));
        navigateTo("people/" + otherId, ProfileView.class);
        assertThat(_find(ChangePasswordForm.class)).isEmpty();
    }

    @Test
    void anAdminFiltersTheSecurityLogAndExportsIt() {
        String email = NewAccounts.active(accountService, organisations, "log");
        signsIn(email, "a wrong password here");
        signInAs(Role.ADMIN);
        SecurityLogView view = navigateTo("admin/security-log", SecurityLogView.class);
        Fields.setValue(view.user, email);
        Fields.setValue(view.types, Set.of(SecurityEventType.SIGN_IN_FAILURE));
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).getUsername()).isEqualTo(email.toLowerCase());
        String csv = view.csv();
        assertThat(csv).startsWith("when,event,account,address,detail");
        assertThat(csv).contains("SIGN_IN_FAILURE," + email.toLowerCase());
    }

    @Test
    void anAdminSeesALockAndLiftsIt() {
        String email = NewAccounts.active(accountService, organisations, "locked");
        for (int i = 0; i < 10; i++) {
            signsIn(email, "wrong password number " + i);
        }
        signInAs(Role.ADMIN);
        SignInLocksView view = navigateTo("admin/sign-in-locks", SignInLocksView.class);
        assertThat(view.grid.isVisible()).isTrue();
        int before = GridKt._size(view.grid);
        int row = -1;
        for (int i = 0; i < before; i++) {
            if (GridKt._get(view.grid, i).key().equals(email.toLowerCase())) {
                row = i;
            }
        }
        assertThat(row).isNotNegative();
        _click((Button) GridKt._getCellComponent(view.grid, row, "lift"));
        assertThat(GridKt._size(view.grid)).isEqualTo(before - 1);
        assertThat(signsIn(email, NewAccounts.PASSWORD)).isTrue();
    }

    private boolean signsIn(String email, String password) {
        try {
            return authentication
                    .getAuthenticationManager()
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password))
                    .isAuthenticated();
        } catch (Exception e) {
            return false;
        }
    }
}
