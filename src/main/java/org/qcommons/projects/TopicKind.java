package org.qcommons.projects;

/** A topic is either a medical condition (sepsis, frailty) or an issue that cuts across conditions (patient flow). */
public enum TopicKind {
    CONDITION("Condition"),
    ISSUE("Issue");

    private final String label;

    TopicKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
