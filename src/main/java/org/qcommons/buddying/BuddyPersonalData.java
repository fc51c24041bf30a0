package org.qcommons.buddying;

import static org.qcommons.base.personaldata.PersonalDataContributor.entry;

import org.qcommons.base.personaldata.PersonalDataContributor;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A member's buddy offer, their requests for a buddy, their pairs (either side), check-ins and feedback they
 * wrote. Erasure removes the offer, withdraws open requests and blanks their goals, ends open pairs, and blanks
 * the member's own check-in notes and feedback comments; ratings and dates stay for the programme's figures.
 */
@Component
@Order(100)
class BuddyPersonalData implements PersonalDataContributor {

    private final JdbcTemplate jdbc;

    BuddyPersonalData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "buddying";
    }

    @Override
    public Object export(Long memberId) {
        return entry(
                "offer", jdbc.queryForList("""
                        select o.capacity, o.note, o.active, cast(o.created_at as char) created_at,
                               (select group_concat(s.name order by s.name separator ', ') from buddy_offer_skill os
                                join skill s on s.id = os.skill_id where os.offer_id = o.id) skills
                        from buddy_offer o where o.member_id = ?""", memberId),
                "requests", jdbc.queryForList("""
                        select r.id, r.goals, r.same_profession, r.same_stp, r.preferred_mode, r.status,
                               cast(r.created_at as char) created_at
                        from buddy_request r where r.member_id = ? order by r.id""", memberId),
                "pairs", jdbc.queryForList("""
                        select p.id, case when p.buddy_id = ? then 'Buddy' else 'Newcomer' end your_part,
                               m.full_name other_person, p.status, cast(p.proposed_at as char) proposed_at,
                               cast(p.activated_on as char) activated_on, cast(p.closed_at as char) closed_at,
                               p.decline_reason
                        from buddy_pair p join member m on m.id = case when p.buddy_id = ? then p.newcomer_id else p.buddy_id end
                        where p.buddy_id = ? or p.newcomer_id = ? order by p.id""", memberId, memberId, memberId, memberId),
                "checkIns", jdbc.queryForList("""
                        select c.pair_id, cast(c.held_on as char) held_on, c.mode, c.note
                        from buddy_check_in c where c.author_id = ? order by c.id""", memberId),
                "feedback", jdbc.queryForList("""
                        select f.pair_id, f.rating, f.comment, cast(f.created_at as char) created_at
                        from buddy_feedback f where f.author_id = ? order by f.id""", memberId));
    }

    @Override
    public void erase(Long memberId) {
        jdbc.update(
                "delete from buddy_offer_mode where offer_id in (select id from buddy_offer where member_id = ?)",
                memberId);
        jdbc.update("delete from buddy_offer where member_id = ?", memberId);
        jdbc.update(
                "update buddy_request set goals = '', status = case when status in ('WAITING', 'PROPOSED', 'MATCHED') "
                        + "then 'WITHDRAWN' else status end, version = version + 1 where member_id = ?",
                memberId);
        jdbc.update(
                "update buddy_pair set status = 'CLOSED', closed_at = coalesce(closed_at, current_timestamp(6)), "
                        + "decline_reason = null, version = version + 1 "
                        + "where (buddy_id = ? or newcomer_id = ?) and status in ('PROPOSED', 'ACTIVE', 'PAUSED')",
                memberId,
                memberId);
        jdbc.update("update buddy_check_in set note = null where author_id = ?", memberId);
        jdbc.update("update buddy_feedback set comment = null where author_id = ?", memberId);
    }
}
