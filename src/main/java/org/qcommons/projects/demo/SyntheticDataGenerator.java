package org.qcommons.projects.demo;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.demo.DemoNames;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.projects.ProjectIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Large synthetic data for benchmarks, switched on with the {@code generate} profile (sizes from
 * {@code qcommons.generate.*}), or called by a benchmark through {@link #using(JdbcTemplate)}. Writes with JDBC batches
 * (the ORM would spend most of its time on dirty checking), in chunks, logging progress. Rows written here
 * bypass Hibernate Search: features with an index rebuild it at start-up when the counts differ.
 */
@Component
@Profile("generate")
@Order(1000)
public class SyntheticDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);
    private static final int BATCH = 1000;

    private static final String[] WORDS = ("sepsis frailty falls dementia diabetes stroke maternity deterioration "
                    + "discharge flow workforce wellbeing inequalities suicide incidents medicines experience infection "
                    + "antibiotics escalation observations huddle triage screening rehabilitation pathway referral waiting "
                    + "community pharmacy outpatient theatre surgery midwife nursing therapy carers homes hospice learning "
                    + "measurement charts variation dashboard audit safety harm pressure ulcers catheter hydration nutrition "
                    + "breathlessness asthma insulin kidney heart cancer bowel screening vaccination clinic weekend")
            .split(" ");

    private final JdbcTemplate jdbc;
    private final int memberTarget;
    private final int projectTarget;
    /** Null when built for a benchmark, which rebuilds the index itself. */
    private final ProjectIndex projectIndex;

    @Autowired
    SyntheticDataGenerator(JdbcTemplate jdbc, QcommonsProperties properties, ProjectIndex projectIndex) {
        this(jdbc, properties.generate().members(), properties.generate().projects(), projectIndex);
    }

    private SyntheticDataGenerator(JdbcTemplate jdbc, int memberTarget, int projectTarget, ProjectIndex projectIndex) {
        this.jdbc = jdbc;
        this.memberTarget = memberTarget;
        this.projectTarget = projectTarget;
        this.projectIndex = projectIndex;
    }

    /** For benchmarks that run in another profile: they pass their own targets to the generate methods. */
    public static SyntheticDataGenerator using(JdbcTemplate jdbc) {
        return new SyntheticDataGenerator(jdbc, 0, 0, null);
    }

    @Override
    public void run(ApplicationArguments args) {
        generateMembers(memberTarget);
        if (generateProjects(projectTarget) > 0 && projectIndex != null) {
            // The start-up index check ran before this runner; rows written by JDBC need a rebuild to be found.
            SystemRunner.asSystem(() -> {
                try {
                    projectIndex.rebuildIndex(p -> {}).toCompletableFuture().get();
                } catch (Exception e) {
                    throw new IllegalStateException("Rebuilding the project index after generating projects failed", e);
                }
            });
            log.info("Project index rebuilt for the synthetic projects");
        }
    }

    /**
     * Adds synthetic projects (title, summary and aims from a QI vocabulary, one or two topics, one method, a fifth
     * of them members only) until {@code target} synthetic projects exist. The search index is rebuilt at the next
     * start, or by whoever called this.
     */
    public int generateProjects(int target) {
        Integer existing =
                jdbc.queryForObject("select count(*) from project where title like '%(synthetic %'", Integer.class);
        int toAdd = Math.max(0, target - (existing == null ? 0 : existing));
        if (toAdd == 0) {
            return 0;
        }
        List<long[]> stps =
                jdbc.query("select id, region_id from stp", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        List<Long> leads = jdbc.queryForList("select id from member where status = 'ACTIVE'", Long.class);
        List<Long> topics = jdbc.queryForList("select id from topic", Long.class);
        List<Long> methods = jdbc.queryForList("select id from qi_method", Long.class);
        if (stps.isEmpty() || leads.isEmpty() || topics.isEmpty() || methods.isEmpty()) {
            throw new IllegalStateException("Seed STPs, members, topics and methods first (run once with demo data)");
        }
        String[] statuses = {"IDEA", "PLANNING", "ACTIVE", "SUSTAINING", "COMPLETED", "STOPPED"};
        Random random = new Random(42);
        long started = System.nanoTime();
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) + 1 from project", Long.class);
        int offset = existing == null ? 0 : existing;
        for (int done = 0; done < toAdd; done += BATCH) {
            int size = Math.min(BATCH, toAdd - done);
            List<Object[]> rows = new ArrayList<>(size);
            List<Object[]> topicRows = new ArrayList<>();
            List<Object[]> methodRows = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                long id = firstId + done + i;
                long[] stp = stps.get(random.nextInt(stps.size()));
                rows.add(new Object[] {
                    id,
                    sentence(random, 4) + " (synthetic " + (offset + done + i) + ")",
                    sentence(random, 30),
                    sentence(random, 15),
                    statuses[random.nextInt(statuses.length)],
                    Date.valueOf(LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1)),
                    stp[1],
                    stp[0],
                    leads.get(random.nextInt(leads.size())),
                    random.nextInt(5) == 0 ? "MEMBERS" : "PUBLIC"
                });
                long t1 = topics.get(random.nextInt(topics.size()));
                long t2 = topics.get(random.nextInt(topics.size()));
                topicRows.add(new Object[] {id, t1});
                if (t2 != t1) {
                    topicRows.add(new Object[] {id, t2});
                }
                methodRows.add(new Object[] {id, methods.get(random.nextInt(methods.size()))});
            }
            jdbc.batchUpdate(
                    "insert into project (id, title, summary, aims, status, start_date, region_id, stp_id, "
                            + "lead_id, visibility, created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,now(6),now(6))",
                    rows);
            jdbc.batchUpdate("insert into project_topic (project_id, topic_id) values (?,?)", topicRows);
            jdbc.batchUpdate("insert into project_method (project_id, method_id) values (?,?)", methodRows);
            if ((done / BATCH) % 20 == 19 || done + size == toAdd) {
                log.info(
                        "Synthetic projects: {}/{} ({} ms)",
                        done + size,
                        toAdd,
                        (System.nanoTime() - started) / 1_000_000);
            }
        }
        return toAdd;
    }

    private static String sentence(Random random, int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return sb.toString();
    }

    /** Adds synthetic members (each with about five skills) until {@code target} synthetic members exist. */
    public int generateMembers(int target) {
        Integer existing =
                jdbc.queryForObject("select count(*) from member where email like 'synthetic.%'", Integer.class);
        int toAdd = Math.max(0, target - (existing == null ? 0 : existing));
        if (toAdd == 0) {
            log.info("Synthetic members: {} already present", existing);
            return 0;
        }
        List<long[]> orgs =
                jdbc.query("select id, stp_id from organisation", (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)});
        List<Long> skills = jdbc.queryForList("select id from skill", Long.class);
        if (orgs.isEmpty() || skills.isEmpty()) {
            throw new IllegalStateException("Seed organisations and skills first (run once with demo data)");
        }
        Random random = new Random(42);
        long started = System.nanoTime();
        int offset = existing == null ? 0 : existing;
        for (int done = 0; done < toAdd; done += BATCH) {
            int size = Math.min(BATCH, toAdd - done);
            List<Object[]> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int n = offset + done + i;
                long[] org = orgs.get(random.nextInt(orgs.size()));
                rows.add(new Object[] {
                    DemoNames.name(random),
                    DemoNames.profession(random),
                    DemoNames.title(random),
                    org[0],
                    org[1],
                    Date.valueOf(LocalDate.of(2016, 9, 1).plusDays(random.nextInt(3000))),
                    "synthetic." + n + "@example.org",
                    random.nextInt(10) < 8,
                    random.nextInt(5) * 2,
                    random.nextBoolean()
                });
            }
            jdbc.batchUpdate("""
                    insert into member (full_name, profession, job_title, organisation_id, stp_id, joined_q, email,
                        directory_consent, availability_days_per_quarter, can_travel, status)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ACTIVE')""", rows);
            jdbc.update("""
                    insert ignore into member_skill (member_id, skill_id, level, offered)
                    select m.id, s.id, elt(1 + floor(rand(m.id) * 4), 'LEARNING', 'PRACTITIONER', 'EXPERIENCED', 'CAN_TEACH'),
                           rand(m.id + s.id) < 0.6
                    from member m join skill s
                    where m.email like 'synthetic.%' and m.id > (select coalesce(max(member_id), 0) from member_skill)
                      and rand(m.id * 31 + s.id) < 0.25""");
            log.info("Synthetic members: {}/{} ({} ms)", done + size, toAdd, (System.nanoTime() - started) / 1_000_000);
        }
        return toAdd;
    }
}
