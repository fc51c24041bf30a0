package org.qcommons.base.demo;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Marks a bean that exists only when {@code qcommons.demo=true}: on for the run command and the tests. Never in the
 * mariadb (production) profile, whatever the setting says: demo accounts share a published password (issue 17).
 * One annotation so that the rule cannot drift between seeders.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Component
@ConditionalOnProperty(name = "qcommons.demo", havingValue = "true")
@Profile("!mariadb")
public @interface DemoData {}
