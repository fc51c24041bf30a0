package org.qcommons.exchange;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.qcommons.people.MemberUsage;
import org.qcommons.people.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Exchanges and expressions of interest follow a merged member. The ledger is per organisation, not per member, so
 * nothing in it changes and it still sums to zero.
 */
@Component
class ExchangeFollowsMembers implements MemberUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesMember(Long memberId) {
        long n = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM concordat_exchange WHERE member_id = ?")
                        .setParameter(1, memberId)
                        .getSingleResult())
                .longValue();
        return n == 0 ? Optional.empty() : Optional.of(MemberUsage.count(n, "exchange", "exchanges"));
    }

    @EventListener
    void on(MembersMerged merged) {
        em.flush();
        // One exchange and one interest per request and member: IGNORE leaves the kept record's own row.
        update("UPDATE IGNORE concordat_exchange SET member_id = ? WHERE member_id = ?", merged);
        update("UPDATE concordat_exchange SET invited_by_id = ? WHERE invited_by_id = ?", merged);
        update("UPDATE IGNORE expertise_interest SET member_id = ? WHERE member_id = ?", merged);
        em.createNativeQuery("DELETE FROM expertise_interest WHERE member_id = ?")
                .setParameter(1, merged.fromId())
                .executeUpdate();
        update("UPDATE expertise_request SET created_by_id = ? WHERE created_by_id = ?", merged);
    }

    private void update(String sql, MembersMerged merged) {
        em.createNativeQuery(sql)
                .setParameter(1, merged.toId())
                .setParameter(2, merged.fromId())
                .executeUpdate();
    }
}
