package org.qcommons.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.organisations.Organisation;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "What's new near you" in a member's digest is built from their own region, the topics of their projects and the
 * skills on their profile: a project elsewhere about their topic and a request elsewhere for their skill reach them,
 * what shares none of these does not, and nothing narrower than members-only ever does.
 */
class NearYouIT extends IntegrationTestBase {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired
    Digests digests;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    private final List<Long> projects = new ArrayList<>();

    @Test
    void theDigestOffersWhatIsNewInTheRegionOrAboutTheMembersTopicsAndSkills() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        Organisation bath = fx.org(ExchangeDemoData.RUH_BATH);
        Long home = jdbc.queryForObject(
                "select region_id from stp where id = ?",
                Long.class,
                bath.getStp().getId());
        Long awayStp = jdbc.queryForObject(
                "select min(id) from stp where region_id <> ? and region_id is not null", Long.class, home);
        Long away = jdbc.queryForObject("select region_id from stp where id = ?", Long.class, awayStp);
        long n = ExchangeFixtures.next();
        jdbc.update(
                "insert into organisation (name, type, stp_id) values (?, 'ACUTE_TRUST', ?)",
                "Near You Trust " + n,
                awayStp);
        Long awayOrg =
                jdbc.queryForObject("select id from organisation where name = ?", Long.class, "Near You Trust " + n);

        String me = fx.newMember(bath, fx.testSkill);
        Long meId = fx.memberId(me);
        Long other = fx.memberId(fx.newMember(bath, null));
        Long mySkill = fx.skill(fx.testSkill).getId();
        Long otherSkill = fx.skill("Lean").getId();
        Long myTopic = jdbc.queryForObject("select id from topic where slug = 'sepsis'", Long.class);
        Long otherTopic = jdbc.queryForObject("select id from topic where slug = 'falls'", Long.class);
        Instant now = clock.instant();
        try {
            // The member's topic comes from a project they lead, made long before this digest.
            project("My old project " + n, home, meId, myTopic, "MEMBERS", now.minus(Duration.ofDays(60)));
            String aboutMyTopic = project("Sepsis elsewhere " + n, away, other, myTopic, "PUBLIC", now);
            String unrelated = project("Falls elsewhere " + n, away, other, otherTopic, "PUBLIC", now);
            String inMyRegion = project("Falls at home " + n, home, other, otherTopic, "MEMBERS", now);
            String forMySkill = request("Needs my skill " + n, awayOrg, other, mySkill, now);
            String forOtherSkill = request("Needs Lean " + n, awayOrg, other, otherSkill, now);
            Long newcomer = newcomerAway(awayStp, n, mySkill);
            jdbc.update(
                    "insert into notification_preference (member_id, kind, channel) values (?, 'DIGEST', 'DAILY')",
                    meId);

            digests.send(DigestPeriod.DAILY, now, LONDON);

            String text = jdbc.queryForObject(
                    "select text_part from sent_mail where recipient = ? order by id desc limit 1", String.class, me);
            assertThat(text)
                    .contains("New projects near you")
                    .contains(aboutMyTopic)
                    .contains(inMyRegion)
                    .doesNotContain(unrelated)
                    .doesNotContain("My old project " + n);
            assertThat(text)
                    .contains("Open expertise requests near you")
                    .contains(forMySkill)
                    .doesNotContain(forOtherSkill);
            assertThat(text).contains("A newcomer is waiting for a buddy who knows " + fx.testSkill);
            // The newcomer's own digest, had they one, would never offer them their own request; and no name is told.
            assertThat(text).doesNotContain("Newcomer " + n);
            assertThat(newcomer).isNotNull();
        } finally {
            for (Long id : projects) {
                jdbc.update("delete from project where id = ?", id);
            }
        }
    }

    private String project(String title, Long region, Long lead, Long topic, String visibility, Instant created) {
        Long stp = jdbc.queryForObject("select min(id) from stp where region_id = ?", Long.class, region);
        jdbc.update(
                "insert into project (title, summary, status, start_date, region_id, stp_id, lead_id, visibility,"
                        + " created_at) values (?, 'Made by a test.', 'ACTIVE', ?, ?, ?, ?, ?, ?)",
                title,
                LocalDate.now(clock),
                region,
                stp,
                lead,
                visibility,
                Timestamp.from(created));
        Long id = jdbc.queryForObject("select id from project where title = ?", Long.class, title);
        projects.add(id);
        jdbc.update("insert into project_topic (project_id, topic_id) values (?, ?)", id, topic);
        return title;
    }

    private String request(String title, Long org, Long by, Long skill, Instant created) {
        jdbc.update(
                "insert into expertise_request (requesting_org_id, created_by_id, title, description, days_needed,"
                        + " starts_on, ends_on, remote, status, created_at) values (?, ?, ?, 'Made by a test.', 2, ?,"
                        + " ?, true, 'OPEN', ?)",
                org,
                by,
                title,
                LocalDate.now(clock),
                LocalDate.now(clock).plusMonths(2),
                Timestamp.from(created));
        Long id = jdbc.queryForObject("select id from expertise_request where title = ?", Long.class, title);
        jdbc.update(
                "insert into expertise_request_skill (request_id, skill_id, min_level) values (?, ?, 'PRACTITIONER')",
                id,
                skill);
        return title;
    }

    private Long newcomerAway(Long stp, long n, Long skill) {
        jdbc.update(
                "insert into member (full_name, email, stp_id, directory_consent, status) values (?, ?, ?, false,"
                        + " 'ACTIVE')",
                "Newcomer " + n,
                "newcomer" + n + "@near-you.test",
                stp);
        Long id = jdbc.queryForObject(
                "select id from member where email = ?", Long.class, "newcomer" + n + "@near-you.test");
        jdbc.update(
                "insert into buddy_request (member_id, goals, status) values (?, 'Learn the basics', 'WAITING')", id);
        Long request = jdbc.queryForObject("select id from buddy_request where member_id = ?", Long.class, id);
        jdbc.update("insert into buddy_request_skill (request_id, skill_id) values (?, ?)", request, skill);
        return id;
    }
}
