package org.qcommons.security;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a night, on one node of the cluster, removes the registrations never confirmed (decision 128). The cron is
 * {@code qcommons.accounts.unconfirmed-cleanup-cron}, checked in {@link AccountsProperties}; the default here repeats
 * that record's, because an annotation can only read it as a placeholder.
 */
@Component
class UnconfirmedRegistrationCleanup {

    private final UnconfirmedRegistrations registrations;
    private final Clock clock;

    UnconfirmedRegistrationCleanup(UnconfirmedRegistrations registrations, Clock clock) {
        this.registrations = registrations;
        this.clock = clock;
    }

    @Scheduled(
            cron = "${qcommons.accounts.unconfirmed-cleanup-cron:" + AccountsProperties.UNCONFIRMED_CLEANUP_CRON + "}",
            zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "accounts.unconfirmed-registrations", lockAtMostFor = "PT30M")
    void run() {
        SystemRunner.asSystem(() -> registrations.removeExpired(clock.instant()));
    }
}
