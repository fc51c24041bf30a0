package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.qcommons.people.MemberUsage;
import org.qcommons.people.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seats, posts and actions follow a merged member. Where the kept record already holds a seat in the same group, the
 * duplicate seat is vacated (not deleted), so its attendance history stays.
 */
@Component
class MeetingsFollowMembers implements MemberUsage {

    @PersistenceContext
    private EntityManager em;

    @Override
    public Optional<String> usesMember(Long memberId) {
        long seats = count("SELECT COUNT(*) FROM mtg_seat WHERE member_id = ?", memberId);
        long posts = count("SELECT COUNT(*) FROM mtg_post WHERE author_id = ?", memberId);
        long actions = count("SELECT COUNT(*) FROM mtg_action WHERE owner_id = ?", memberId);
        List<String> uses = new ArrayList<>();
        if (seats > 0) {
            uses.add(MemberUsage.count(seats, "seat", "seats"));
        }
        if (posts > 0) {
            uses.add(MemberUsage.count(posts, "post", "posts"));
        }
        if (actions > 0) {
            uses.add(MemberUsage.count(actions, "action", "actions"));
        }
        return uses.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", uses));
    }

    @EventListener
    void on(MembersMerged merged) {
        em.flush();
        update(
                "UPDATE mtg_seat SET member_id = NULL, convenor = FALSE WHERE member_id = ? AND group_id IN "
                        + "(SELECT group_id FROM (SELECT group_id FROM mtg_seat WHERE member_id = ?) held)",
                merged.fromId(),
                merged.toId());
        update("UPDATE mtg_seat SET member_id = ? WHERE member_id = ?", merged.toId(), merged.fromId());
        update("UPDATE mtg_post SET author_id = ? WHERE author_id = ?", merged.toId(), merged.fromId());
        update("UPDATE mtg_action SET owner_id = ? WHERE owner_id = ?", merged.toId(), merged.fromId());
    }

    private void update(String sql, Long a, Long b) {
        em.createNativeQuery(sql).setParameter(1, a).setParameter(2, b).executeUpdate();
    }

    private long count(String sql, Long memberId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, memberId).getSingleResult()).longValue();
    }
}
