package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A new contact email takes effect only from the link sent to it, whoever asks for it; the old address is told
 * (decisions 112 and 128).
 */
class EmailChangeIT extends IntegrationTestBase {

    static final Pattern LINK = Pattern.compile("/confirm-email/([A-Za-z0-9_-]+)");

    @Autowired
    AccountService accounts;

    @Autowired
    MemberService members;

    @Autowired
    EmailChangeService changes;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAddressAndSignInNameChangeOnlyWhenTheLinkSentToTheNewAddressIsUsed() throws Exception {
        String old = NewAccounts.active(accounts, organisations, "change");
        String wanted = "changed-" + UUID.randomUUID() + "@test.qcommons.example";
        QUser user = accounts.loadUserByUsername(old);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        Member me = members.me();
        me.setEmail(wanted);
        Member saved = members.updateProfile(me);

        assertThat(saved.getEmail()).isEqualTo(old);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(wanted).contains("Q Commons: Confirm your new email address")
                        && TestMail.subjectsTo(old).contains("Q Commons: Your email address is being changed"));
        String notice = TestMail.to(old).stream()
                .filter(m -> subject(m).equals("Q Commons: Your email address is being changed"))
                .findFirst()
                .orElseThrow()
                .getContent()
                .toString();
        assertThat(notice).contains(wanted).doesNotContain("/confirm-email/");
        String mail = TestMail.to(wanted).getLast().getContent().toString();
        Matcher m = LINK.matcher(mail);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        assertThat(email(user.memberId())).isEqualTo(old);
        SecurityContextHolder.clearContext();

        assertThat(changes.newAddress(token)).hasValue(wanted);
        assertThat(changes.confirm(token)).isEqualTo(wanted);

        assertThat(email(user.memberId())).isEqualTo(wanted);
        assertThat(jdbc.queryForObject(
                        "select username from user_account where member_id = ?", String.class, user.memberId()))
                .isEqualTo(wanted);
        assertThat(changes.newAddress(token)).isEmpty();
        assertThatThrownBy(() -> changes.confirm(token))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("already been used");
        assertThat(jdbc.queryForList(
                        "select type from security_event where username = ?", String.class, wanted.toLowerCase()))
                .contains("EMAIL_CHANGED");
    }

    @Test
    void anAdminsChangeOfSomeoneElsesAddressWaitsForTheLinkSentToTheNewAddressAndTheOldOneIsTold() throws Exception {
        String old = NewAccounts.active(accounts, organisations, "admin-change");
        String wanted = "admin-changed-" + UUID.randomUUID() + "@test.qcommons.example";
        Long memberId = accounts.loadUserByUsername(old).memberId();
        QUser admin = accounts.loadUserByUsername(DemoAccounts.ADMIN);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        Member other = members.profile(memberId).orElseThrow();
        other.setEmail(wanted);
        Member saved = members.updateProfile(other);

        // Not applied at once (as it was before decision 128): the address and the sign-in name stay as they were.
        assertThat(saved.getEmail()).isEqualTo(old);
        assertThat(email(memberId)).isEqualTo(old);
        assertThat(changes.pendingAddress(memberId)).hasValue(wanted);
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(wanted).contains("Q Commons: Confirm your new email address")
                        && TestMail.subjectsTo(old).contains("Q Commons: Your email address is being changed"));
        String notice = TestMail.to(old).stream()
                .filter(m -> subject(m).equals("Q Commons: Your email address is being changed"))
                .findFirst()
                .orElseThrow()
                .getContent()
                .toString();
        assertThat(notice)
                .contains("administrator, " + admin.displayName())
                .contains(wanted)
                .doesNotContain("/confirm-email/");
        String mail = TestMail.to(wanted).getLast().getContent().toString();
        assertThat(mail).contains("administrator, " + admin.displayName()).contains("Test admin-change's account");
        Matcher m = LINK.matcher(mail);
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        SecurityContextHolder.clearContext();

        assertThat(changes.confirm(token)).isEqualTo(wanted);
        assertThat(email(memberId)).isEqualTo(wanted);
        assertThat(jdbc.queryForObject("select username from user_account where member_id = ?", String.class, memberId))
                .isEqualTo(wanted);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        assertThat(changes.pendingAddress(memberId)).isEmpty();
    }

    @Test
    void onlyTheMemberAndAdminsSeeThatAChangeIsPending() {
        String old = NewAccounts.active(accounts, organisations, "pending-change");
        QUser user = accounts.loadUserByUsername(old);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        Member me = members.me();
        String wanted = "pending-" + UUID.randomUUID() + "@test.qcommons.example";
        me.setEmail(wanted);
        members.updateProfile(me);
        assertThat(changes.pendingAddress(user.memberId())).hasValue(wanted);

        QUser someoneElse = accounts.loadUserByUsername(NewAccounts.active(accounts, organisations, "onlooker"));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        someoneElse, null, someoneElse.getAuthorities()));
        assertThat(changes.pendingAddress(user.memberId())).isEmpty();
    }

    private String email(Long memberId) {
        return jdbc.queryForObject("select email from member where id = ?", String.class, memberId);
    }

    private static String subject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (Exception e) {
            return "";
        }
    }
}
