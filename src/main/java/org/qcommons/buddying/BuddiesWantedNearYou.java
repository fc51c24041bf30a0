package org.qcommons.buddying;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Newcomers waiting for a buddy, with their region and the skills they want to learn: never who they are or their
 * goals, only the skills, and the line links to the page where one offers to be a buddy.
 */
@Component
class BuddiesWantedNearYou implements NearYouSource {

    private final JdbcTemplate jdbc;

    BuddiesWantedNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Instant since, LocalDate today) {
        return jdbc.query(
                """
                select r.member_id, s.region_id,
                       group_concat(k.id order by k.name) skills,
                       group_concat(k.name order by k.name separator ', ') names
                from buddy_request r join member m on m.id = r.member_id
                left join stp s on s.id = m.stp_id
                left join buddy_request_skill rs on rs.request_id = r.id
                left join skill k on k.id = rs.skill_id
                where r.status = 'WAITING'
                group by r.id, r.member_id, s.region_id, r.created_at
                order by r.created_at desc limit\s""" + MAX_ITEMS,
                (rs, i) -> new NearYouItem(
                        "Buddies wanted",
                        rs.getString("names") == null
                                ? "A newcomer is waiting for a buddy: offer to be one"
                                : "A newcomer is waiting for a buddy who knows " + rs.getString("names"),
                        "buddying/offer",
                        (Long) rs.getObject("region_id", Long.class),
                        null,
                        NearYouItem.ids(rs.getString("skills")),
                        rs.getLong("member_id")),
                new Object[0]);
    }
}
