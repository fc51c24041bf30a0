package org.qcommons.notifications;

/** How a member hears of one kind of notification. */
public enum NotificationChannel {
    APP("In the app only", true, false),
    EMAIL("An email at once", true, true),
    DAILY("The daily digest", true, false),
    WEEKLY("The weekly digest", true, false),
    OFF("Off", false, false);

    private final String label;
    private final boolean inApp;
    private final boolean email;

    NotificationChannel(String label, boolean inApp, boolean email) {
        this.label = label;
        this.inApp = inApp;
        this.email = email;
    }

    public String label() {
        return label;
    }

    public boolean inApp() {
        return inApp;
    }

    public boolean email() {
        return email;
    }
}
