package org.qcommons.projects;

/**
 * Something the register shows has changed: a project, a member (a lead's name or consent), or reference data (a
 * region, STP, topic or QI method). {@link RegisterCaches} evicts on it; it is the one way the register's caches
 * learn of changes, so broadcasting it reaches every node.
 *
 * @param id the changed row's id, or null when any may have changed
 */
public record RegisterChanged(What what, Object id) {

    public enum What {
        PROJECT,
        MEMBER,
        REFERENCE
    }
}
