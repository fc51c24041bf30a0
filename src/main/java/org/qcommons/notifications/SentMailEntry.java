package org.qcommons.notifications;

import java.time.Instant;

/** One line of the ADMIN page "Sent mail". */
public record SentMailEntry(
        Long id,
        Instant createdAt,
        String recipient,
        String subject,
        MailStatus status,
        int attempts,
        Instant lastAttemptAt,
        Instant sentAt,
        String lastError) {

    static SentMailEntry of(SentMail m) {
        return new SentMailEntry(
                m.getId(),
                m.getCreatedAt(),
                m.getRecipient(),
                m.getSubject(),
                m.getStatus(),
                m.getAttempts(),
                m.getLastAttemptAt(),
                m.getSentAt(),
                m.getLastError());
    }
}
