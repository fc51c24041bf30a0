package org.qcommons.projects;

import java.util.List;
import org.qcommons.organisations.OrganisationService;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;

/**
 * The register's reference data from the features that own it (organisations for regions and STPs, this feature
 * for topics and methods), cached once for everyone (decision 079).
 */
@Component
public class RegisterReference {

    private final OrganisationService organisations;
    private final TopicRepository topics;
    private final QiMethodRepository methods;

    RegisterReference(OrganisationService organisations, TopicRepository topics, QiMethodRepository methods) {
        this.organisations = organisations;
        this.topics = topics;
        this.methods = methods;
    }

    /** What the facets can be set to. Not kept when read inside a writing transaction, which may roll back. */
    @Cacheable(cacheNames = RegisterCaches.CHOICES, key = "'all'", unless = "@registerCaches.writing()")
    public RegisterChoices choices() {
        return new RegisterChoices(
                List.copyOf(organisations.regions()),
                List.copyOf(organisations.stps()),
                List.copyOf(topics.findAllByOrderByKindAscNameAsc()),
                List.copyOf(methods.findAllByOrderByNameAsc()));
    }
}
