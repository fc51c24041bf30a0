package org.qcommons.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Builds the email for a notification: a plain-text MIME message, the same for the mail server and the dev mailbox. */
@Component
class MailComposer {

    private final ObjectProvider<JavaMailSender> mailSender;
    private final QcommonsProperties settings;
    private final Clock clock;

    MailComposer(ObjectProvider<JavaMailSender> mailSender, QcommonsProperties settings, Clock clock) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    MimeMessage compose(SentMail mail) throws MessagingException {
        Notification notification = mail.getNotification();
        JavaMailSender sender = mailSender.getIfAvailable();
        MimeMessage message =
                sender != null ? sender.createMimeMessage() : new MimeMessage(Session.getInstance(new Properties()));
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.mail().from());
        helper.setTo(mail.getRecipient());
        helper.setSubject(mail.getSubject());
        helper.setSentDate(Date.from(clock.instant()));
        helper.setText(notification == null ? mail.getBody() + "\n\nQ Commons" : text(notification));
        return message;
    }

    private String text(Notification notification) {
        StringBuilder text = new StringBuilder("Dear ")
                .append(notification.getRecipient().getFullName())
                .append(",\n\n");
        if (notification.getBody() != null) {
            text.append(notification.getBody()).append("\n\n");
        }
        if (notification.getLink() != null) {
            text.append(settings.baseUrl())
                    .append('/')
                    .append(notification.getLink())
                    .append("\n\n");
        }
        return text.append("Q Commons").toString();
    }
}
