package org.qcommons.buddying;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.qcommons.people.MemberUsage;
import org.qcommons.people.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Buddy pairs, requests and check-ins follow a merged member; the kept record's own buddy offer wins. */
@Component
class BuddyingFollowsMembers implements MemberUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesMember(Long memberId) {
        long n = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM buddy_pair WHERE buddy_id = ? OR newcomer_id = ?")
                        .setParameter(1, memberId)
                        .setParameter(2, memberId)
                        .getSingleResult())
                .longValue();
        return n == 0 ? Optional.empty() : Optional.of(MemberUsage.count(n, "buddy pair", "buddy pairs"));
    }

    @EventListener
    void on(MembersMerged merged) {
        em.flush();
        update("UPDATE buddy_pair SET buddy_id = ? WHERE buddy_id = ?", merged);
        update("UPDATE buddy_pair SET newcomer_id = ? WHERE newcomer_id = ?", merged);
        update("UPDATE buddy_request SET member_id = ? WHERE member_id = ?", merged);
        update("UPDATE buddy_check_in SET author_id = ? WHERE author_id = ?", merged);
        update("UPDATE IGNORE buddy_feedback SET author_id = ? WHERE author_id = ?", merged);
        // One offer per member: the closed record's offer moves only if the kept one has none.
        update("UPDATE IGNORE buddy_offer SET member_id = ? WHERE member_id = ?", merged);
    }

    private void update(String sql, MembersMerged merged) {
        em.createNativeQuery(sql)
                .setParameter(1, merged.toId())
                .setParameter(2, merged.fromId())
                .executeUpdate();
    }
}
