package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A registration's address is confirmed by the emailed link before an ADMIN sees the request (decision 112). */
class EmailVerificationIT extends IntegrationTestBase {

    static final String SUBJECT = "Q Commons: Confirm your email address";
    static final Pattern LINK = Pattern.compile("/verify-email/([A-Za-z0-9_-]+)");

    @Autowired
    AccountService accounts;

    @Autowired
    EmailVerificationService verification;

    @Autowired
    OrganisationService organisations;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theRequestReachesTheAdminOnlyAfterTheSingleUseLinkIsUsed() {
        String email = "verify-" + UUID.randomUUID() + "@test.qcommons.example";
        accounts.requestToJoin(registration(email), "203.0.113." + (int) (Math.random() * 200));
        String token = tokenFrom(awaitLinks(email, 1).getLast());
        assertThat(token.length()).isGreaterThanOrEqualTo(43);
        assertThat(status(email)).isEqualTo("UNVERIFIED");
        assertThat(jdbc.queryForObject("select count(*) from account_token where token_hash = ?", Integer.class, token))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from account_token where token_hash = ?",
                        Integer.class,
                        AccountTokens.hash(token)))
                .isEqualTo(1);

        assertThat(verification.linkUsable(token)).isTrue();
        verification.confirm(token);

        assertThat(status(email)).isEqualTo("PENDING");
        assertThat(verification.linkUsable(token)).isFalse();
        assertThatThrownBy(() -> verification.confirm(token))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("already been used");
        assertThat(jdbc.queryForList(
                        "select type from security_event where username = ?", String.class, email.toLowerCase()))
                .contains("EMAIL_VERIFIED");
    }

    @Test
    void askingAgainBeforeConfirmingSendsAFreshLinkAndTheOldOneStopsWorking() {
        String email = "verify-again-" + UUID.randomUUID() + "@test.qcommons.example";
        accounts.requestToJoin(registration(email), "203.0.113.250");
        String first = tokenFrom(awaitLinks(email, 1).getLast());
        accounts.requestToJoin(registration(email), "203.0.113.251");
        String second = tokenFrom(awaitLinks(email, 2).getLast());

        assertThat(second).isNotEqualTo(first);
        assertThat(verification.linkUsable(first)).isFalse();
        assertThat(verification.linkUsable(second)).isTrue();
        assertThat(TestMail.subjectsTo(email)).doesNotContain("Q Commons: You already have an account");
    }

    @Test
    void anUnknownOrMangledLinkIsRefusedWithAMessage() {
        assertThat(verification.linkUsable("not-a-token")).isFalse();
        assertThatThrownBy(() -> verification.confirm("not-a-token"))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("expired");
    }

    private Registration registration(String email) {
        Registration r = new Registration();
        r.setFullName("Verifying Member");
        r.setEmail(email);
        r.setPassword(NewAccounts.PASSWORD);
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        return r;
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from member where email = ?", String.class, email);
    }

    private static List<String> awaitLinks(String email, int count) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(email).stream()
                                .filter(SUBJECT::equals)
                                .count()
                        >= count);
        return TestMail.to(email).stream()
                .map(m -> {
                    try {
                        return SUBJECT.equals(m.getSubject()) ? body(m) : null;
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(b -> b != null)
                .toList();
    }

    private static String body(MimeMessage m) throws Exception {
        return m.getContent().toString();
    }

    static String tokenFrom(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("a link in: %s", text).isTrue();
        return matcher.group(1);
    }
}
