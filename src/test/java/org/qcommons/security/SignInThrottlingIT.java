package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

class SignInThrottlingIT extends IntegrationTestBase {

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void successAndFailureAreLogged() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        long before = count("SIGN_IN_FAILURE", DemoAccounts.PATIENT);
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(DemoAccounts.PATIENT, "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(count("SIGN_IN_FAILURE", DemoAccounts.PATIENT)).isEqualTo(before + 1);

        long successes = count("SIGN_IN_SUCCESS", DemoAccounts.PATIENT);
        manager.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(DemoAccounts.PATIENT, DemoAccounts.PASSWORD));
        assertThat(count("SIGN_IN_SUCCESS", DemoAccounts.PATIENT)).isEqualTo(successes + 1);
    }

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SignInLockService locks;

    @Test
    void tenFailuresLockTheAccountUntilAnAdminLiftsIt() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String user = NewAccounts.active(accounts, organisations, "lock");
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(user, "wrong password " + user)))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(count("SIGN_IN_LOCKED", user)).isEqualTo(1);
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(user, NewAccounts.PASSWORD)))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(count("SIGN_IN_THROTTLED", user)).isEqualTo(1);

        SignInLockService.Lock lock = SystemRunner.asSystem(() -> locks.locks().stream()
                .filter(l -> l.key().equals(user.toLowerCase()))
                .findFirst()
                .orElseThrow());
        assertThat(lock.kind()).isEqualTo("Account");
        SystemRunner.asSystem(() -> locks.lift(lock));
        assertThat(count("LOCK_LIFTED", user)).isEqualTo(1);
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(user, NewAccounts.PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    @Test
    void anAccountAwaitingApprovalFailsLikeAWrongPasswordUntilThePasswordIsRight() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String email = "pending-" + UUID.randomUUID() + "@test.qcommons.example";
        Registration r = new Registration();
        r.setFullName("Pending Person");
        r.setEmail(email);
        r.setPassword(NewAccounts.PASSWORD);
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        accounts.register(r);
        // The password is checked first, so a disabled account costs the same hashing time as any other.
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> manager.authenticate(
                        UsernamePasswordAuthenticationToken.unauthenticated(email, NewAccounts.PASSWORD)))
                .isInstanceOf(DisabledException.class);
    }

    private long count(String type, String user) {
        return jdbc.queryForObject(
                "select count(*) from security_event where type = ? and username = ?", Long.class, type, user);
    }
}
