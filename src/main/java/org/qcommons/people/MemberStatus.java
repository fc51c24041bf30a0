package org.qcommons.people;

public enum MemberStatus {
    /** Registered, awaiting an ADMIN's approval; cannot sign in. */
    PENDING,
    ACTIVE,
    REJECTED,
    DEACTIVATED
}
