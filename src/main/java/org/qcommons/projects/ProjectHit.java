package org.qcommons.projects;

import java.time.LocalDate;
import java.util.List;

/** One search result as a list shows it. The snippet is safe HTML: escaped text with {@code <mark>} around matches. */
public record ProjectHit(Long id, String title, String snippetHtml, ProjectStatus status, String regionName,
                         String stpName, String leadName, List<String> topics, List<String> methods,
                         LocalDate startDate, Visibility visibility) {
}
