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

/** A new contact email takes effect only from the link sent to it; the old address is told (decision 112). */
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
