package org.qcommons.notifications;

import org.qcommons.people.Member;
import org.qcommons.base.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Tells people that something needs them: an in-app notification (the bell) and an email. Any feature calls
 * {@link #notify}; delivery happens after the caller's transaction commits, so a rolled-back step sends nothing.
 */
@Service
@Transactional(readOnly = true)
public class NotificationService {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;

    NotificationService(NotificationRepository notifications, ApplicationEventPublisher events) {
        this.notifications = notifications;
        this.events = events;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void notify(Member recipient, String title, String body, String link) {
        notifications.save(new Notification(recipient, title, body, link));
        events.publishEvent(new NotificationEvent(recipient.getId(), recipient.getEmail(), recipient.getFullName(),
                title, body, link));
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return CurrentUser.memberId().map(notifications::countByRecipientIdAndReadAtIsNull).orElse(0L);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Notification> latest(int max) {
        return CurrentUser.memberId()
                .map(id -> notifications.findByRecipientIdOrderByCreatedAtDesc(id, PageRequest.of(0, max)))
                .orElse(List.of());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markRead(Long notificationId) {
        Notification n = notifications.findById(notificationId).orElse(null);
        if (n == null) {
            return;
        }
        if (!CurrentUser.memberId().filter(id -> id.equals(n.getRecipient().getId())).isPresent()) {
            throw new AccessDeniedException("Not your notification");
        }
        n.markRead();
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markAllRead() {
        return CurrentUser.memberId().map(id -> notifications.markAllRead(id, Instant.now())).orElse(0);
    }
}
