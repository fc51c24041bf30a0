package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.skills.Skill;
import org.qcommons.skills.SkillAdministration;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Merging two skills moves members' skills and expertise requests to the successor, through SkillMerged. */
class SkillMergeIT extends IntegrationTestBase {

    @Autowired
    SkillAdministration admin;

    @Autowired
    JdbcTemplate jdbc;

    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    @Test
    void mergingASkillMovesMembersAndRequestsAndSaysWhatItMoves() {
        Skill to = fx.skill(fx.testSkill);
        String oldName = "Old fixture skill " + ExchangeFixtures.next();
        Skill from = SystemRunner.asSystem(() -> fx.skills.saveSkill(new Skill(oldName, to.getGroup())));
        fx.newMember(fx.newLender(null).org(), oldName);
        String both = fx.newMember(fx.newLender(null).org(), oldName);
        Long bothId = fx.memberId(both);
        SystemRunner.asSystem(() -> {
            var member = fx.members.activeByEmail(both).orElseThrow();
            fx.skills.addSkill(member, to, org.qcommons.skills.SkillLevel.LEARNING, false, null);
        });
        ExpertiseRequest request = fx.newRequest(DemoAccounts.COORDINATOR, oldName, 2);

        var uses = SystemRunner.asSystem(() -> admin.usesOf(from.getId()));
        assertThat(String.join(", ", uses)).contains("2 members' skills").contains("1 expertise request");

        SystemRunner.asSystem(() -> admin.mergeSkill(from.getId(), to.getId()));

        assertThat(count("SELECT COUNT(*) FROM member_skill WHERE skill_id = ?", from.getId()))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM member_skill WHERE skill_id = ? AND member_id = ?", to.getId(), bothId))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM expertise_request_skill WHERE request_id = ? AND skill_id = ?",
                        request.getId(),
                        to.getId()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT successor_id FROM skill WHERE id = ? AND active = FALSE", Long.class, from.getId()))
                .isEqualTo(to.getId());
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
