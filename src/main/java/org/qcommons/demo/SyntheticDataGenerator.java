package org.qcommons.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Large synthetic data for benchmarks, switched on with the {@code generate} profile. Writes with JDBC batches
 * (the ORM would spend most of its time on dirty checking), in chunks, logging progress. Rows written here
 * bypass Hibernate Search: features with an index rebuild it at start-up when the counts differ.
 */
@Component
@Profile("generate")
@Order(1000)
public class SyntheticDataGenerator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataGenerator.class);
    private static final int BATCH = 1000;

    private final JdbcTemplate jdbc;
    private final int memberTarget;

    SyntheticDataGenerator(JdbcTemplate jdbc, @Value("${qcommons.generate.members:20000}") int memberTarget) {
        this.jdbc = jdbc;
        this.memberTarget = memberTarget;
    }

    @Override
    public void run(ApplicationArguments args) {
        generateMembers(memberTarget);
    }

    /** Adds synthetic members (each with about five skills) until {@code target} synthetic members exist. */
    public int generateMembers(int target) {
        Integer existing = jdbc.queryForObject("select count(*) from member where email like 'synthetic.%'", Integer.class);
        int toAdd = Math.max(0, target - (existing == null ? 0 : existing));
        if (toAdd == 0) {
            log.info("Synthetic members: {} already present", existing);
            return 0;
        }
        List<long[]> orgs = jdbc.query("select id, stp_id from organisation", (rs, i) -> new long[]{rs.getLong(1), rs.getLong(2)});
        List<Long> skills = jdbc.queryForList("select id from skill", Long.class);
        if (orgs.isEmpty() || skills.isEmpty()) {
            throw new IllegalStateException("Seed organisations and skills first (run once with demo data)");
        }
        Random random = new Random(42);
        long started = System.currentTimeMillis();
        int offset = existing == null ? 0 : existing;
        for (int done = 0; done < toAdd; done += BATCH) {
            int size = Math.min(BATCH, toAdd - done);
            List<Object[]> rows = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                int n = offset + done + i;
                long[] org = orgs.get(random.nextInt(orgs.size()));
                rows.add(new Object[]{DemoNames.name(random), DemoNames.profession(random), DemoNames.title(random),
                        org[0], org[1], Date.valueOf(LocalDate.of(2016, 9, 1).plusDays(random.nextInt(3000))),
                        "synthetic." + n + "@example.org", random.nextInt(10) < 8, random.nextInt(5) * 2,
                        random.nextBoolean()});
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
            log.info("Synthetic members: {}/{} ({} ms)", done + size, toAdd, System.currentTimeMillis() - started);
        }
        return toAdd;
    }
}
