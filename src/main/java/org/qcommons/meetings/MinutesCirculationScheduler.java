package org.qcommons.meetings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Approves minutes by circulation once per cluster (decision 084) on {@code qcommons.meetings.circulation-cron}, in
 * {@code qcommons.time-zone}; "today" comes from the Clock bean inside the service.
 */
@Component
class MinutesCirculationScheduler {

    private static final Logger log = LoggerFactory.getLogger(MinutesCirculationScheduler.class);
    private final MinutesApprovalService approval;

    MinutesCirculationScheduler(MinutesApprovalService approval) {
        this.approval = approval;
    }

    @Scheduled(
            cron = "${qcommons.meetings.circulation-cron:0 30 6 * * *}",
            zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "meetings.approve-by-circulation", lockAtMostFor = "PT30M")
    void approveDue() {
        int approved = SystemRunner.asSystem(approval::approveDueByCirculation);
        if (approved > 0) {
            log.info("Approved the minutes of {} meetings by circulation", approved);
        }
    }
}
