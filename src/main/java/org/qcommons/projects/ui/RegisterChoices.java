package org.qcommons.projects.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.organisations.Region;
import org.qcommons.organisations.Stp;
import org.qcommons.projects.ProjectService;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.Topic;
import org.springframework.stereotype.Component;

/**
 * The register's facet choices (regions, STPs, topics, QI methods), one copy shared by every open register: they
 * are the same for everyone, and a copy per open UI cost each UI several kilobytes (ADR 073). The entities are only
 * read. Reloaded when a minute old, so a region, STP or method changed elsewhere appears within a minute; the topics
 * page drops the copy when it saves, so a topic an administrator adds or renames shows at once.
 */
@Component
class RegisterChoices {

    private static final Duration FRESH = Duration.ofMinutes(1);

    record Choices(List<Region> regions, List<Stp> stps, List<Topic> topics, List<QiMethod> methods, Instant loaded) {
    }

    private final OrganisationService organisations;
    private final ProjectService projects;
    private volatile Choices current;

    RegisterChoices(OrganisationService organisations, ProjectService projects) {
        this.organisations = organisations;
        this.projects = projects;
    }

    /** The next register to open loads the choices afresh. */
    void invalidate() {
        current = null;
    }

    Choices get() {
        Choices c = current;
        if (c == null || c.loaded().plus(FRESH).isBefore(Instant.now())) {
            c = new Choices(List.copyOf(organisations.regions()), List.copyOf(organisations.stps()),
                    List.copyOf(projects.topics()), List.copyOf(projects.methods()), Instant.now());
            current = c;
        }
        return c;
    }
}
