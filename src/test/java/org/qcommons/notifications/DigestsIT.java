package org.qcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A member who puts a kind in the daily digest gets no email at once, then one digest in HTML and plain text with
 * that notification and what is new near them; a second run, as after a crash or on another node, sends nothing.
 */
class DigestsIT extends IntegrationTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Digests digests;

    @Autowired
    NotificationsProperties digestSettings;

    @Autowired
    NotificationService notifications;

    @Autowired
    NotificationPreferences preferences;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    QcommonsProperties settings;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private static String part(MimeMessage mail, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getContentType().toLowerCase().startsWith(type)) {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    @Test
    void theDailyDigestCarriesWhatTheMemberChoseAndWhatIsNewNearThemOnce() throws Exception {
        QUser me = accounts.loadUserByUsername(DemoAccounts.MEMBER);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        String tag = "Minutes ready " + System.nanoTime();
        try {
            preferences.choose(NotificationKind.MEETINGS, NotificationChannel.DAILY);
            preferences.choose(NotificationKind.DIGEST, NotificationChannel.DAILY);
            Instant before = clock.instant();
            notifications.notify(members.me(), tag, "Body", "meetings/1");
            assertThat(jdbc.queryForObject(
                            "select count(*) from sent_mail where subject = ?",
                            Integer.class,
                            NotificationService.SUBJECT_PREFIX + tag))
                    .isZero();

            // A fixed clock on a day that is not the weekly digest's, so only the daily digest goes.
            boolean weeklyDay = LocalDate.ofInstant(before, LONDON).getDayOfWeek() == digestSettings.weeklyOn();
            Instant now = weeklyDay ? before.plus(Duration.ofDays(1)) : clock.instant();
            DigestScheduler scheduler = new DigestScheduler(digests, digestSettings, Clock.fixed(now, LONDON));
            scheduler.sendDigests();
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification_digest where member_id = ? and period = 'DAILY'",
                            Integer.class,
                            me.memberId()))
                    .isEqualTo(1);

            MimeMessage digest = await().atMost(Duration.ofSeconds(20))
                    .until(
                            () -> TestMail.to(DemoAccounts.MEMBER).stream()
                                    .filter(m -> {
                                        try {
                                            return "Q Commons: Your daily digest".equals(m.getSubject())
                                                    && part(m, "text/plain").contains(tag);
                                        } catch (Exception e) {
                                            return false;
                                        }
                                    })
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            String text = part(digest, "text/plain");
            String html = part(digest, "text/html");
            assertThat(text)
                    .contains(tag)
                    .contains(settings.baseUrl() + "/meetings/1")
                    .contains("near you");
            assertThat(text).contains("/unsubscribe?token=");
            assertThat(html).contains(tag).contains("href=\"" + settings.baseUrl() + "/meetings/1\"");
            assertThat(html).contains("near you").contains("/unsubscribe?token=");
            assertThat(digest.getHeader("List-Unsubscribe")[0]).contains("/unsubscribe?token=");
            assertThat(digest.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");

            // Again, as another node or a restart would: nothing twice.
            assertThat(digests.send(DigestPeriod.DAILY, now, LONDON)).isZero();
            assertThat(jdbc.queryForObject(
                            "select count(*) from notification_digest where member_id = ?",
                            Integer.class,
                            me.memberId()))
                    .isEqualTo(1);
        } finally {
            preferences.choose(NotificationKind.MEETINGS, NotificationChannel.EMAIL);
            preferences.choose(NotificationKind.DIGEST, NotificationChannel.WEEKLY);
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void theWeeklyPeriodIsNamedByItsMonday() {
        LocalDate sunday = LocalDate.of(2026, 12, 6);
        assertThat(DigestPeriod.WEEKLY.start(sunday)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(DigestPeriod.DAILY.start(sunday)).isEqualTo(sunday);
    }
}
