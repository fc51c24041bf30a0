package org.qcommons.people;

public enum MemberStatus {
    /** Asked to join but has not yet opened the link sent to the address; not shown to ADMINs, cannot sign in. */
    UNVERIFIED,
    /** Registered, awaiting an ADMIN's approval; cannot sign in. */
    PENDING,
    ACTIVE,
    REJECTED,
    DEACTIVATED
}
