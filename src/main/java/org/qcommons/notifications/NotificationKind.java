package org.qcommons.notifications;

/**
 * The kinds of notification a member chooses a channel for, each with the default a busy clinician would pick:
 * what needs them soon comes at once by email; discussion and news about projects wait for the daily digest.
 */
public enum NotificationKind {
    MEETING_INVITATIONS("Meeting invitations and changes", NotificationChannel.EMAIL),
    REMINDERS("Reminders: meetings, actions and reviews due", NotificationChannel.EMAIL),
    MEETINGS("Minutes and actions in your groups", NotificationChannel.EMAIL),
    DISCUSSION("Mentions in group discussions", NotificationChannel.APP),
    EXCHANGES("Concordat exchanges and expertise requests", NotificationChannel.EMAIL),
    BUDDYING("Buddying", NotificationChannel.EMAIL),
    PROJECTS("Messages about your projects", NotificationChannel.EMAIL),
    GENERAL("Everything else", NotificationChannel.EMAIL),
    /** The digest itself, with "what's new near you": its channel is the period, daily or weekly, or none. */
    DIGEST("The digest: what's new near you", NotificationChannel.WEEKLY);

    private final String label;
    private final NotificationChannel defaultChannel;

    NotificationKind(String label, NotificationChannel defaultChannel) {
        this.label = label;
        this.defaultChannel = defaultChannel;
    }

    public String label() {
        return label;
    }

    public NotificationChannel defaultChannel() {
        return defaultChannel;
    }

    /**
     * The kind of a notification from the feature its link points into, so that features notify as before and
     * members still choose per kind.
     */
    static NotificationKind forLink(String link) {
        if (link == null) {
            return GENERAL;
        }
        if (link.startsWith("groups/") && link.contains("tab=discussion")) {
            return DISCUSSION;
        }
        if (link.startsWith("meetings/") || link.startsWith("groups/")) {
            return MEETINGS;
        }
        if (link.startsWith("exchange/") || link.startsWith("concordat")) {
            return EXCHANGES;
        }
        if (link.startsWith("buddying")) {
            return BUDDYING;
        }
        if (link.startsWith("projects")) {
            return PROJECTS;
        }
        return GENERAL;
    }
}
