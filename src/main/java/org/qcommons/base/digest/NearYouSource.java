package org.qcommons.base.digest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A feature's part of the digest's "what's new near you", by region: the digest asks once per region and run, not
 * once per member, so a run over every member costs a few queries per region (decision 091). Only what anyone
 * signed in may see belongs here.
 */
public interface NearYouSource {

    List<NearYouItem> nearYou(Long regionId, Instant since, LocalDate today);
}
