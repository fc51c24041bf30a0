package org.qcommons.demo;

import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticDataGeneratorIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addsMembersWithSkillsInBatchesAndIsIdempotent() {
        var generator = new SyntheticDataGenerator(jdbc, 0);
        int before = count();
        int target = before + 1500;
        assertThat(generator.generateMembers(target)).isEqualTo(1500);
        assertThat(count()).isEqualTo(target);
        assertThat(generator.generateMembers(target)).isZero();
        Double skillsPerMember = jdbc.queryForObject("""
                select avg(n) from (select count(ms.id) n from member m left join member_skill ms on ms.member_id = m.id
                where m.email like 'synthetic.%' group by m.id) t""", Double.class);
        assertThat(skillsPerMember).isBetween(3.5, 6.5);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from member where email like 'synthetic.%'", Integer.class);
    }
}
