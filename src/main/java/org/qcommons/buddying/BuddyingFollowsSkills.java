package org.qcommons.buddying;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillMerged;
import org.qcommons.skills.SkillUsage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Buddy offers and requests follow a merged skill to its successor, inside the merging transaction. */
@Component
class BuddyingFollowsSkills implements SkillUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesSkill(Long skillId) {
        long offers = count("select count(o) from BuddyOffer o join o.skills s where s.id = :s", skillId);
        long requests = count("select count(r) from BuddyRequest r join r.skills s where s.id = :s", skillId);
        List<String> uses = new ArrayList<>();
        if (offers > 0) {
            uses.add(SkillUsage.count(offers, "buddy offer", "buddy offers"));
        }
        if (requests > 0) {
            uses.add(SkillUsage.count(requests, "buddy request", "buddy requests"));
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uses));
    }

    @EventListener
    void on(SkillMerged merged) {
        Skill from = em.find(Skill.class, merged.fromSkillId());
        Skill to = em.find(Skill.class, merged.toSkillId());
        em.createQuery("select o from BuddyOffer o join o.skills s where s.id = :s", BuddyOffer.class)
                .setParameter("s", merged.fromSkillId())
                .getResultList()
                .forEach(o -> swap(o.getSkills(), from, to));
        em.createQuery("select r from BuddyRequest r join r.skills s where s.id = :s", BuddyRequest.class)
                .setParameter("s", merged.fromSkillId())
                .getResultList()
                .forEach(r -> swap(r.getSkills(), from, to));
        em.flush();
    }

    private static void swap(Set<Skill> skills, Skill from, Skill to) {
        skills.remove(from);
        skills.add(to);
    }

    private long count(String jpql, Long skillId) {
        return em.createQuery(jpql, Long.class).setParameter("s", skillId).getSingleResult();
    }
}
