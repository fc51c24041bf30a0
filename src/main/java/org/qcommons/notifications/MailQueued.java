package org.qcommons.notifications;

/**
 * An email is due for the {@link SentMail} with this id. It carries the id only, so the outbox (the event
 * publication registry) holds no address and no text: both are read when the mail is sent.
 */
public record MailQueued(Long mailId) {}
