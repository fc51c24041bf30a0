package org.qcommons.meetings;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The meetings feature's settings. {@code reminderCron} runs in {@code qcommons.time-zone}; the job may run more often
 * than daily, as each reminder is sent once whatever the schedule. {@code circulationCron} approves minutes by
 * circulation (groups that chose it), also in that zone.
 */
@Validated
@ConfigurationProperties("qcommons.meetings")
record MeetingsProperties(
        @NotBlank @DefaultValue("0 0 7 * * *") String reminderCron,
        @NotBlank @DefaultValue("0 30 6 * * *") String circulationCron) {}
