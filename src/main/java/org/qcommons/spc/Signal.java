package org.qcommons.spc;

/** What a point says, read with the measure's direction of improvement. */
public enum Signal {
    NONE("Common cause"),
    IMPROVEMENT("Special cause: improvement"),
    CONCERN("Special cause: concern"),
    NEUTRAL("Special cause: neither improvement nor concern");

    private final String label;

    Signal(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
