package org.qcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.people.MemberService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.qcommons.testsupport.TestMail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.EventPublicationRegistry;

/** The outbox (decision 077): an SMTP outage delays an email but does not lose it, and nothing of it is logged. */
@ExtendWith(OutputCaptureExtension.class)
class MailOutboxIT extends IntegrationTestBase {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Autowired
    SentMailRepository mails;

    @Autowired
    EventPublicationRegistry registry;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    OutboxSchedule schedule;

    @Autowired
    NotificationService notifications;

    @Autowired
    MemberService members;

    @Autowired
    DevMailbox mailbox;

    @Test
    void anEmailDuringAnOutageIsKeptAndArrivesOnceTheServerIsBack() throws Exception {
        var fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        String subject = "Q Commons: You are invited: " + r.getTitle();
        SentMail mail;
        TestMail.stop();
        try {
            Exchange invited = fx.exchangeIn(ExchangeState.INVITED, member, r, lender);
            assertThat(invited.getState()).isEqualTo(ExchangeState.INVITED);
            mail = await().atMost(WAIT)
                    .until(() -> mailTo(member, subject), Optional::isPresent)
                    .orElseThrow();
            Long id = mail.getId();
            await().atMost(WAIT).until(() -> mails.findById(id).orElseThrow().getStatus() == MailStatus.FAILED);
            await().atMost(WAIT)
                    .until(() -> publicationOf(id)
                            .filter(p -> p.getStatus() == EventPublication.Status.FAILED)
                            .isPresent());
            assertThat(mails.findById(id).orElseThrow().getAttempts()).isEqualTo(1);
            assertThat(mails.findById(id).orElseThrow().getSentAt()).isNull();
        } finally {
            TestMail.restart();
        }
        assertThat(TestMail.subjectsTo(member)).isEmpty();
        // The schedule leaves a publication alone until it is older than qcommons.outbox.retry-after (1 minute)...
        schedule.retryIncomplete();
        assertThat(publicationOf(mail.getId())).isPresent();
        // ...so the test resubmits its own at once, as the schedule would a minute later.
        Long id = mail.getId();
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof MailQueued q && q.mailId().equals(id));

        await().atMost(WAIT).until(() -> TestMail.subjectsTo(member).contains(subject));
        await().atMost(WAIT).until(() -> publicationOf(id).isEmpty());
        SentMail sent = mails.findById(id).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailStatus.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
        assertThat(sent.getSentAt()).isNotNull();
        // Resubmitting again finds nothing incomplete: the message arrives exactly once.
        incomplete.resubmitIncompletePublications(
                p -> p.getEvent() instanceof MailQueued q && q.mailId().equals(id));
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> TestMail.subjectsTo(member).stream()
                                .filter(subject::equals)
                                .count()
                        == 1);
    }

    @Test
    void theDevMailboxHoldsTheMessageAndTheLogHoldsNeitherItsTextNorItsAddress(CapturedOutput output) throws Exception {
        var fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        String title = "Dev mailbox " + ExchangeFixtures.next();
        String body = "Private words " + ExchangeFixtures.next();
        fx.as(member, () -> notifications.notify(members.me(), title, body, "exchange/requests"));
        String subject = "Q Commons: " + title;
        await().atMost(WAIT).until(() -> TestMail.subjectsTo(member).contains(subject));
        SentMail mail = await().atMost(WAIT)
                .until(
                        () -> mailTo(member, subject),
                        m -> m.isPresent() && m.get().getStatus() == MailStatus.SENT)
                .orElseThrow();

        assertThat(mailbox.enabled()).isTrue();
        Path eml = mailbox.fileFor(mail.getId());
        assertThat(eml).exists();
        MimeMessage written;
        try (InputStream in = Files.newInputStream(eml)) {
            written = new MimeMessage(null, in);
        }
        assertThat(written.getSubject()).isEqualTo(subject);
        assertThat(written.getAllRecipients()).extracting(Object::toString).containsExactly(member);
        assertThat(written.getContent().toString()).contains(body).contains("/exchange/requests");
        assertThat(written.getMessageID()).isNotBlank();

        assertThat(output.getAll()).contains("Sent mail " + mail.getId());
        assertThat(output.getAll()).doesNotContain(body).doesNotContain(title);
        // GreenMail stands in for the outside mail server; only its own lines (it logs the mailboxes it creates)
        // may name the recipient.
        assertThat(output.getAll().lines().filter(l -> !l.contains("c.icegreen.greenmail")))
                .noneMatch(l -> l.contains(member));
    }

    private Optional<SentMail> mailTo(String address, String subject) {
        return mails.findAll().stream()
                .filter(m -> m.getRecipient().equalsIgnoreCase(address)
                        && m.getSubject().equals(subject))
                .findFirst();
    }

    private Optional<EventPublication> publicationOf(Long mailId) {
        return registry.findIncompletePublications().stream()
                .filter(p -> p.getEvent() instanceof MailQueued q && q.mailId().equals(mailId))
                .map(EventPublication.class::cast)
                .findFirst();
    }
}
