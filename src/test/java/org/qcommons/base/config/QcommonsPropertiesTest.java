package org.qcommons.base.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;

class QcommonsPropertiesTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(TimeConfig.class);

    @Test
    void defaultsGiveTheLondonClockAndTheRunSettings() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            QcommonsProperties properties = context.getBean(QcommonsProperties.class);
            assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
            assertThat(properties.db().embedded()).isTrue();
            assertThat(properties.demo()).isFalse();
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/London"));
        });
    }

    @Test
    void theConfiguredZoneReachesTheClockAndDisplayedTimes() {
        runner.withPropertyValues("qcommons.time-zone=Europe/Dublin").run(context -> {
            assertThat(context.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Europe/Dublin"));
            assertThat(DisplayZone.get()).isEqualTo(ZoneId.of("Europe/Dublin"));
        });
        runner.run(context -> assertThat(DisplayZone.get()).isEqualTo(ZoneId.of("Europe/London")));
    }

    @Test
    void anInvalidValueStopsStartUp() {
        runner.withPropertyValues("qcommons.db.pool-size=0")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("qcommons.base-url= ")
                .run(context -> assertThat(context).hasFailed());
        runner.withPropertyValues("qcommons.time-zone=Nowhere/Atlantis")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void anUnworkableSettingIsReportedInOneSentenceWithoutTheChainAroundIt() {
        InvalidSettingException cause = new InvalidSettingException(
                "qcommons.db.embedded-dir",
                "The embedded database folder /tmp/x is inside the system's temporary folder /tmp, where it would be "
                        + "wiped at every start: choose a folder outside it.");
        BeanCreationException wrapped = new BeanCreationException(
                "dataSource", "Failed to instantiate", new IllegalStateException("factory method failed", cause));

        FailureAnalysis analysis = new InvalidSettingFailureAnalyzer().analyze(wrapped);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).isEqualTo(cause.getMessage()).doesNotContain("Exception");
        assertThat(analysis.getAction()).contains("qcommons.db.embedded-dir");
    }
}
