package org.qcommons.buddying;

/** How a pair meets. */
public enum BuddyMode {
    IN_PERSON("In person", "in person"),
    VIDEO("Video call", "by video call"),
    PHONE("Phone", "by phone");

    private final String label;
    private final String phrase;

    BuddyMode(String label, String phrase) {
        this.label = label;
        this.phrase = phrase;
    }

    /** Reads after "meet": "meet in person", "meet by phone". */
    public String phrase() {
        return phrase;
    }

    public String label() {
        return label;
    }
}
