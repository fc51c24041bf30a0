package org.qcommons.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.search.mapper.orm.Search;
import org.qcommons.organisations.AreaMerged;
import org.qcommons.organisations.AreaRenamed;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationMerged;
import org.qcommons.organisations.OrganisationUsage;
import org.qcommons.organisations.Stp;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Projects follow a merged partner organisation and a retired area. Entities are changed one by one, not by a bulk
 * update, so that Hibernate Search re-indexes each project.
 */
@Component
class ProjectsFollowOrganisations implements OrganisationUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesOrganisation(Long organisationId) {
        long n = em.createQuery("select count(distinct p) from Project p join p.partners o where o.id = :o", Long.class)
                .setParameter("o", organisationId)
                .getSingleResult();
        return n == 0 ? Optional.empty() : Optional.of(OrganisationUsage.count(n, "project", "projects"));
    }

    @Override
    public Optional<String> usesArea(Long stpId) {
        long n = em.createQuery("select count(p) from Project p where p.stp.id = :s", Long.class)
                .setParameter("s", stpId)
                .getSingleResult();
        return n == 0 ? Optional.empty() : Optional.of(OrganisationUsage.count(n, "project", "projects"));
    }

    @EventListener
    void on(OrganisationMerged merged) {
        Organisation from = em.find(Organisation.class, merged.fromId());
        Organisation to = em.find(Organisation.class, merged.toId());
        em.createQuery("select distinct p from Project p join p.partners o where o.id = :o", Project.class)
                .setParameter("o", merged.fromId())
                .getResultList()
                .forEach(p -> {
                    p.getPartners().remove(from);
                    p.getPartners().add(to);
                });
    }

    @EventListener
    void on(AreaMerged merged) {
        Stp to = em.find(Stp.class, merged.toStpId());
        em.createQuery("select p from Project p where p.stp.id = :s", Project.class)
                .setParameter("s", merged.fromStpId())
                .getResultList()
                .forEach(p -> {
                    p.setStp(to);
                    p.setRegion(to.getRegion());
                });
    }

    /** The register finds projects by their area's names, old and new: re-index the area's projects. */
    @EventListener
    void on(AreaRenamed renamed) {
        em.flush();
        var plan = Search.session(em).indexingPlan();
        em.createQuery("select p from Project p where p.region.id = :r or p.stp.id = :s", Project.class)
                .setParameter("r", renamed.regionId() == null ? -1L : renamed.regionId())
                .setParameter("s", renamed.stpId() == null ? -1L : renamed.stpId())
                .getResultList()
                .forEach(plan::addOrUpdate);
    }
}
