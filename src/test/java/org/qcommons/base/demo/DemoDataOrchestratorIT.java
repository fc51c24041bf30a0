package org.qcommons.base.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoIds.Kind;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The one orchestrator runs every feature's seeder in order, and a second run (a restart) adds nothing. */
class DemoDataOrchestratorIT extends IntegrationTestBase {

    private static final List<String> TABLES =
            List.of("member", "user_account", "project", "concordat_signatory", "buddy_offer", "mtg_group", "measure");

    @Autowired
    DemoDataOrchestrator orchestrator;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void runsTheFeaturesSeedersFoundationFirst() {
        assertThat(orchestrator.seeders())
                .extracting(s -> s.getClass().getSimpleName())
                .containsExactly(
                        "FoundationDemoData",
                        "ProjectDemoData",
                        "ExchangeDemoData",
                        "BuddyingDemoData",
                        "MeetingsDemoData",
                        "InsightsDemoData",
                        "GovernanceDemoData");
        assertThat(orchestrator.seeders())
                .extracting(DemoSeeder::order)
                .isSorted()
                .doesNotHaveDuplicates();
    }

    @Test
    void aSecondRunAddsNothingButStillHandsOnTheFoundationIds() {
        Map<String, Integer> before = counts();
        DemoIds ids = orchestrator.seedAll();
        assertThat(counts()).isEqualTo(before);
        for (String email : DemoAccounts.FOUNDATION) {
            assertThat(ids.get(Kind.MEMBER, email))
                    .isEqualTo(jdbc.queryForObject("select id from member where email = ?", Long.class, email));
        }
        assertThat(ids.all(Kind.REGION)).hasSize(3);
        assertThat(ids.find(Kind.ORGANISATION, "North Bristol NHS Trust")).isPresent();
    }

    private Map<String, Integer> counts() {
        return TABLES.stream()
                .collect(
                        Collectors.toMap(t -> t, t -> jdbc.queryForObject("select count(*) from " + t, Integer.class)));
    }
}
