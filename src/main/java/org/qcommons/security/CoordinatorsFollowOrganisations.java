package org.qcommons.security;

import org.qcommons.base.security.AccessChanged;
import org.qcommons.organisations.OrganisationMerged;
import org.qcommons.organisations.OrganisationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A merged organisation's coordinators coordinate for its successor, in the merging transaction. */
@Component
class CoordinatorsFollowOrganisations {

    private final UserAccountRepository accounts;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;

    CoordinatorsFollowOrganisations(
            UserAccountRepository accounts, OrganisationService organisations, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.events = events;
    }

    @EventListener
    void on(OrganisationMerged merged) {
        var to = organisations.organisation(merged.toId()).orElseThrow();
        for (UserAccount a : accounts.findByCoordinatorFor(merged.fromId())) {
            a.setCoordinatorFor(to);
            events.publishEvent(new AccessChanged(a.getMember().getId(), "organisation merged"));
        }
    }
}
