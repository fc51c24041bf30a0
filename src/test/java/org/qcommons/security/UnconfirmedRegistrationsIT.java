package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The nightly job removes a registration whose address was never confirmed once its link has been expired for longer
 * than the retention (decision 128), with its account and links; confirmed ones, and ones still in time, stay.
 */
class UnconfirmedRegistrationsIT extends IntegrationTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    EmailVerificationService verification;

    @Autowired
    PasswordResetService resets;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UnconfirmedRegistrationCleanup cleanup;

    @Autowired
    AccountsProperties settings;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anExpiredUnconfirmedRegistrationGoesWithItsAccountAndLinksWhileOthersStay() {
        assertThat(settings.unconfirmedRetention()).isEqualTo(Duration.ofDays(7));
        String expired = join("expired");
        String stillValid = join("still-valid");
        String inGrace = join("in-grace");
        String confirmed = join("confirmed");
        verification.confirm(EmailVerificationIT.tokenFrom(awaitLink(confirmed)));
        resets.requestReset(expired, "198.51.100." + (int) (Math.random() * 200));
        Long expiredMember = memberId(expired);
        assertThat(count("select count(*) from account_token where member_id = ?", expiredMember))
                .isEqualTo(1);
        assertThat(count("select count(*) from security_event where username = ?", expired.toLowerCase()))
                .isPositive();

        // Ten days on, the link (24 hours) has been expired for nine: past the retention of seven.
        age(expired, 10);
        // Three days on, it has been expired for two: still within the retention.
        age(inGrace, 3);
        // Confirmed long ago, and waiting for an ADMIN: never removed by this job.
        age(confirmed, 10);

        cleanup.run();

        assertThat(count("select count(*) from member where email = ?", expired))
                .isZero();
        assertThat(count("select count(*) from user_account where username = ?", expired))
                .isZero();
        assertThat(count("select count(*) from account_token where member_id = ?", expiredMember))
                .isZero();
        assertThat(count("select count(*) from security_event where username = ?", expired.toLowerCase()))
                .as("the log keeps its rows, without the address")
                .isZero();
        assertThat(status(stillValid)).isEqualTo("UNVERIFIED");
        assertThat(status(inGrace)).isEqualTo("UNVERIFIED");
        assertThat(status(confirmed)).isEqualTo("PENDING");
        assertThat(count("select count(*) from user_account where username = ?", confirmed))
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "select detail from security_event where type = 'REGISTRATIONS_REMOVED'", String.class))
                .anySatisfy(detail -> assertThat(detail).matches("\\d+ registrations? never confirmed"));

        // The address is free again: a new request is a new registration, not "you already have an account".
        accounts.requestToJoin(registration(expired), "203.0.113." + (int) (Math.random() * 200));
        assertThat(status(expired)).isEqualTo("UNVERIFIED");
        assertThat(TestMail.subjectsTo(expired)).doesNotContain("Q Commons: You already have an account");
    }

    private String join(String prefix) {
        String email = "unconfirmed-" + prefix + "-" + UUID.randomUUID() + "@test.qcommons.example";
        accounts.requestToJoin(registration(email), "203.0.113." + (int) (Math.random() * 200));
        assertThat(status(email)).isEqualTo("UNVERIFIED");
        return email;
    }

    /** As if the registration and its link had been made this many days ago. */
    private void age(String email, int days) {
        Long member = memberId(email);
        jdbc.update("update member set created_at = created_at - interval ? day where id = ?", days, member);
        jdbc.update(
                "update account_token set created_at = created_at - interval ? day,"
                        + " expires_at = expires_at - interval ? day where member_id = ?",
                days,
                days,
                member);
    }

    private Registration registration(String email) {
        Registration r = new Registration();
        r.setFullName("Unconfirmed Member");
        r.setEmail(email);
        r.setPassword(NewAccounts.PASSWORD);
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        return r;
    }

    private Long memberId(String email) {
        return jdbc.queryForObject("select id from member where email = ?", Long.class, email);
    }

    private String status(String email) {
        return jdbc.queryForObject("select status from member where email = ?", String.class, email);
    }

    private int count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Integer.class, arg);
    }

    private static String awaitLink(String email) {
        await().atMost(Duration.ofSeconds(20))
                .until(() -> TestMail.subjectsTo(email).contains(EmailVerificationIT.SUBJECT));
        return TestMail.to(email).stream()
                .map(m -> {
                    try {
                        return EmailVerificationIT.SUBJECT.equals(m.getSubject())
                                ? m.getContent().toString()
                                : null;
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                })
                .filter(b -> b != null)
                .findFirst()
                .orElseThrow();
    }
}
