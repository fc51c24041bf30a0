package org.qcommons.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillMerged;
import org.qcommons.skills.SkillUsage;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Expertise requests follow a merged skill to its successor, inside the merging transaction. */
@Component
class RequestsFollowSkills implements SkillUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesSkill(Long skillId) {
        long n = em.createQuery(
                        "select count(distinct rs.request) from RequestSkill rs where rs.skill.id = :s", Long.class)
                .setParameter("s", skillId)
                .getSingleResult();
        return n == 0 ? Optional.empty() : Optional.of(SkillUsage.count(n, "expertise request", "expertise requests"));
    }

    /** A request that asked for both skills keeps one line, with the higher minimum level. */
    @EventListener
    void on(SkillMerged merged) {
        Skill to = em.find(Skill.class, merged.toSkillId());
        em.createQuery(
                        "select distinct r from ExpertiseRequest r join r.skills rs where rs.skill.id = :s",
                        ExpertiseRequest.class)
                .setParameter("s", merged.fromSkillId())
                .getResultList()
                .forEach(request -> {
                    RequestSkill old = request.getSkills().stream()
                            .filter(rs -> rs.getSkill().getId().equals(merged.fromSkillId()))
                            .findFirst()
                            .orElseThrow();
                    Optional<RequestSkill> both = request.getSkills().stream()
                            .filter(rs -> rs.getSkill().equals(to))
                            .findFirst();
                    if (both.isEmpty()) {
                        old.moveTo(to);
                    } else {
                        both.get().raiseTo(old.getMinLevel());
                        request.getSkills().remove(old);
                    }
                });
        em.flush();
    }
}
