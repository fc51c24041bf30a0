package org.qcommons.exchange;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Open expertise requests from the region's signatories, made since the last digest. */
@Component
class RequestsNearYou implements NearYouSource {

    private final JdbcTemplate jdbc;

    RequestsNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Long regionId, Instant since, LocalDate today) {
        return jdbc.query(
                """
                select r.id, r.title from expertise_request r join organisation o on o.id = r.requesting_org_id
                join stp s on s.id = o.stp_id
                where s.region_id = ? and r.status = 'OPEN' and r.created_at >= ?
                order by r.created_at desc limit 5""",
                (rs, i) -> new NearYouItem(
                        "Open expertise requests", rs.getString("title"), "exchange/requests/" + rs.getLong("id")),
                regionId,
                Timestamp.from(since));
    }
}
