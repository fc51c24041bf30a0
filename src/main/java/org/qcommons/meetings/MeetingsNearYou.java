package org.qcommons.meetings;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Meetings coming up and minutes just published by groups that members may read, for the digest. Groups have a
 * region but no topics or skills, so these reach the members of the region.
 */
@Component
class MeetingsNearYou implements NearYouSource {

    static final int AHEAD_DAYS = 14;
    private final JdbcTemplate jdbc;

    MeetingsNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Instant since, LocalDate today) {
        List<NearYouItem> items = new ArrayList<>(jdbc.query(
                """
                select m.id, m.title, g.name, g.region_id from mtg_meeting m join mtg_group g on g.id = m.group_id
                where g.region_id is not null and g.visibility in ('PUBLIC', 'MEMBERS') and m.cancelled_at is null
                  and m.starts_at >= ? and m.starts_at < ? order by m.starts_at limit\s""" + MAX_ITEMS,
                (rs, i) -> item("Meetings coming up", rs),
                today.atStartOfDay(),
                today.plusDays(AHEAD_DAYS).atStartOfDay()));
        items.addAll(jdbc.query("""
                select m.id, m.title, g.name, g.region_id from mtg_meeting m join mtg_group g on g.id = m.group_id
                where g.region_id is not null and g.visibility in ('PUBLIC', 'MEMBERS')
                  and m.status = 'MINUTES_PUBLISHED' and m.minutes_approved_at >= ?
                order by m.minutes_approved_at desc limit\s""" + MAX_ITEMS, (rs, i) -> item("Minutes just published", rs), Timestamp.from(since)));
        return items;
    }

    private static NearYouItem item(String section, java.sql.ResultSet rs) throws java.sql.SQLException {
        return new NearYouItem(
                section,
                rs.getString("name") + ": " + rs.getString("title"),
                "meetings/" + rs.getLong("id"),
                rs.getLong("region_id"),
                null,
                null,
                null);
    }
}
