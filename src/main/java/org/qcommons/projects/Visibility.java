package org.qcommons.projects;

public enum Visibility {
    /** Anyone, including anonymous visitors and the open-data API. */
    PUBLIC("Public"),
    /** Signed-in members only. */
    MEMBERS("Members only");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
