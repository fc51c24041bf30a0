package org.qcommons.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.qcommons.app.ui.LandingView;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.ui.ProfileView;
import org.qcommons.security.NewAccounts;
import org.qcommons.security.TotpCodes;
import org.qcommons.security.TwoFactorService;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The enrolment page, the code page, the profile's section and the gate that sends an ADMIN to enrol first. */
class TwoFactorPagesKT extends KaribuTest {

    /** The session mark SecondFactorGate reads, as the sign-in puts it there. */
    static final String MUST_ENROL = "org.qcommons.security.SecondFactorGate.mustEnrol";

    @Autowired
    OrganisationService organisations;

    @Autowired
    TotpCodes totp;

    @Autowired
    TwoFactorService twoFactor;

    @Test
    void enrolmentRefusesAWrongFirstCodeOnTheFieldThenShowsTenRecoveryCodesOnce() {
        QUser user = signInAs(NewAccounts.active(accountService, organisations, "kt-totp"));
        TwoFactorEnrolView view = navigateTo("account/two-factor", TwoFactorEnrolView.class);
        String secret = view.secretText.getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(view.currentCode.isVisible()).isFalse();

        _click(view.confirm);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).isEqualTo("Enter the 6-digit code from your app");
        Fields.setValue(view.code, "000000");
        _click(view.confirm);
        assertThat(view.code.isInvalid()).isTrue();
        assertThat(view.code.getErrorMessage()).contains("does not match");

        Fields.setValue(view.code, totp.currentCode(secret));
        _click(view.confirm);
        UnorderedList codes = _get(view, UnorderedList.class, spec -> spec.withId("recovery-codes"));
        assertThat(_find(codes, ListItem.class)).hasSize(10);

        navigateTo("people/" + user.memberId(), ProfileView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("two-factor-status"))
                        .getText())
                .contains("Recovery codes left: 10 of 10");
        // Moving to a new app asks for a code from the one in use.
        TwoFactorEnrolView again = navigateTo("account/two-factor", TwoFactorEnrolView.class);
        assertThat(again.currentCode.isVisible()).isTrue();
        Fields.setValue(again.code, totp.currentCode(again.secretText.getText().replace(" ", "")));
        Fields.setValue(again.currentCode, "111111");
        _click(again.confirm);
        assertThat(again.currentCode.isInvalid()).isTrue();
        assertThat(again.code.isInvalid()).isFalse();
    }

    @Test
    void theCodePageWithoutARightPasswordFirstGoesBackToSignIn() {
        anonymous();
        navigateTo("sign-in/code", LoginView.class);
    }

    @Test
    void anAdminWhoSignedInWithoutASecondFactorReachesOnlyTheEnrolmentPage() {
        String email = NewAccounts.active(accountService, organisations, "kt-new-admin");
        Long memberId = accountService.loadUserByUsername(email).memberId();
        SystemRunner.asSystem(() -> accountService.changeRoles(memberId, EnumSet.of(Role.MEMBER, Role.ADMIN)));
        QUser admin = signInAs(email);
        VaadinSession.getCurrent().getSession().setAttribute(MUST_ENROL, admin.accountId());

        navigateTo("", TwoFactorEnrolView.class);
        TwoFactorEnrolView view = navigateTo("admin/security-log", TwoFactorEnrolView.class);
        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Your role needs two-factor sign-in"));
        Fields.setValue(view.code, totp.currentCode(view.secretText.getText().replace(" ", "")));
        _click(view.confirm);

        navigateTo("", LandingView.class);
        assertThat(VaadinSession.getCurrent().getSession().getAttribute(MUST_ENROL))
                .isNull();
    }

    @Test
    void anAdminResetsAMembersSecondFactorWithAReason() {
        QUser member = signInAs(NewAccounts.active(accountService, organisations, "kt-reset"));
        TwoFactorService.Enrolment enrolment = twoFactor.startEnrolment();
        twoFactor.confirmEnrolment(enrolment.secret(), totp.currentCode(enrolment.secret()), null, null);

        signInAs(Role.ADMIN);
        navigateTo("people/" + member.memberId(), ProfileView.class);
        _click(_get(Button.class, spec -> spec.withId("two-factor-reset")));
        Button confirm = _get(Button.class, spec -> spec.withId("two-factor-reset-confirm"));
        _click(confirm);
        TextArea reason = _get(TextArea.class, spec -> spec.withId("two-factor-reset-reason"));
        assertThat(reason.isInvalid()).isTrue();
        Fields.setValue(reason, "Lost phone, identity checked by a call");
        _click(confirm);
        assertThat(twoFactor.statusOf(member.memberId()).enrolled()).isFalse();
    }

    @Test
    void theDemoAdminsProfileOffersNoWayToTurnTheRequiredFactorOff() {
        QUser admin = signInAs(Role.ADMIN);
        navigateTo("people/" + admin.memberId(), ProfileView.class);
        assertThat(_find(Button.class, spec -> spec.withId("two-factor-off"))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Move to a new app")))
                .hasSize(1);
    }
}
