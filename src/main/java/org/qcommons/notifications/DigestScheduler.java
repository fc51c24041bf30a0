package org.qcommons.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the digests once per cluster (decision 084) at {@code qcommons.notifications.digest-cron}, Europe/London by
 * default; the defaults repeat the settings record's, as an annotation reads only placeholders.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationsProperties.class)
class DigestScheduler {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);
    private final Digests digests;
    private final NotificationsProperties settings;
    private final Clock clock;

    DigestScheduler(Digests digests, NotificationsProperties settings, Clock clock) {
        this.digests = digests;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(cron = "${qcommons.notifications.digest-cron:0 0 7 * * *}", zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "notifications.digests", lockAtMostFor = "PT1H")
    void sendDigests() {
        Instant now = clock.instant();
        int daily = digests.send(DigestPeriod.DAILY, now, clock.getZone());
        int weekly = LocalDate.ofInstant(now, clock.getZone()).getDayOfWeek() == settings.weeklyOn()
                ? digests.send(DigestPeriod.WEEKLY, now, clock.getZone())
                : 0;
        log.info("Queued {} daily and {} weekly digests", daily, weekly);
    }
}
