package org.qcommons.buddying;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.digest.NearYouItem;
import org.qcommons.base.digest.NearYouSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** How many newcomers in the region wait for a buddy: a count, never who they are. */
@Component
class BuddiesWantedNearYou implements NearYouSource {

    private final JdbcTemplate jdbc;

    BuddiesWantedNearYou(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<NearYouItem> nearYou(Long regionId, Instant since, LocalDate today) {
        Integer waiting = jdbc.queryForObject("""
                select count(*) from buddy_request r join member m on m.id = r.member_id join stp s on s.id = m.stp_id
                where s.region_id = ? and r.status = 'WAITING'""", Integer.class, regionId);
        if (waiting == null || waiting == 0) {
            return List.of();
        }
        return List.of(new NearYouItem(
                "Buddies wanted",
                (waiting == 1 ? "1 newcomer is" : waiting + " newcomers are") + " waiting for a buddy: offer to be one",
                "buddying/offer"));
    }
}
