package org.qcommons.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.DayOfWeek;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The digests' schedule: {@code digestCron} (in {@code qcommons.time-zone}, Europe/London by default) sends the daily
 * digest, and on {@code weeklyOn} the weekly one too.
 */
@Validated
@ConfigurationProperties("qcommons.notifications")
record NotificationsProperties(
        @NotBlank @DefaultValue("0 0 7 * * *") String digestCron,
        @NotNull @DefaultValue("MONDAY") DayOfWeek weeklyOn) {}
