package org.qcommons.governance;

public enum ConcernSubject {
    DISCUSSION_POST("A discussion post"),
    PROJECT("A project entry"),
    CONDUCT("A person's conduct");

    private final String label;

    ConcernSubject(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
