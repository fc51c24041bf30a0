package org.qcommons.projects;

import java.util.List;

/** One page of search results and how many there are in all. */
public record ProjectResults(List<ProjectHit> items, long total) {
}
