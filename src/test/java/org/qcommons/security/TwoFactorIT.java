package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.context.SecurityContextHolder;

/** Two-factor sign-in end to end against the database, the outbox and GreenMail (decision 111). */
class TwoFactorIT extends IntegrationTestBase {

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TotpCodes totp;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void enrolmentNeedsAFirstCodeStoresTheSecretEncryptedAndRecoveryCodesHashed() {
        String email = NewAccounts.active(accounts, organisations, "totp");
        QUser user = as(email);
        TwoFactorService.Enrolment enrolment = twoFactor.startEnrolment();
        assertThat(enrolment.uri()).contains("secret=" + enrolment.secret());
        assertThat(enrolment.qrPng()).isNotEmpty();
        assertThatThrownBy(() -> twoFactor.confirmEnrolment(enrolment.secret(), "000000", null, null))
                .isInstanceOf(WrongCodeException.class)
                .hasMessageContaining("does not match");
        assertThat(twoFactor.myStatus().enrolled()).isFalse();

        List<String> recovery =
                twoFactor.confirmEnrolment(enrolment.secret(), totp.currentCode(enrolment.secret()), null, null);

        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(twoFactor.myStatus()).satisfies(s -> {
            assertThat(s.enrolled()).isTrue();
            assertThat(s.recoveryCodesLeft()).isEqualTo(10);
        });
        String stored = jdbc.queryForObject(
                "select secret_encrypted from second_factor where account_id = ?", String.class, user.accountId());
        assertThat(stored).doesNotContain(enrolment.secret());
        List<String> hashes = jdbc.queryForList(
                "select code_hash from second_factor_recovery_code where account_id = ?",
                String.class,
                user.accountId());
        assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(recovery);
        assertThat(hashes).contains(AccountTokens.hash(recovery.getFirst()));
        awaitSubject(email, "Q Commons: Two-factor sign-in is on");
        assertThat(eventTypes(email)).contains("SECOND_FACTOR_ENROLLED");
    }

    @Test
    void aRightPasswordOnAnEnrolledAccountStopsAtTheCodeStepWhereCodesWorkOnce() {
        String email = NewAccounts.active(accounts, organisations, "totp-sign-in");
        as(email);
        String secret = enrol();
        List<String> recovery = lastRecovery;
        SecurityContextHolder.clearContext();
        Long accountId = accounts.loadUserByUsername(email).accountId();

        assertThatThrownBy(() -> authentication
                        .getAuthenticationManager()
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, NewAccounts.PASSWORD)))
                .isInstanceOf(SecondFactorRequired.class);

        // The enrolment's code was the current step's: it is not accepted again, the next step's is.
        assertThatThrownBy(() -> twoFactor.verifySignIn(accountId, totp.currentCode(secret), "198.51.100.7"))
                .isInstanceOf(WrongCodeException.class);
        long next = totp.currentStep() + 1;
        QUser signedIn = twoFactor.verifySignIn(accountId, totp.codeAt(secret, next), "198.51.100.7");
        assertThat(signedIn.username()).isEqualTo(email);
        assertThatThrownBy(() -> twoFactor.verifySignIn(accountId, totp.codeAt(secret, next), "198.51.100.7"))
                .isInstanceOf(WrongCodeException.class)
                .hasMessageContaining("used already");

        // A recovery code works once, in any case and with spaces.
        String code = recovery.get(3);
        assertThat(twoFactor
                        .verifySignIn(accountId, " " + code.toUpperCase() + " ", null)
                        .username())
                .isEqualTo(email);
        assertThatThrownBy(() -> twoFactor.verifySignIn(accountId, code, null)).isInstanceOf(WrongCodeException.class);
        assertThat(eventTypes(email)).contains("RECOVERY_CODE_USED", "SECOND_FACTOR_FAILURE");
    }

    @Test
    void fiveWrongCodesLockTheCodeStepEvenForTheRightCode() {
        String email = NewAccounts.active(accounts, organisations, "totp-lock");
        as(email);
        String secret = enrol();
        SecurityContextHolder.clearContext();
        Long accountId = accounts.loadUserByUsername(email).accountId();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> twoFactor.verifySignIn(accountId, "123456", null))
                    .isInstanceOf(WrongCodeException.class);
        }
        assertThatThrownBy(() -> twoFactor.verifySignIn(accountId, totp.codeAt(secret, totp.currentStep() + 1), null))
                .isInstanceOf(WrongCodeException.class)
                .hasMessageContaining("Too many wrong codes");
    }

    @Test
    void theMemberTurnsItOffWithACodeAndAnAdminResetsItWithAReasonThatIsAuditedAndEmailed() {
        String email = NewAccounts.active(accounts, organisations, "totp-off");
        as(email);
        String secret = enrol();
        assertThatThrownBy(() -> twoFactor.disable("999999", null)).isInstanceOf(WrongCodeException.class);
        twoFactor.disable(totp.codeAt(secret, totp.currentStep() + 1), null);
        assertThat(twoFactor.myStatus().enrolled()).isFalse();
        awaitSubject(email, "Q Commons: Two-factor sign-in is off");

        enrol();
        Long memberId = accounts.loadUserByUsername(email).memberId();
        as(DemoAccounts.ADMIN);
        assertThatThrownBy(() -> twoFactor.resetByAdmin(memberId, " "))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("reason");
        twoFactor.resetByAdmin(memberId, "Lost phone; identity checked by a call");
        assertThat(twoFactor.statusOf(memberId).enrolled()).isFalse();
        assertThat(jdbc.queryForList(
                        "select detail from security_event where username = ? and type = 'SECOND_FACTOR_RESET'",
                        String.class,
                        email.toLowerCase()))
                .singleElement()
                .asString()
                .contains("admin@qcommons.test", "Lost phone");
        awaitSubject(email, "Q Commons: Your two-factor sign-in was reset");
    }

    @Test
    void anAdminCannotTurnOffTheSecondFactorTheirRoleRequires() {
        as(DemoAccounts.ADMIN);
        assertThat(twoFactor.myStatus().required()).isTrue();
        assertThat(twoFactor.myStatus().enrolled()).isTrue();
        assertThatThrownBy(() -> twoFactor.disable("123456", null))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("cannot be turned off");
    }

    private List<String> lastRecovery;

    /** Enrols the signed-in account; returns the secret, as the app on a phone would hold it. */
    private String enrol() {
        TwoFactorService.Enrolment enrolment = twoFactor.startEnrolment();
        lastRecovery = twoFactor.confirmEnrolment(enrolment.secret(), totp.currentCode(enrolment.secret()), null, null);
        return enrolment.secret();
    }

    private QUser as(String email) {
        QUser user = accounts.loadUserByUsername(email);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return user;
    }

    private List<String> eventTypes(String email) {
        return jdbc.queryForList(
                "select type from security_event where username = ?", String.class, email.toLowerCase());
    }

    private static void awaitSubject(String email, String subject) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(email).contains(subject));
    }
}
