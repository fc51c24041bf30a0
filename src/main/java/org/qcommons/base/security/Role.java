package org.qcommons.base.security;

public enum Role {
    MEMBER("Member"),
    ORG_COORDINATOR("Organisation coordinator"),
    CONVENOR("Convenor"),
    ADMIN("Administrator");

    /** Constants for annotations, which need compile-time strings. */
    public static final String MEMBER_ROLE = "MEMBER";

    public static final String COORDINATOR_ROLE = "ORG_COORDINATOR";
    public static final String CONVENOR_ROLE = "CONVENOR";
    public static final String ADMIN_ROLE = "ADMIN";

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
