package org.qcommons.governance;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Once a year each seat holder is asked to confirm their register of interests: when they have not confirmed
 * it in the last year and have not been reminded in the last year.
 */
@Component
class InterestReminders {

    private final SeatHolderRepository holders;
    private final InterestConfirmationRepository confirmations;
    private final NotificationService notifications;
    private final Clock clock;

    InterestReminders(
            SeatHolderRepository holders,
            InterestConfirmationRepository confirmations,
            NotificationService notifications,
            Clock clock) {
        this.holders = holders;
        this.confirmations = confirmations;
        this.notifications = notifications;
        this.clock = clock;
    }

    @Scheduled(cron = "${qcommons.governance.seats-cron:0 15 0 * * *}", zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "governance.interest-reminders", lockAtMostFor = "PT30M")
    public void daily() {
        SystemRunner.asSystem(this::remindDue);
    }

    @Transactional
    void remindDue() {
        holders.findHolders().forEach(this::remindIfDue);
    }

    /** True when this seat holder was reminded now. */
    @Transactional
    boolean remindIfDue(Member m) {
        LocalDate today = LocalDate.now(clock);
        LocalDate yearAgo = today.minusYears(1);
        InterestConfirmation c = confirmations.findById(m.getId()).orElseGet(() -> new InterestConfirmation(m.getId()));
        boolean confirmedLately =
                c.getConfirmedOn() != null && c.getConfirmedOn().isAfter(yearAgo);
        boolean remindedLately = c.getRemindedOn() != null && c.getRemindedOn().isAfter(yearAgo);
        if (confirmedLately || remindedLately) {
            return false;
        }
        notifications.notify(
                m,
                "Please confirm your register of interests",
                "You hold a seat in a stewardship group. Once a year we ask you to check your declared interests and"
                        + " confirm they are complete.",
                "interests");
        c.setRemindedOn(today);
        confirmations.save(c);
        return true;
    }
}
