package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
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

    @Test
    void anAccountWithAHundredFailuresInAnHourIsRefusedEvenWithTheRightPassword() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String user = DemoAccounts.CONVENOR;
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            rows.add(new Object[] {user});
        }
        jdbc.batchUpdate(
                "insert into security_event (occurred_at, type, username) "
                        + "values (now(6) - interval 10 minute, 'SIGN_IN_FAILURE', ?)",
                rows);
        try {
            assertThatThrownBy(() -> manager.authenticate(
                            UsernamePasswordAuthenticationToken.unauthenticated(user, DemoAccounts.PASSWORD)))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(count("SIGN_IN_THROTTLED", user)).isGreaterThanOrEqualTo(1);
        } finally {
            // Older than an hour: the account is usable again for other tests.
            jdbc.update("update security_event set occurred_at = now(6) - interval 2 hour where username = ?", user);
        }
        assertThat(manager.authenticate(
                                UsernamePasswordAuthenticationToken.unauthenticated(user, DemoAccounts.PASSWORD))
                        .isAuthenticated())
                .isTrue();
    }

    private long count(String type, String user) {
        return jdbc.queryForObject(
                "select count(*) from security_event where type = ? and username = ?", Long.class, type, user);
    }
}
