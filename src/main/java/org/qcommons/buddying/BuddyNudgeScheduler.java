package org.qcommons.buddying;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, nudges pairs that have gone six weeks without a check-in. The cron and its zone are the settings
 * {@code qcommons.buddying.nudge-cron} and {@code qcommons.time-zone} (bound and validated in QcommonsProperties);
 * the defaults here repeat that record's, because an annotation can only read them as placeholders.
 */
@Component
class BuddyNudgeScheduler {

    private static final Logger log = LoggerFactory.getLogger(BuddyNudgeScheduler.class);
    private final BuddyNudges nudges;
    private final Clock clock;

    BuddyNudgeScheduler(BuddyNudges nudges, Clock clock) {
        this.nudges = nudges;
        this.clock = clock;
    }

    @Scheduled(cron = "${qcommons.buddying.nudge-cron:0 0 8 * * *}", zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "buddying.nudge", lockAtMostFor = "PT30M")
    void nudge() {
        int nudged = SystemRunner.asSystem(() -> nudges.nudgeQuietPairs(LocalDate.now(clock)));
        if (nudged > 0) {
            log.info("Nudged {} quiet buddy pairs", nudged);
        }
    }
}
