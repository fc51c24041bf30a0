package org.qcommons.spc;

/** The Making Data Count variation icon, taken from the latest point. */
public enum VariationIcon {
    NO_DATA("No data yet"),
    COMMON_CAUSE("Common cause variation"),
    IMPROVEMENT("Special cause variation: improvement"),
    CONCERN("Special cause variation: concern");

    private final String label;

    VariationIcon(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
