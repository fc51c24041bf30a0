package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.people.Member;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Roles granted and revoked from the app: recorded, told, effective at once, and never the last ADMIN. */
@RecordApplicationEvents
class RoleAdministrationIT extends IntegrationTestBase {

    @Autowired
    RoleAdministration roles;

    @Autowired
    Invitations invitations;

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEvents events;

    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    @Test
    void grantingACoordinatorIsRecordedToldAndPublishedAsAccessChanged() {
        var lender = fx.newLender(null);
        String email = fx.newMember(lender.org(), null);
        Long memberId = fx.memberId(email);

        fx.as(
                DemoAccounts.ADMIN,
                () -> roles.grant(memberId, Role.ORG_COORDINATOR, lender.org().getId(), "New lead"));

        assertThat(accounts.loadUserByUsername(email).roles()).contains(Role.ORG_COORDINATOR);
        assertThat(accounts.loadUserByUsername(email).coordinatorForId())
                .isEqualTo(lender.org().getId());
        assertThat(jdbc.queryForObject(
                        "SELECT changed_by FROM role_change WHERE member_id = ? AND granted = TRUE AND reason = ?",
                        String.class,
                        memberId,
                        "New lead"))
                .isEqualTo(DemoAccounts.ADMIN);
        assertThat(events.stream(AccessChanged.class))
                .anyMatch(e -> e.memberId().equals(memberId));
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(email).stream().anyMatch(s -> s.contains("organisation coordinator")));
        assertThat(fx.as(DemoAccounts.ADMIN, () -> roles.historyOf(memberId))).hasSize(1);

        fx.as(DemoAccounts.ADMIN, () -> roles.revoke(memberId, Role.ORG_COORDINATOR, "Stepped down"));
        assertThat(accounts.loadUserByUsername(email).roles()).doesNotContain(Role.ORG_COORDINATOR);
        assertThat(accounts.loadUserByUsername(email).coordinatorForId()).isNull();
    }

    @Test
    void theLastAdministratorCannotBeRemovedButOneOfTwoCan() {
        Long admin = fx.memberId(DemoAccounts.ADMIN);
        long admins = jdbc.queryForObject("SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN'", Long.class);
        if (admins == 1) {
            assertThatThrownBy(() -> fx.as(DemoAccounts.ADMIN, () -> roles.revoke(admin, Role.ADMIN, "Leaving")))
                    .isInstanceOf(BusinessException.class)
                    .hasMessageContaining("last administrator");
        }
        String second = fx.newMember(fx.newLender(null).org(), null);
        Long secondId = fx.memberId(second);
        fx.as(DemoAccounts.ADMIN, () -> roles.grant(secondId, Role.ADMIN, null, "Cover for leave"));
        fx.as(DemoAccounts.ADMIN, () -> roles.revoke(secondId, Role.ADMIN, "Back from leave"));
        assertThat(accounts.loadUserByUsername(second).roles()).doesNotContain(Role.ADMIN);
    }

    @Test
    void onlyAnAdminChangesRoles() {
        Long member = fx.memberId(DemoAccounts.MEMBER);
        assertThatThrownBy(() -> fx.as(DemoAccounts.COORDINATOR, () -> roles.grant(member, Role.ADMIN, null, "Please")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void anInviteeSetsTheirPasswordThroughTheEmailedLinkOnce() throws Exception {
        var org = fx.newLender(null).org();
        String email = "invitee-" + ExchangeFixtures.next() + "@test.qcommons.example";
        Member invited = fx.as(DemoAccounts.ADMIN, () -> invitations.invite("Ivy Invitee", email, org));
        assertThat(invited.getOrganisation()).isEqualTo(org);

        var provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        var auth = new ProviderManager(provider);
        assertThatThrownBy(() ->
                        auth.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "whatever-it-is")))
                .isInstanceOf(DisabledException.class);

        await().atMost(Duration.ofSeconds(20)).until(() -> !TestMail.to(email).isEmpty());
        String body = TestMail.to(email).getFirst().getContent().toString();
        Matcher link = Pattern.compile("/welcome/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        String token = link.group(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM account_token WHERE token_hash = ?",
                        Long.class,
                        AccountTokens.hash(token)))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM account_token WHERE token_hash = ?", Long.class, token))
                .isZero();
        // The working link is kept nowhere in the clear: no notification row has it, and the outbox forgets the
        // mail's text once it is sent.
        String anywhere = "%" + token + "%";
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM notification WHERE link LIKE ? OR body LIKE ?",
                        Long.class,
                        anywhere,
                        anywhere))
                .isZero();
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM sent_mail WHERE body LIKE ?", Long.class, anywhere)
                                == 0);

        assertThat(invitations.inviteeName(token)).contains("Ivy Invitee");
        invitations.accept(token, "a-long-new-password");
        assertThat(auth.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, "a-long-new-password"))
                        .isAuthenticated())
                .isTrue();
        assertThatThrownBy(() -> invitations.accept(token, "another-password-1"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("expired or has already been used");
    }
}
