package org.qcommons.notifications;

/** Published inside the transaction that created a notification; acted on only once that transaction commits. */
public record NotificationEvent(Long recipientId, String email, String recipientName, String title, String body,
                                String link) {
}
