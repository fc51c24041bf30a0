package org.qcommons.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends the emails of the outbox, on a task thread after the notifying transaction has committed, never inside a
 * user's request. A failure throws, so that its publication stays incomplete and {@link OutboxSchedule} (or the next
 * start-up) tries it again. The log names a mail by its id only: never its address, subject or text.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final SentMailRepository mails;
    private final MailComposer composer;
    private final MailAttempts attempts;
    private final DevMailbox mailbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    MailDispatcher(
            SentMailRepository mails,
            MailComposer composer,
            MailAttempts attempts,
            DevMailbox mailbox,
            ObjectProvider<JavaMailSender> mailSender,
            Clock clock) {
        this.mails = mails;
        this.composer = composer;
        this.attempts = attempts;
        this.mailbox = mailbox;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void send(MailQueued event) {
        Long id = event.mailId();
        SentMail mail = mails.findById(id).orElse(null);
        if (mail == null) {
            // The member's data was erased before the mail went out: there is nothing left to send.
            log.info("Mail {} no longer exists; nothing to send", id);
            return;
        }
        if (mail.getStatus() == MailStatus.SENT) {
            return;
        }
        Instant now = clock.instant();
        try {
            deliver(id, composer.compose(mail));
        } catch (MailException | MessagingException | IOException e) {
            attempts.failed(
                    id,
                    now,
                    e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName());
            log.warn(
                    "Could not send mail {} (attempt {}): {}",
                    id,
                    mail.getAttempts() + 1,
                    e.getClass().getSimpleName());
            throw new MailNotSentException(id, e);
        }
        mail.markSent(now);
        // By id only: a subject can name a member (issue 18, "no personal data in logs").
        log.info("Sent mail {}", id);
    }

    private void deliver(Long id, MimeMessage message) throws MessagingException, IOException {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            sender.send(message);
        } else {
            message.saveChanges();
        }
        if (!mailbox.enabled()) {
            return;
        }
        try {
            mailbox.write(id, message);
        } catch (IOException | MessagingException e) {
            if (sender == null) {
                throw e; // the dev mailbox is the only delivery
            }
            log.warn(
                    "Mail {} was sent but not written to the dev mailbox: {}",
                    id,
                    e.getClass().getSimpleName());
        }
    }
}
