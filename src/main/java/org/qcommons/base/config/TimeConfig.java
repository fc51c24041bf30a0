package org.qcommons.base.config;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock: every "now" in the app reads it, so a test can fix time by replacing this bean. Its zone is the
 * configured time zone (Europe/London), so dates shown and dates computed agree.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(QcommonsProperties.class)
class TimeConfig {

    @Bean
    Clock clock(QcommonsProperties properties) {
        DisplayZone.set(properties.timeZone());
        return Clock.system(properties.timeZone());
    }
}
