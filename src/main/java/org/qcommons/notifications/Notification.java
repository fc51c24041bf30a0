package org.qcommons.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.qcommons.base.AbstractEntity;
import org.qcommons.people.Member;

@Entity
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Member recipient;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String body;

    /** A route inside the app, such as "exchange/requests/12". */
    @Column(length = 400)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The member the text names (a message's sender), whose name and email erasure replaces with a tombstone. */
    @Column(name = "about_member_id", updatable = false)
    private Long aboutMemberId;

    @Column(name = "read_at")
    private Instant readAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private NotificationKind kind = NotificationKind.GENERAL;

    protected Notification() {}

    Notification(Member recipient, NotificationKind kind, String title, String body, String link, Instant createdAt) {
        this(recipient, kind, title, body, link, createdAt, null);
    }

    Notification(
            Member recipient,
            NotificationKind kind,
            String title,
            String body,
            String link,
            Instant createdAt,
            Long aboutMemberId) {
        this.recipient = recipient;
        this.kind = kind;
        this.aboutMemberId = aboutMemberId;
        this.createdAt = createdAt;
        this.title = title;
        this.body = body;
        this.link = link;
    }

    public Member getRecipient() {
        return recipient;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public boolean isRead() {
        return readAt != null;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
