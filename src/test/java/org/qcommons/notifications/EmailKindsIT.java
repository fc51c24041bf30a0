package org.qcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.QUser;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Renders each kind of email the app sends (a notification, a meeting invitation, a digest) and checks what the real
 * world needs: absolute links from the base URL, a plain-text part, and the RFC 8058 unsubscribe headers whose token
 * the app accepts.
 */
class EmailKindsIT extends IntegrationTestBase {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s\"<>]+");

    @Autowired
    MailComposer composer;

    @Autowired
    UnsubscribeTokens tokens;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    QcommonsProperties settings;

    Member me;

    @BeforeEach
    void signIn() {
        QUser user = accounts.loadUserByUsername(DemoAccounts.MEMBER);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        me = members.me();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private SentMail mail(NotificationKind kind, String link) {
        Notification n = new Notification(me, kind, "A title", "A body", link, Instant.now());
        return new SentMail(n, me.getEmail(), "Q Commons: A title", Instant.now());
    }

    private static String part(MimeMessage m, String type) throws Exception {
        if (!(m.getContent() instanceof MimeMultipart parts)) {
            assertThat(m.getContentType()).startsWith(type);
            return (String) m.getContent();
        }
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart p = parts.getBodyPart(i);
            if (p.getContentType().toLowerCase().startsWith(type)) {
                return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + type + " part");
    }

    private void checkCommon(MimeMessage m, NotificationKind kind) throws Exception {
        m.saveChanges();
        String text = part(m, "text/plain");
        Matcher links = LINK.matcher(text);
        int count = 0;
        while (links.find()) {
            assertThat(links.group()).startsWith(settings.baseUrl() + "/");
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(2);
        String header = m.getHeader("List-Unsubscribe")[0];
        assertThat(header)
                .startsWith("<" + settings.baseUrl() + "/unsubscribe?token=")
                .endsWith(">");
        String token = header.substring(header.indexOf("token=") + 6, header.length() - 1);
        assertThat(tokens.verify(token)).contains(new UnsubscribeTokens.Subject(me.getId(), kind));
        assertThat(m.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(m.getAllRecipients()[0].toString()).isEqualTo(me.getEmail());
        assertThat(m.getSubject()).isEqualTo("Q Commons: A title");
    }

    @Test
    void aNotificationIsPlainTextWithAbsoluteLinks() throws Exception {
        MimeMessage m = composer.compose(mail(NotificationKind.PROJECTS, "projects/1"));
        checkCommon(m, NotificationKind.PROJECTS);
        assertThat(part(m, "text/plain"))
                .contains(settings.baseUrl() + "/projects/1")
                .contains("A body");
    }

    @Test
    void anInvitationCarriesItsCalendarAsAnAlternative() throws Exception {
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Q Commons//Test//EN\r\nMETHOD:CANCEL\r\n"
                + "END:VCALENDAR\r\n";
        MimeMessage m = composer.compose(
                mail(NotificationKind.MEETING_INVITATIONS, "meetings/1").withCalendar(ics));
        checkCommon(m, NotificationKind.MEETING_INVITATIONS);
        assertThat(((MimeMultipart) m.getContent()).getContentType()).startsWith("multipart/alternative");
        assertThat(((MimeMultipart) m.getContent()).getBodyPart(1).getContentType())
                .containsIgnoringCase("text/calendar")
                .containsIgnoringCase("method=CANCEL");
    }

    @Test
    void aDigestHasHtmlAndPlainText() throws Exception {
        String base = settings.baseUrl();
        MimeMessage m = composer.compose(mail(NotificationKind.DIGEST, "notifications")
                .withParts(
                        "Dear member,\n- A thing\n  " + base + "/meetings/2\n",
                        "<p><a href=\"" + base + "/meetings/2\">A thing</a></p>"));
        checkCommon(m, NotificationKind.DIGEST);
        assertThat(part(m, "text/html")).contains("href=\"" + base + "/meetings/2\"");
    }
}
