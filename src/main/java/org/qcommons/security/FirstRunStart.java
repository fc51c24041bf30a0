package org.qcommons.security;

import org.qcommons.base.security.SystemRunner;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** After the demo data and the reference areas (orders 10 and 20): offer the first-run setup if nobody is ADMIN. */
@Component
@Order(30)
class FirstRunStart implements ApplicationRunner {

    private final FirstRunSetup setup;

    FirstRunStart(FirstRunSetup setup) {
        this.setup = setup;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemRunner.asSystem(setup::offerSetupIfNoAdmin);
    }
}
