package org.qcommons.meetings;

public enum GroupKind {
    REGIONAL_STEWARDSHIP("Regional stewardship group"),
    UK_WIDE("UK-wide group"),
    PROJECT_TEAM("Project team"),
    LOCAL_NETWORK("Local network");

    private final String label;

    GroupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
