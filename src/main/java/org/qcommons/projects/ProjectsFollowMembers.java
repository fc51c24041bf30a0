package org.qcommons.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qcommons.people.Member;
import org.qcommons.people.MemberUsage;
import org.qcommons.people.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Projects follow a merged member: the projects they lead change lead entity by entity, so that Hibernate Search
 * re-indexes them; team places move unless the kept record is already on that team.
 */
@Component
class ProjectsFollowMembers implements MemberUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesMember(Long memberId) {
        long led = em.createQuery("select count(p) from Project p where p.lead.id = :m", Long.class)
                .setParameter("m", memberId)
                .getSingleResult();
        long team = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM project_team WHERE member_id = ?")
                        .setParameter(1, memberId)
                        .getSingleResult())
                .longValue();
        List<String> uses = new ArrayList<>();
        if (led > 0) {
            uses.add(MemberUsage.count(led, "project led", "projects led"));
        }
        if (team > 0) {
            uses.add(MemberUsage.count(team, "project team place", "project team places"));
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uses));
    }

    @EventListener
    void on(MembersMerged merged) {
        Member to = em.find(Member.class, merged.toId());
        em.createQuery("select p from Project p where p.lead.id = :m", Project.class)
                .setParameter("m", merged.fromId())
                .getResultList()
                .forEach(p -> p.setLead(to));
        em.flush();
        // IGNORE skips the rows where the kept record is already on the team; what is left is a duplicate place.
        em.createNativeQuery("UPDATE IGNORE project_team SET member_id = ? WHERE member_id = ?")
                .setParameter(1, merged.toId())
                .setParameter(2, merged.fromId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM project_team WHERE member_id = ?")
                .setParameter(1, merged.fromId())
                .executeUpdate();
    }
}
