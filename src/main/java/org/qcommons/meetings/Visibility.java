package org.qcommons.meetings;

/** Who may read a group's published material. Drafts are never shown beyond the seat holders. */
public enum Visibility {
    PUBLIC("Public: anyone can read published agendas, minutes and decisions"),
    MEMBERS("Members only"),
    PRIVATE("Private: seat holders only");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
