package org.qcommons.projects;

import java.util.Map;
import org.qcommons.spc.Signal;

/**
 * Counts per facet value for a search. Each facet is counted with every other filter applied but not its own,
 * so the user sees what choosing another value of the same facet would give.
 */
public record ProjectFacets(long total, Map<RegisterFacet, Map<Object, Long>> counts) {

    public ProjectFacets {
        counts = Map.copyOf(counts);
    }

    /** The count of each value of the facet that some project has; empty for a facet this user may not use. */
    @SuppressWarnings("unchecked")
    public <K> Map<K, Long> of(RegisterFacet facet) {
        return (Map<K, Long>) counts.getOrDefault(facet, Map.of());
    }

    public Map<Long, Long> regions() {
        return of(RegisterFacet.REGION);
    }

    public Map<Long, Long> stps() {
        return of(RegisterFacet.STP);
    }

    public Map<Long, Long> conditions() {
        return of(RegisterFacet.CONDITION);
    }

    public Map<Long, Long> issues() {
        return of(RegisterFacet.ISSUE);
    }

    public Map<ProjectStatus, Long> statuses() {
        return of(RegisterFacet.STATUS);
    }

    public Map<Long, Long> methods() {
        return of(RegisterFacet.METHOD);
    }

    public Map<Integer, Long> startYears() {
        return of(RegisterFacet.YEAR);
    }

    public Map<Signal, Long> signals() {
        return of(RegisterFacet.SIGNAL);
    }
}
