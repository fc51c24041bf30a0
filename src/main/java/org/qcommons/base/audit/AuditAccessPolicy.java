package org.qcommons.base.audit;

import java.util.Map;

/**
 * A feature says which of its audited records non-administrators may read the history of. ADMINs may read every
 * history; without a policy that says yes, nobody else may. Runs inside AuditService's transaction.
 */
public interface AuditAccessPolicy {

    /** The feature's audited types by a short, URL-safe name such as "project" or "agenda-item". */
    Map<String, Class<?>> auditedTypes();

    /** Whether the signed-in (non-admin) user may read the history of this record. */
    boolean maySeeHistory(Class<?> type, Long id);
}
