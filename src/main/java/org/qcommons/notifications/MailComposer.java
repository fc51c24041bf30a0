package org.qcommons.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Properties;
import org.qcommons.base.config.QcommonsProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the email for a notification, the same for the mail server and the dev mailbox: plain text with absolute
 * links from the configured base URL, a one-click unsubscribe for its kind (RFC 8058), and for a meeting invitation
 * a {@code text/calendar} alternative part with its METHOD, which is what Outlook and Google Calendar read.
 */
@Component
class MailComposer {

    static final String LIST_UNSUBSCRIBE = "List-Unsubscribe";
    static final String LIST_UNSUBSCRIBE_POST = "List-Unsubscribe-Post";
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up through a new ServiceLoader for every body part, header
        // encoding and multipart, scanning every jar on the class path each time (jakartaee/mail-api#699, #861):
        // half the outbox's time in the digest benchmark. Named here, FactoryFinder loads the class instead.
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final ObjectProvider<JavaMailSender> mailSender;
    private final QcommonsProperties settings;
    private final UnsubscribeTokens tokens;
    private final Clock clock;

    MailComposer(
            ObjectProvider<JavaMailSender> mailSender,
            QcommonsProperties settings,
            UnsubscribeTokens tokens,
            Clock clock) {
        this.mailSender = mailSender;
        this.settings = settings;
        this.tokens = tokens;
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
        if (notification == null) {
            // A system mail (reset, verification): its text was kept until now, and it has no unsubscribe.
            helper.setText(mail.getBody() + "\n\nQ Commons");
            return message;
        }
        String unsubscribe = unsubscribeUrl(notification);
        String text = mail.getTextPart() != null
                ? mail.getTextPart() + footer(notification, unsubscribe)
                : text(notification, unsubscribe);
        if (mail.getHtml() != null) {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart html = new MimeBodyPart();
            html.setContent(mail.getHtml(), "text/html; charset=UTF-8");
            message.setContent(new MimeMultipart("alternative", plain, html));
        } else if (mail.getCalendar() == null) {
            helper.setText(text);
        } else {
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(text, StandardCharsets.UTF_8.name());
            MimeBodyPart calendar = new MimeBodyPart();
            calendar.setContent(
                    mail.getCalendar(), "text/calendar; charset=UTF-8; method=" + method(mail.getCalendar()));
            MimeMultipart alternative = new MimeMultipart("alternative", plain, calendar);
            message.setContent(alternative);
        }
        message.setHeader(LIST_UNSUBSCRIBE, "<" + unsubscribe + ">");
        message.setHeader(LIST_UNSUBSCRIBE_POST, "List-Unsubscribe=One-Click");
        return message;
    }

    private String unsubscribeUrl(Notification notification) {
        return base() + "/unsubscribe?token="
                + tokens.tokenFor(notification.getRecipient().getId(), notification.getKind());
    }

    private String base() {
        String base = settings.baseUrl();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    static String method(String calendar) {
        int at = calendar.indexOf("METHOD:");
        if (at < 0) {
            return "PUBLISH";
        }
        int end = calendar.indexOf('\r', at);
        return calendar.substring(at + "METHOD:".length(), end < 0 ? calendar.indexOf('\n', at) : end)
                .strip();
    }

    private String text(Notification notification, String unsubscribe) {
        StringBuilder text = new StringBuilder("Dear ")
                .append(notification.getRecipient().getFullName())
                .append(",\n\n");
        if (notification.getBody() != null) {
            text.append(notification.getBody()).append("\n\n");
        }
        if (notification.getLink() != null) {
            text.append(base()).append('/').append(notification.getLink()).append("\n\n");
        }
        return text.append("Q Commons")
                .append(footer(notification, unsubscribe))
                .toString();
    }

    private String footer(Notification notification, String unsubscribe) {
        return new StringBuilder("\n\nYou receive this because of your notification settings for \"")
                .append(notification.getKind().label())
                .append("\". Change them at ")
                .append(base())
                .append("/notifications/settings or stop these emails at once: ")
                .append(unsubscribe)
                .append('\n')
                .toString();
    }
}
