package org.qcommons.notifications;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The two digests: what each covers and which day stands for its period. */
enum DigestPeriod {
    DAILY(NotificationChannel.DAILY, Duration.ofDays(1), "Your daily digest"),
    WEEKLY(NotificationChannel.WEEKLY, Duration.ofDays(7), "Your weekly digest");

    private final NotificationChannel channel;
    private final Duration covers;
    private final String subject;

    DigestPeriod(NotificationChannel channel, Duration covers, String subject) {
        this.channel = channel;
        this.covers = covers;
        this.subject = subject;
    }

    NotificationChannel channel() {
        return channel;
    }

    Duration covers() {
        return covers;
    }

    String subject() {
        return subject;
    }

    /** The day that names this period: today for the daily digest, the week's Monday for the weekly one. */
    LocalDate start(LocalDate today) {
        return this == DAILY ? today : today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
