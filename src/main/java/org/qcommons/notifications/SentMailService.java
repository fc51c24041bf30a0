package org.qcommons.notifications;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The mail the outbox has sent or is trying to send, newest first, for ADMINs. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class SentMailService {

    private final SentMailRepository mails;

    SentMailService(SentMailRepository mails) {
        this.mails = mails;
    }

    public List<SentMailEntry> latest(int max) {
        return mails.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(0, max)).stream()
                .map(SentMailEntry::of)
                .toList();
    }
}
