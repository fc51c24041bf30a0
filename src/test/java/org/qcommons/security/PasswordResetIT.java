package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;

/** Reset a forgotten password end to end, reading the link from the email GreenMail received. */
class PasswordResetIT extends IntegrationTestBase {

    @Autowired
    PasswordResetService resets;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuthenticationConfiguration authentication;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theEmailedLinkSetsANewPasswordOnceAndIsStoredOnlyAsAHash() throws Exception {
        String email = NewAccounts.active(accounts, organisations, "reset");
        resets.requestReset(email, "198.51.100.1");
        String text = PasswordResetLinks.resetMail(email);
        String token = PasswordResetLinks.tokenFrom(text);
        assertThat(token.length()).isGreaterThanOrEqualTo(43); // 256 bits in base64url
        assertThat(text).contains("30 minutes");
        List<String> stored = jdbc.queryForList(
                "select t.token_hash from password_reset_token t join user_account a on a.id = t.user_account_id "
                        + "where a.username = ?",
                String.class,
                email);
        assertThat(stored).containsExactly(PasswordResetService.hash(token)).doesNotContain(token);
        // The text of a sent system mail is not kept.
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "select count(*) from sent_mail where recipient = ? and body is not null",
                                Integer.class,
                                email)
                        == 0);

        assertThat(resets.linkUsable(token)).isTrue();
        String newPassword = "a passphrase of more than seventy-two bytes, which bcrypt would have cut short ok";
        resets.reset(token, newPassword);
        AuthenticationManager manager = authentication.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, newPassword))
                        .isAuthenticated())
                .isTrue();
        // Past bcrypt's 72 bytes every character still counts.
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                        email, newPassword.substring(0, newPassword.length() - 2) + "OK")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(resets.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "another long password"))
                .isInstanceOf(InvalidLinkException.class)
                .hasMessageContaining("expired or has already been used");
    }

    @Test
    void anExpiredLinkAndAWeakPasswordAreRefusedWithMessages() {
        String email = NewAccounts.active(accounts, organisations, "expiry");
        resets.requestReset(email, "198.51.100.2");
        String token = PasswordResetLinks.tokenFrom(PasswordResetLinks.resetMail(email));
        assertThatThrownBy(() -> resets.reset(token, "qwerty123456"))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageContaining("most common");
        assertThatThrownBy(() -> resets.reset(token, "x".repeat(129)))
                .isInstanceOf(WeakPasswordException.class)
                .hasMessageContaining("128 characters or fewer");
        jdbc.update(
                "update password_reset_token set expires_at = now(6) - interval 1 minute where token_hash = ?",
                PasswordResetService.hash(token));
        assertThat(resets.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> resets.reset(token, "a perfectly good password"))
                .isInstanceOf(InvalidLinkException.class);
    }

    @Test
    void anAddressWithNoAccountIsToldSoByEmailAndGetsNoLink() {
        String nobody = "nobody-" + UUID.randomUUID() + "@test.qcommons.example";
        resets.requestReset(nobody, "198.51.100.3");
        String text = PasswordResetLinks.resetMail(nobody);
        assertThat(text).contains("no Q Commons account for this address");
        assertThat(PasswordResetLinks.LINK.matcher(text).find()).isFalse();
    }

    @Test
    void requestsAreLimitedPerAccount() {
        String email = NewAccounts.active(accounts, organisations, "limit");
        for (int i = 0; i < 8; i++) {
            resets.requestReset(email, "198.51.100." + (10 + i));
        }
        Integer tokens = jdbc.queryForObject(
                "select count(*) from password_reset_token t join user_account a on a.id = t.user_account_id "
                        + "where a.username = ?",
                Integer.class,
                email);
        assertThat(tokens).isEqualTo(5);
    }
}
