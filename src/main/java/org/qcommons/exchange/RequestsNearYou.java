package org.qcommons.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Open expertise requests made since the last digest, with the requesting signatory's region, the skills they need
 * and the topics of the project they are for: every member may read an open request.
 */
@Component
class RequestsNearYou implements NearYouSource {

    private final JdbcTemplate jdbc;

    RequestsNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Instant since, LocalDate today) {
        return jdbc.query(
                """
                select r.id, r.title, s.region_id, r.created_by_id,
                       (select group_concat(rs.skill_id) from expertise_request_skill rs where rs.request_id = r.id)
                           skills,
                       (select group_concat(pt.topic_id) from project_topic pt where pt.project_id = r.project_id)
                           topics
                from expertise_request r join organisation o on o.id = r.requesting_org_id
                join stp s on s.id = o.stp_id
                where r.status = 'OPEN' and r.created_at >= ?
                order by r.created_at desc limit\s""" + MAX_ITEMS,
                (rs, i) -> new NearYouItem(
                        "Open expertise requests",
                        rs.getString("title"),
                        "exchange/requests/" + rs.getLong("id"),
                        rs.getLong("region_id"),
                        NearYouItem.ids(rs.getString("topics")),
                        NearYouItem.ids(rs.getString("skills")),
                        rs.getLong("created_by_id")),
                Timestamp.from(since));
    }
}
