package org.qcommons.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.qcommons.base.AbstractEntity;

/** A member's own channel for one kind; without a row the kind's default applies. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference extends AbstractEntity {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private NotificationChannel channel;

    protected NotificationPreference() {}

    NotificationPreference(Long memberId, NotificationKind kind, NotificationChannel channel) {
        this.memberId = memberId;
        this.kind = kind;
        this.channel = channel;
    }

    NotificationKind getKind() {
        return kind;
    }

    NotificationChannel getChannel() {
        return channel;
    }

    void setChannel(NotificationChannel channel) {
        this.channel = channel;
    }
}
