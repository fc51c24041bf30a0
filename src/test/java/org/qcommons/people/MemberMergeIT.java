package org.qcommons.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Merging duplicate members moves skills and exchanges through MembersMerged and closes the duplicate. */
class MemberMergeIT extends IntegrationTestBase {

    @Autowired
    MemberMerges merges;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDuplicateIsClosedWithATraceAndItsSkillsMove() {
        var fx = new ExchangeFixtures(applicationContext);
        var org = fx.newLender(null).org();
        String keepEmail = fx.newMember(org, null);
        String dupEmail = fx.newMember(org, fx.testSkill);
        Long keep = fx.memberId(keepEmail);
        Long dup = fx.memberId(dupEmail);

        assertThat(String.join(", ", SystemRunner.asSystem(() -> merges.whatMoves(dup))))
                .contains("1 skill");
        assertThatThrownBy(() -> SystemRunner.asSystem(() -> merges.merge(keep, dup, " ")))
                .isInstanceOf(BusinessException.class);

        SystemRunner.asSystem(() -> merges.merge(keep, dup, "Joined twice with two addresses"));

        assertThat(count("SELECT COUNT(*) FROM member_skill WHERE member_id = ?", dup))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM member_skill WHERE member_id = ?", keep))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT CONCAT(status, '|', merged_into_id) FROM member WHERE id = ?", String.class, dup))
                .isEqualTo("DEACTIVATED|" + keep);
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE member_id = ? AND enabled = TRUE", dup))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT reason FROM member_merge WHERE from_member_id = ? AND to_member_id = ?",
                        String.class,
                        dup,
                        keep))
                .isEqualTo("Joined twice with two addresses");
        assertThatThrownBy(() -> SystemRunner.asSystem(() -> merges.merge(keep, dup, "Again")))
                .isInstanceOf(BusinessException.class);
    }

    private long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
