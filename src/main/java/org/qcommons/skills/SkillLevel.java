package org.qcommons.skills;

/** Ordered from least to most experienced, so ordinal comparisons mean "at least this level". */
public enum SkillLevel {
    LEARNING("Learning"),
    PRACTITIONER("Practitioner"),
    EXPERIENCED("Experienced"),
    CAN_TEACH("Can teach");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean atLeast(SkillLevel other) {
        return compareTo(other) >= 0;
    }
}
