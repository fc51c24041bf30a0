package org.qcommons.notifications;

import java.time.Clock;
import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people that something needs them: an in-app notification (the bell) and an email. Any feature calls
 * {@link #notify}. The email is recorded in the caller's transaction and sent through the outbox after it commits
 * (decision 077), so a rolled-back step sends nothing and a mail outage loses nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NotificationService {

    static final String SUBJECT_PREFIX = "Q Commons: ";

    private final NotificationRepository notifications;
    private final SentMailRepository mails;
    private final ApplicationEventPublisher events;
    private final NotificationBroadcaster broadcaster;
    private final NotificationPreferences preferences;
    private final Clock clock;

    NotificationService(
            NotificationRepository notifications,
            SentMailRepository mails,
            ApplicationEventPublisher events,
            NotificationBroadcaster broadcaster,
            NotificationPreferences preferences,
            Clock clock) {
        this.notifications = notifications;
        this.mails = mails;
        this.events = events;
        this.broadcaster = broadcaster;
        this.preferences = preferences;
        this.clock = clock;
    }

    /** The kind follows from the link's feature (see {@link NotificationKind#forLink}). */
    @Transactional
    public void notify(Member recipient, String title, String body, String link) {
        notify(recipient, NotificationKind.forLink(link), title, body, link, null);
    }

    /**
     * As {@link #notify(Member, String, String, String)}, for a text that names another member ({@code about}): if
     * that member's data is erased, their name and email in this notification become "Former member".
     */
    @Transactional
    public void notify(Member recipient, String title, String body, String link, Member about) {
        deliver(
                recipient,
                NotificationKind.forLink(link),
                title,
                body,
                link,
                null,
                about == null ? null : about.getId());
    }

    /**
     * Notifies by the channel the recipient chose for this kind: nothing when it is off, the bell only, or the bell
     * and an email. {@code calendar} is an iCalendar invitation to attach, or null.
     */
    @Transactional
    public void notify(
            Member recipient, NotificationKind kind, String title, String body, String link, String calendar) {
        deliver(recipient, kind, title, body, link, calendar, null);
    }

    private void deliver(
            Member recipient,
            NotificationKind kind,
            String title,
            String body,
            String link,
            String calendar,
            Long aboutMemberId) {
        NotificationChannel channel = preferences.channelOf(recipient.getId(), kind);
        if (!channel.inApp()) {
            return;
        }
        var now = clock.instant();
        Notification notification =
                notifications.save(new Notification(recipient, kind, title, body, link, now, aboutMemberId));
        if (channel.email()) {
            SentMail mail = mails.save(new SentMail(notification, recipient.getEmail(), SUBJECT_PREFIX + title, now)
                    .withCalendar(calendar));
            // Stored in the event publication registry within this transaction: the outbox.
            events.publishEvent(new MailQueued(mail.getId()));
        }
        // The bell is a nudge to open pages, worth nothing after a restart: it stays out of the outbox.
        Long recipientId = recipient.getId();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                broadcaster.broadcast(recipientId);
            }
        });
    }

    /**
     * A plain email to an address that may have no member yet (a password reset, an answer to a registration),
     * through the same outbox. No bell, no notification row; the text is forgotten once the mail is sent.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void sendSystemMail(String address, String subject, String body) {
        SentMail mail = mails.save(SentMail.system(address, SUBJECT_PREFIX + subject, body, clock.instant()));
        events.publishEvent(new MailQueued(mail.getId()));
    }

    public long unreadCount() {
        return CurrentUser.memberId()
                .map(notifications::countByRecipientIdAndReadAtIsNull)
                .orElse(0L);
    }

    public List<Notification> latest(int max) {
        return CurrentUser.memberId()
                .map(id -> notifications.findByRecipientIdOrderByCreatedAtDesc(id, PageRequest.of(0, max)))
                .orElse(List.of());
    }

    /** The notification centre's page: newest first, optionally unread only and of one kind. */
    public List<Notification> history(boolean unreadOnly, NotificationKind kind, int offset, int limit) {
        return CurrentUser.memberId()
                .map(id -> notifications.findHistory(
                        id, unreadOnly, kind, PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit))))
                .orElse(List.of());
    }

    public long countHistory(boolean unreadOnly, NotificationKind kind) {
        return CurrentUser.memberId()
                .map(id -> notifications.countHistory(id, unreadOnly, kind))
                .orElse(0L);
    }

    @Transactional
    public void markRead(Long notificationId) {
        Notification n = notifications.findById(notificationId).orElse(null);
        if (n == null) {
            return;
        }
        if (!CurrentUser.memberId()
                .filter(id -> id.equals(n.getRecipient().getId()))
                .isPresent()) {
            throw new AccessDeniedException("Not your notification");
        }
        n.markRead(clock.instant());
    }

    @Transactional
    public int markAllRead() {
        return CurrentUser.memberId()
                .map(id -> notifications.markAllRead(id, clock.instant()))
                .orElse(0);
    }
}
