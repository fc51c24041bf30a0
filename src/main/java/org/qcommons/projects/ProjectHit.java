package org.qcommons.projects;

import java.time.LocalDate;
import java.util.List;

/** One search result as a list shows it. The snippet is text with the matches marked, never HTML. */
public record ProjectHit(
        Long id,
        String title,
        Snippet snippet,
        ProjectStatus status,
        String regionName,
        String stpName,
        String leadName,
        List<String> topics,
        List<String> methods,
        LocalDate startDate,
        Visibility visibility) {}
