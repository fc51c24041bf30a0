package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** What the production profile asks of accounts, bound as the application binds it. */
class ProductionSettingsTest {

    private static Binder binder(String file) throws IOException {
        return new Binder(
                new MapConfigurationPropertySource(PropertiesLoaderUtils.loadProperties(new ClassPathResource(file))));
    }

    @Test
    void inProductionCoordinatorsAsWellAsAdminsMustUseASecondFactor() throws IOException {
        SecondFactorProperties production = binder("application-production.properties")
                .bind("qcommons.accounts.second-factor", SecondFactorProperties.class)
                .get();
        assertThat(production.requiredFor()).containsExactlyInAnyOrder(Role.ADMIN, Role.ORG_COORDINATOR);
    }

    @Test
    void elsewhereOnlyAdminsMust() throws IOException {
        SecondFactorProperties run = binder("application.properties")
                .bindOrCreate("qcommons.accounts.second-factor", SecondFactorProperties.class);
        assertThat(run.requiredFor()).containsExactly(Role.ADMIN);
    }
}
