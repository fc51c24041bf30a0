package org.qcommons.meetings;

import java.time.Clock;
import java.time.LocalDateTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the meetings reminders once per cluster (decision 084) on {@code qcommons.meetings.reminder-cron}, in
 * {@code qcommons.time-zone}; the defaults repeat the settings records', as an annotation reads only placeholders.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MeetingsProperties.class)
class MeetingReminderScheduler {

    private static final Logger log = LoggerFactory.getLogger(MeetingReminderScheduler.class);
    private final MeetingReminders reminders;
    private final Clock clock;

    MeetingReminderScheduler(MeetingReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(cron = "${qcommons.meetings.reminder-cron:0 0 7 * * *}", zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "meetings.reminders", lockAtMostFor = "PT30M")
    void remind() {
        int sent = SystemRunner.asSystem(() -> reminders.sendDue(LocalDateTime.now(clock)));
        if (sent > 0) {
            log.info("Queued {} meeting reminders", sent);
        }
    }
}
