package org.qcommons.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;

/**
 * One email the outbox has sent or is trying to send. A notification's mail takes its text from the notification; a
 * system mail (to an address with no member yet) holds its text in {@code body} until it is sent, then forgets it.
 */
@Entity
@Table(name = "sent_mail")
class SentMail extends AbstractEntity {

    private static final int MAX_ERROR = 300;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notification_id")
    private Notification notification;

    @Column(nullable = false, length = 320)
    private String recipient;

    @Column(nullable = false, length = 250)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status = MailStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(columnDefinition = "text")
    private String body;

    /** An iCalendar invitation to attach, or null; built by the feature, which alone knows the meeting. */
    @Column(columnDefinition = "MEDIUMTEXT")
    private String calendar;

    /** An HTML alternative (the digests), or null for plain text only. */
    @Column(columnDefinition = "MEDIUMTEXT")
    private String html;

    @Column(name = "text_part", columnDefinition = "MEDIUMTEXT")
    private String textPart;

    protected SentMail() {}

    SentMail(Notification notification, String recipient, String subject, Instant createdAt) {
        this.notification = notification;
        this.recipient = recipient;
        this.subject = subject;
        this.createdAt = createdAt;
    }

    /** A system mail: no notification, and the text kept only until it is sent. */
    static SentMail system(String recipient, String subject, String body, Instant createdAt) {
        SentMail mail = new SentMail(null, recipient, subject, createdAt);
        mail.body = body;
        return mail;
    }

    String getBody() {
        return body;
    }

    SentMail withCalendar(String calendar) {
        this.calendar = calendar;
        return this;
    }

    SentMail withParts(String text, String html) {
        this.textPart = text;
        this.html = html;
        return this;
    }

    String getTextPart() {
        return textPart;
    }

    String getHtml() {
        return html;
    }

    String getCalendar() {
        return calendar;
    }

    Notification getNotification() {
        return notification;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    Instant getSentAt() {
        return sentAt;
    }

    String getLastError() {
        return lastError;
    }

    void markSent(Instant at) {
        attempts++;
        lastAttemptAt = at;
        sentAt = at;
        status = MailStatus.SENT;
        lastError = null;
        body = null;
    }

    void markFailed(Instant at, String error) {
        attempts++;
        lastAttemptAt = at;
        status = MailStatus.FAILED;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
    }
}
