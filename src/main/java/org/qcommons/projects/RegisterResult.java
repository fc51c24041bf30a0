package org.qcommons.projects;

import java.util.List;
import java.util.Optional;

/**
 * What one register search gives: a page of hits, how many there are in all, the counts per facet value, and, when a
 * typed word is in no project, a spelling that finds something with the same facets ("did you mean"). Pages without
 * counts ({@code RegisterSearch.page}) have no facets (null) and no suggestion.
 */
public record RegisterResult(List<ProjectHit> hits, long total, ProjectFacets facets, Optional<String> suggestion) {}
