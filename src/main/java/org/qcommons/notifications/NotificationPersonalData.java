package org.qcommons.notifications;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

@Component
class NotificationPersonalData implements PersonalDataContributor {

    private final NotificationRepository notifications;
    private final SentMailRepository mails;
    private final NotificationPreferenceRepository preferences;

    NotificationPersonalData(
            NotificationRepository notifications,
            SentMailRepository mails,
            NotificationPreferenceRepository preferences) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mails = mails;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public Object export(Long memberId) {
        return notifications.findByRecipientIdOrderByCreatedAtDesc(memberId, Pageable.unpaged()).stream()
                .map(n -> entry(
                        "title",
                        n.getTitle(),
                        "body",
                        n.getBody(),
                        "createdAt",
                        n.getCreatedAt().toString(),
                        "read",
                        n.isRead()))
                .toList();
    }

    @Override
    public void erase(Long memberId) {
        // The record of the mail holds the address; its publication then finds nothing to send.
        mails.deleteByRecipientMember(memberId);
        preferences.deleteAll(preferences.findByMemberId(memberId));
        notifications.deleteAll(notifications.findByRecipientIdOrderByCreatedAtDesc(memberId, Pageable.unpaged()));
    }
}
