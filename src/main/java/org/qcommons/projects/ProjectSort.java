package org.qcommons.projects;

public enum ProjectSort {
    RELEVANCE("Relevance"),
    NEWEST("Newest"),
    TITLE("Title");

    private final String label;

    ProjectSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
