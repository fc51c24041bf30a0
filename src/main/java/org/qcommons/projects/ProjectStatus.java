package org.qcommons.projects;

public enum ProjectStatus {
    IDEA("Idea"),
    PLANNING("Planning"),
    ACTIVE("Active"),
    SUSTAINING("Sustaining"),
    COMPLETED("Completed"),
    STOPPED("Stopped");

    private final String label;

    ProjectStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
