package org.qcommons.skills;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.qcommons.people.MemberUsage;
import org.qcommons.people.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A merged member's skills move to the kept record, unless it already records the same skill. */
@Component
class SkillsFollowMembers implements MemberUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesMember(Long memberId) {
        long n = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM member_skill WHERE member_id = ?")
                        .setParameter(1, memberId)
                        .getSingleResult())
                .longValue();
        return n == 0 ? Optional.empty() : Optional.of(MemberUsage.count(n, "skill", "skills"));
    }

    @EventListener
    void on(MembersMerged merged) {
        em.flush();
        em.createNativeQuery("UPDATE IGNORE member_skill SET member_id = ? WHERE member_id = ?")
                .setParameter(1, merged.toId())
                .setParameter(2, merged.fromId())
                .executeUpdate();
        em.createNativeQuery("DELETE FROM member_skill WHERE member_id = ?")
                .setParameter(1, merged.fromId())
                .executeUpdate();
    }
}
