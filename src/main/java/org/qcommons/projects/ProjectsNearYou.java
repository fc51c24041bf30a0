package org.qcommons.projects;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** New public projects in the region, for the digest. */
@Component
class ProjectsNearYou implements NearYouSource {

    static final int MAX = 5;
    private final JdbcTemplate jdbc;

    ProjectsNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Long regionId, Instant since, LocalDate today) {
        return jdbc.query(
                "select id, title from project where region_id = ? and created_at >= ? and archived = false and withheld = false"
                        + " and visibility = 'PUBLIC' order by created_at desc limit " + MAX,
                (rs, i) -> new NearYouItem("New projects", rs.getString("title"), "projects/" + rs.getLong("id")),
                regionId,
                Timestamp.from(since));
    }
}
