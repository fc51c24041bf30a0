package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.qcommons.benchmark.BenchmarkReport;
import org.qcommons.skills.SkillLevel;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints matching figures over 20,000 extra members with five skills each; run with {@code mvn -Pbenchmark test}.
 * Not a timed assertion: the figures go to target/benchmark-matching.txt and docs/benchmarks.md.
 */
class MatchingBenchmark extends IntegrationTestBase {

    static final int MEMBERS = 20_000;
    static final int SKILLS_EACH = 5;
    static final int RUNS = 200;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void matchingOverTwentyThousandMembers() throws Exception {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        long seedStart = System.nanoTime();
        seed();
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;

        String[][] requests = {
            {"Lean"},
            {"SPC and measurement for improvement", "Data visualisation"},
            {"Coaching", "Facilitation", "Teaching QI"},
            {"Demand and capacity"},
            {"Evaluation", "Business cases"}
        };
        List<ExpertiseRequest> made = new ArrayList<>();
        for (int i = 0; i < requests.length; i++) {
            String[] skills = requests[i];
            boolean remote = i % 2 == 0;
            made.add(fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> {
                ExpertiseRequest r = fx.requests.draft();
                r.setTitle("Benchmark request " + ExchangeFixtures.next());
                r.setDescription("Benchmark");
                r.setDaysNeeded(4);
                r.setRemote(remote);
                r.setLocation(remote ? null : "Bristol");
                r.setStartsOn(LocalDate.now());
                r.setEndsOn(LocalDate.now().plusMonths(3));
                for (String s : skills) {
                    r.needs(fx.skill(s), SkillLevel.PRACTITIONER);
                }
                return fx.requests.save(r);
            }));
        }
        for (int i = 0; i < 20; i++) {
            ExpertiseRequest r = made.get(i % made.size());
            fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.matching.candidates(r.getId()));
        }
        long[] times = new long[RUNS];
        int candidates = 0;
        for (int i = 0; i < RUNS; i++) {
            ExpertiseRequest r = made.get(i % made.size());
            long t = System.nanoTime();
            candidates += fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.matching.candidates(r.getId()))
                    .size();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        Integer members = jdbc.queryForObject("SELECT COUNT(*) FROM member", Integer.class);
        Integer memberSkills = jdbc.queryForObject("SELECT COUNT(*) FROM member_skill", Integer.class);
        String report = String.format(
                """
                Matching benchmark (%s)
                members: %d, member skills: %d, signatories: %d
                seeding %d members by JDBC batch: %d ms
                %d runs over %d requests (1-3 skills, remote and on-site), after 20 warm-up runs
                p50 %.1f ms, p95 %.1f ms, max %.1f ms, mean candidates returned %.1f
                """,
                LocalDate.now(),
                members,
                memberSkills,
                jdbc.queryForObject("SELECT COUNT(*) FROM concordat_signatory", Integer.class),
                MEMBERS,
                seedMs,
                RUNS,
                made.size(),
                ms(times[RUNS / 2]),
                ms(times[(int) Math.ceil(RUNS * 0.95) - 1]),
                ms(times[RUNS - 1]),
                candidates / (double) RUNS);
        System.out.println(report);
        Files.writeString(Path.of("target", "benchmark-matching.txt"), report);
        BenchmarkReport.write(
                "matching",
                "## Matching (concordat exchange)\n\nTarget: p95 ≤ 50 ms over "
                        + "20,000 members with about 5 skills each.\n\n```\n" + report.strip() + "\n```");
        assertThat(times[0]).isPositive();
    }

    private void seed() {
        List<Map<String, Object>> orgs = jdbc.queryForList(
                "SELECT o.id, o.stp_id FROM organisation o JOIN concordat_signatory s ON s.organisation_id = o.id");
        List<Long> skills = jdbc.queryForList("SELECT id FROM skill WHERE active = TRUE", Long.class);
        Random random = new Random(2018);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Map<String, Object> org = orgs.get(random.nextInt(orgs.size()));
            rows.add(new Object[] {
                "Bench Member " + i,
                "bench" + i + "@bench.test",
                org.get("id"),
                org.get("stp_id"),
                random.nextInt(10) < 8,
                random.nextInt(5) * 2,
                random.nextBoolean(),
                random.nextBoolean()
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO member (full_name, email, organisation_id, stp_id, directory_consent, "
                        + "availability_days_per_quarter, works_remotely, can_travel, status) VALUES (?,?,?,?,?,?,?,?,'ACTIVE')",
                rows);
        List<Long> ids = jdbc.queryForList("SELECT id FROM member WHERE email LIKE 'bench%@bench.test'", Long.class);
        String[] levels = Arrays.stream(SkillLevel.values()).map(Enum::name).toArray(String[]::new);
        List<Object[]> skillRows = new ArrayList<>();
        for (Long id : ids) {
            List<Long> shuffled = new ArrayList<>(skills);
            Collections.shuffle(shuffled, random);
            for (int s = 0; s < SKILLS_EACH; s++) {
                skillRows.add(
                        new Object[] {id, shuffled.get(s), levels[random.nextInt(levels.length)], random.nextBoolean()
                        });
            }
        }
        jdbc.batchUpdate("INSERT INTO member_skill (member_id, skill_id, level, offered) VALUES (?,?,?,?)", skillRows);
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
