package org.qcommons.notifications;

import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deletes old records of mail that was sent (never of mail still to send), for the nightly purge (the schedule runs with no user signed in). */
@Component
class SentMailPurge {

    private final SentMailRepository mails;

    SentMailPurge(SentMailRepository mails) {
        this.mails = mails;
    }

    @Transactional
    public int deleteOlderThan(Instant before) {
        return mails.deleteCreatedBefore(before, MailStatus.SENT);
    }
}
