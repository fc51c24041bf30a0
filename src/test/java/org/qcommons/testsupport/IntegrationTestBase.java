package org.qcommons.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Spring context for every integration, Karibu and browser test: same profile, same web environment, so
 * the suite starts Spring and the embedded MariaDB once. Demo data (see DemoDataOrchestrator) is seeded into it;
 * tests add their own rows with unique names rather than relying on an empty database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class IntegrationTestBase {

    @Autowired
    protected ApplicationContext applicationContext;

    /** Mail goes to the JVM's one GreenMail server on a free port; the same values for every class keep one context. */
    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }
}
