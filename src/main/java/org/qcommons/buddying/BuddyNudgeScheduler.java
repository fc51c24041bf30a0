package org.qcommons.buddying;

import org.qcommons.base.security.SystemRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Once a day, nudges pairs that have gone six weeks without a check-in. */
@Component
class BuddyNudgeScheduler {

    private static final Logger log = LoggerFactory.getLogger(BuddyNudgeScheduler.class);
    private final BuddyPairService pairs;

    BuddyNudgeScheduler(BuddyPairService pairs) {
        this.pairs = pairs;
    }

    @Scheduled(cron = "${qcommons.buddying.nudge-cron:0 0 8 * * *}", zone = "Europe/London")
    void nudge() {
        int nudged = SystemRunner.asSystem(() -> pairs.nudgeQuietPairs(LocalDate.now()));
        if (nudged > 0) {
            log.info("Nudged {} quiet buddy pairs", nudged);
        }
    }
}
