package org.qcommons.notifications;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox (Spring Modulith's event publication registry) retries and tidies up, and whether mail is also
 * written to the dev mailbox (decision 077).
 *
 * @param retryEvery     how often the retry runs
 * @param retryAfter     a publication is retried once it is at least this old, so that work still in flight is
 *                       left alone
 * @param keepCompleted  completed publications are deleted once this old
 * @param keepSentMail   the record of a sent mail (the ADMIN page) is deleted once this old
 * @param purgeCron      when the two deletions run
 * @param devMailbox     write every email as an .eml file under {@code <data-dir>/mail/}; when not set, on exactly
 *                       when no mail server is configured ({@code spring.mail.host})
 */
@Validated
@ConfigurationProperties("qcommons.outbox")
public record OutboxProperties(
        @NotNull @DefaultValue("1m") Duration retryEvery,
        @NotNull @DefaultValue("1m") Duration retryAfter,
        @NotNull @DefaultValue("7d") Duration keepCompleted,
        @NotNull @DefaultValue("365d") Duration keepSentMail,
        @NotBlank @DefaultValue("0 30 3 * * *") String purgeCron,
        Boolean devMailbox) {}
