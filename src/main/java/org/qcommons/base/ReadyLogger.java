package org.qcommons.base;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One line once start-up work (migrations, seeding, index repair) is done: people and scripts wait for it. */
@Component
class ReadyLogger {

    private static final Logger log = LoggerFactory.getLogger(ReadyLogger.class);

    @EventListener
    void ready(ApplicationReadyEvent event) {
        Environment env = event.getApplicationContext().getEnvironment();
        log.info(
                "Q Commons is ready at http://localhost:{}/",
                env.getProperty("local.server.port", env.getProperty("server.port", "8080")));
    }
}
