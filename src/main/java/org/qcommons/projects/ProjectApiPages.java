package org.qcommons.projects;

import java.util.List;
import java.util.Locale;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * Pages of the open-data API, kept for a short while in {@link RegisterCaches#API_PAGES} (decision 079). Responses
 * already tell every client and shared cache they may be reused for five minutes; this cache is emptied as soon as a
 * project, a member or a name changes.
 */
@Component
class ProjectApiPages {

    private final RegisterSearch register;

    ProjectApiPages(RegisterSearch register) {
        this.register = register;
    }

    @Cacheable(cacheNames = RegisterCaches.API_PAGES, unless = "@registerCaches.writing()")
    public ProjectApiController.ProjectPage page(RegisterQuery query, int page, int size) {
        RegisterResult results = register.publicPage(query, page * size, size);
        List<ProjectApiController.ProjectSummary> items = results.hits().stream()
                .map(h -> new ProjectApiController.ProjectSummary(
                        h.id(),
                        h.title(),
                        h.snippet().text(),
                        h.status().name().toLowerCase(Locale.ROOT),
                        h.startDate(),
                        h.regionName(),
                        h.stpName(),
                        h.leadName(),
                        h.topics(),
                        h.methods()))
                .toList();
        return new ProjectApiController.ProjectPage(page, size, results.total(), items);
    }
}
