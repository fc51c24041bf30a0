package org.qcommons.notifications;

/** Where an email stands: not yet tried, delivered, or last tried without success (it will be tried again). */
public enum MailStatus {
    PENDING("Pending"),
    SENT("Sent"),
    FAILED("Failed");

    private final String label;

    MailStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
