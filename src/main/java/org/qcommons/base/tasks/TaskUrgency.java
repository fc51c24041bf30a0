package org.qcommons.base.tasks;

/** How soon a task needs its member, most urgent first, which is the home page's order. */
public enum TaskUrgency {
    OVERDUE("Overdue"),
    SOON("Needs you soon"),
    LATER("Coming up");

    private final String label;

    TaskUrgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
