package org.qcommons.skills;

public enum SkillGroup {
    QI_METHODS("QI methods"),
    PEOPLE("People"),
    DATA("Data"),
    PROGRAMME("Programme");

    private final String label;

    SkillGroup(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
