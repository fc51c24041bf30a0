package org.qcommons.people;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.organisations.AreaMerged;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationMerged;
import org.qcommons.organisations.OrganisationUsage;
import org.qcommons.organisations.Stp;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Members move with their organisation when it merges, and with their area when it is retired. */
@Component
class MembersFollowOrganisations implements OrganisationUsage {

    @PersistenceContext
    private EntityManager em;

    private final ApplicationEventPublisher events;

    MembersFollowOrganisations(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public Optional<String> usesOrganisation(Long organisationId) {
        long n = em.createQuery("select count(m) from Member m where m.organisation.id = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
        return n == 0 ? Optional.empty() : Optional.of(OrganisationUsage.count(n, "member", "members"));
    }

    @Override
    public Optional<String> usesArea(Long stpId) {
        long n = em.createQuery("select count(m) from Member m where m.stp.id = :s", Long.class)
                .setParameter("s", stpId)
                .getSingleResult();
        return n == 0 ? Optional.empty() : Optional.of(OrganisationUsage.count(n, "member", "members"));
    }

    @EventListener
    void on(OrganisationMerged merged) {
        Organisation to = em.find(Organisation.class, merged.toId());
        List<Member> moving = em.createQuery("select m from Member m where m.organisation.id = :o", Member.class)
                .setParameter("o", merged.fromId())
                .getResultList();
        for (Member m : moving) {
            m.setOrganisation(to);
            m.setStp(to.getStp());
            events.publishEvent(new AccessChanged(m.getId(), "organisation merged"));
        }
    }

    @EventListener
    void on(AreaMerged merged) {
        Stp to = em.find(Stp.class, merged.toStpId());
        em.createQuery("select m from Member m where m.stp.id = :s", Member.class)
                .setParameter("s", merged.fromStpId())
                .getResultList()
                .forEach(m -> m.setStp(to));
    }
}
