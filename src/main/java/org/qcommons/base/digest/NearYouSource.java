package org.qcommons.base.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A feature's part of the digest's "what's new near you". The digest asks once per run for everything new or coming
 * up, each item with its region, topics and skills, and then offers each member the items that concern them
 * (decision 113), so a run over any number of members costs one query per source. Only what every signed-in member
 * may read belongs here: the query itself leaves out anything narrower.
 */
public interface NearYouSource {

    /** At most this many items per source and run, newest first, so a run's memory stays bounded. */
    int MAX_ITEMS = 500;

    List<NearYouItem> nearYou(Instant since, LocalDate today);
}
