package org.qcommons.notifications;

/**
 * Thrown by the outbox listener so that its publication stays incomplete and is retried. It names the mail by id
 * only and carries no cause: a mail server's message may quote the address, and this exception reaches the log.
 */
class MailNotSentException extends RuntimeException {

    MailNotSentException(Long mailId, Exception cause) {
        super(
                "Mail " + mailId + " not sent (" + cause.getClass().getSimpleName() + "); it will be retried",
                null,
                false,
                false);
    }
}
