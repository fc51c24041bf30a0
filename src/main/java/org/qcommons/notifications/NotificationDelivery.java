package org.qcommons.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends the email and wakes the recipient's open bells. Without a mail server (the local run) the email is
 * written to the log instead, which serves as the dev mailbox.
 */
@Component
class NotificationDelivery {

    private static final Logger log = LoggerFactory.getLogger(NotificationDelivery.class);

    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationBroadcaster broadcaster;
    private final String from;
    private final String baseUrl;

    NotificationDelivery(ObjectProvider<JavaMailSender> mailSender, NotificationBroadcaster broadcaster,
                         @Value("${qcommons.mail.from:no-reply@qcommons.example}") String from,
                         @Value("${qcommons.base-url:http://localhost:8080}") String baseUrl) {
        this.mailSender = mailSender;
        this.broadcaster = broadcaster;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void deliver(NotificationEvent event) {
        broadcaster.broadcast(event.recipientId());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(event.email());
        message.setSubject("Q Commons: " + event.title());
        StringBuilder text = new StringBuilder("Dear ").append(event.recipientName()).append(",\n\n");
        if (event.body() != null) {
            text.append(event.body()).append("\n\n");
        }
        if (event.link() != null) {
            text.append(baseUrl).append('/').append(event.link()).append("\n\n");
        }
        text.append("Q Commons");
        message.setText(text.toString());
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            log.info("Dev mailbox: to={} subject=\"{}\"\n{}", event.email(), message.getSubject(), message.getText());
            return;
        }
        try {
            sender.send(message);
        } catch (MailException e) {
            // The in-app notification is already stored; a mail outage must not undo the user's action.
            log.warn("Could not email {}: {}", event.email(), e.getMessage());
        }
    }
}
