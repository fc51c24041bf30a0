package org.qcommons.projects;

import java.util.Map;
import org.qcommons.spc.Signal;

/**
 * Counts per facet value for a search. Each facet is counted with every other filter applied but not its own,
 * so the user sees what choosing another value of the same facet would give.
 */
public record ProjectFacets(long total, Map<Long, Long> regions, Map<Long, Long> stps, Map<Long, Long> conditions,
                            Map<Long, Long> issues, Map<ProjectStatus, Long> statuses, Map<Long, Long> methods,
                            Map<Integer, Long> startYears, Map<Signal, Long> signals) {
}
