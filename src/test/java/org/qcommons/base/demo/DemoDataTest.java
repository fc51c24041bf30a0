package org.qcommons.base.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/** Demo data exists only when {@code qcommons.demo} is on, and the production profile leaves it off. */
class DemoDataTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withBean(Clock.class, Clock::systemUTC)
            .withUserConfiguration(DemoDataOrchestrator.class);

    @Test
    void theOrchestratorExistsOnlyWhenDemoIsOn() {
        context.run(c -> assertThat(c).doesNotHaveBean(DemoDataOrchestrator.class));
        context.withPropertyValues("qcommons.demo=false")
                .run(c -> assertThat(c).doesNotHaveBean(DemoDataOrchestrator.class));
        context.withPropertyValues("qcommons.demo=true")
                .run(c -> assertThat(c).hasSingleBean(DemoDataOrchestrator.class));
    }

    @Test
    void onForTheRunCommandOffByDefaultInTheMariadbProfile() throws IOException {
        Properties run = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Properties production =
                PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-mariadb.properties"));
        assertThat(run.getProperty("qcommons.demo")).isEqualTo("true");
        assertThat(production.getProperty("qcommons.demo")).isEqualTo("false");
    }

    @Test
    void seedersRunInOrderAndHandIdsOn() {
        StringBuilder seen = new StringBuilder();
        DemoSeeder second = seeder(20, ids -> seen.append("second:").append(ids.get(DemoIds.Kind.MEMBER, "a")));
        DemoSeeder first = seeder(10, ids -> {
            seen.append("first;");
            ids.put(DemoIds.Kind.MEMBER, "a", 7L);
        });
        new DemoDataOrchestrator(List.of(second, first), Clock.systemUTC()).seedAll();
        assertThat(seen).hasToString("first;second:7");
    }

    @Test
    void aMissingIdNamesWhatIsMissing() {
        assertThatThrownBy(() -> new DemoIds().get(DemoIds.Kind.PROJECT, "Sepsis"))
                .hasMessageContaining("project 'Sepsis'");
    }

    private static DemoSeeder seeder(int order, Consumer<DemoIds> work) {
        return new DemoSeeder() {
            @Override
            public int order() {
                return order;
            }

            @Override
            public void seed(DemoIds ids) {
                work.accept(ids);
            }
        };
    }
}
