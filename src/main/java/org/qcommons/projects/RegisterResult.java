package org.qcommons.projects;

import java.util.List;
import java.util.Optional;

/**
 * What one register search gives: a page of hits, how many there are in all, the counts per facet value, and a
 * spelling that would find something when nothing was found ("did you mean"), counted with the same facets.
 */
public record RegisterResult(List<ProjectHit> hits, long total, ProjectFacets facets, Optional<String> suggestion) {
}
