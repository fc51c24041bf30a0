package org.qcommons.projects;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** New projects that members may read, with their region and topics, for the digest. */
@Component
class ProjectsNearYou implements NearYouSource {

    private final JdbcTemplate jdbc;

    ProjectsNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Instant since, LocalDate today) {
        return jdbc.query(
                """
                select p.id, p.title, p.region_id, p.lead_id, group_concat(pt.topic_id) topics
                from project p left join project_topic pt on pt.project_id = p.id
                where p.created_at >= ? and p.archived = false and p.withheld = false and p.visibility in ('PUBLIC', 'MEMBERS')
                group by p.id, p.title, p.region_id, p.lead_id, p.created_at
                order by p.created_at desc limit\s""" + MAX_ITEMS,
                (rs, i) -> new NearYouItem(
                        "New projects",
                        rs.getString("title"),
                        "projects/" + rs.getLong("id"),
                        rs.getLong("region_id"),
                        NearYouItem.ids(rs.getString("topics")),
                        null,
                        rs.getLong("lead_id")),
                Timestamp.from(since));
    }
}
