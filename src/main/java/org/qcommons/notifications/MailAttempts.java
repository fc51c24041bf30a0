package org.qcommons.notifications;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a failed attempt in its own transaction: the listener's transaction rolls back when it throws (which
 * keeps the publication incomplete), and the attempt must be counted all the same.
 */
@Component
class MailAttempts {

    private final SentMailRepository mails;

    MailAttempts(SentMailRepository mails) {
        this.mails = mails;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(Long mailId, Instant at, String error) {
        mails.findById(mailId).ifPresent(m -> m.markFailed(at, error));
    }
}
