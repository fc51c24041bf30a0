package org.qcommons.notifications;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The member's own notifications and mail, and the tombstones in others' notifications that name them. */
@Component
// Before the profile is erased, while the name and email to replace are still known.
@Order(100)
class NotificationPersonalData implements PersonalDataContributor {

    static final String FORMER_MEMBER = "Former member";

    private final NotificationRepository notifications;
    private final SentMailRepository mails;
    private final NotificationPreferenceRepository preferences;
    private final JdbcTemplate jdbc;

    NotificationPersonalData(
            NotificationRepository notifications,
            SentMailRepository mails,
            NotificationPreferenceRepository preferences,
            JdbcTemplate jdbc) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mails = mails;
        this.jdbc = jdbc;
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
        tombstone(memberId);
    }

    /**
     * Other people's notifications that name this member, found by the member id stored with them (never by a
     * name, which anyone can change): the name and email as they are now become "Former member".
     */
    private void tombstone(Long memberId) {
        jdbc.query(
                "select full_name, email from member where id = ?",
                rs -> {
                    String name = rs.getString(1);
                    String email = rs.getString(2);
                    if (email != null && !email.isBlank()) {
                        jdbc.update(
                                "update notification set body = replace(replace(body, ?, ''), ?, ?) where about_member_id = ?",
                                " (" + email + ")",
                                email,
                                FORMER_MEMBER,
                                memberId);
                    }
                    if (name != null && !name.isBlank() && !FORMER_MEMBER.equals(name)) {
                        jdbc.update(
                                "update notification set title = replace(title, ?, ?), body = replace(body, ?, ?) "
                                        + "where about_member_id = ?",
                                name,
                                FORMER_MEMBER,
                                name,
                                FORMER_MEMBER,
                                memberId);
                        jdbc.update(
                                "update sent_mail set subject = replace(subject, ?, ?) where notification_id in "
                                        + "(select id from notification where about_member_id = ?)",
                                name,
                                FORMER_MEMBER,
                                memberId);
                    }
                },
                memberId);
    }
}
