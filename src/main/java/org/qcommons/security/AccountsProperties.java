package org.qcommons.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.validation.annotation.Validated;

/**
 * Limits for sign-in, password resets and registrations (decision 086).
 *
 * @param resetLinkValidity     how long a reset link works
 * @param accountFailures       failed sign-ins an account may have before it is locked
 * @param accountLockRefill     the time over which those failures are forgiven again, one by one: the back-off
 * @param addressFailures       failed sign-ins one client address may have per {@code addressWindow}
 * @param addressWindow         the window for the address limit
 * @param resetRequestsPerHour  reset requests per address and per account in an hour
 * @param registrationsPerHour  registrations per client address in an hour
 * @param secondFactorFailures  wrong second-factor codes an account may give before the code step is locked for
 *                              {@code accountLockRefill}
 * @param verifyLinkValidity    how long the link that confirms a registration's email address works
 * @param unconfirmedRetention  how long a registration whose address was never confirmed is kept after its last
 *                              link expired, before it is removed with its account and links (decision 128)
 * @param unconfirmedCleanupCron when that removal runs, in {@code qcommons.time-zone}; the scheduler reads it as a
 *                              placeholder, this binding checks it
 */
@Validated
@ConfigurationProperties("qcommons.accounts")
public record AccountsProperties(
        @NotNull @DefaultValue("30m") Duration resetLinkValidity,
        @Min(1) @DefaultValue("10") int accountFailures,
        @NotNull @DefaultValue("15m") Duration accountLockRefill,
        @Min(1) @DefaultValue("100") int addressFailures,
        @NotNull @DefaultValue("1h") Duration addressWindow,
        @Min(1) @DefaultValue("5") int resetRequestsPerHour,
        @Min(1) @DefaultValue("10") int registrationsPerHour,
        @Min(1) @DefaultValue("5") int secondFactorFailures,
        @NotNull @DefaultValue("24h") Duration verifyLinkValidity,
        @NotNull @DefaultValue("7d") Duration unconfirmedRetention,
        @NotBlank @DefaultValue(UNCONFIRMED_CLEANUP_CRON) String unconfirmedCleanupCron) {

    /** Every night, after the outbox's busy hours and before the morning digests. */
    static final String UNCONFIRMED_CLEANUP_CRON = "0 40 3 * * *";

    public AccountsProperties {
        if (!CronExpression.isValidExpression(unconfirmedCleanupCron)) {
            throw new IllegalArgumentException(
                    "qcommons.accounts.unconfirmed-cleanup-cron is not a cron expression: " + unconfirmedCleanupCron);
        }
    }
}
