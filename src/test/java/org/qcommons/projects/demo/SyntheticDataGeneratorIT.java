package org.qcommons.projects.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class SyntheticDataGeneratorIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void addsMembersWithSkillsInBatchesAndIsIdempotent() {
        var generator = SyntheticDataGenerator.using(jdbc);
        int before = count();
        int target = before + 1500;
        assertThat(generator.generateMembers(target)).isEqualTo(1500);
        assertThat(count()).isEqualTo(target);
        assertThat(generator.generateMembers(target)).isZero();
        Double skillsPerMember = jdbc.queryForObject("""
                select avg(n) from (select count(ms.id) n from member m left join member_skill ms on ms.member_id = m.id
                where m.email like 'synthetic.%' group by m.id) t""", Double.class);
        // Each member gets each skill of the taxonomy with probability 0.25; other tests may have added skills to it.
        int skillsInTaxonomy = jdbc.queryForObject("select count(*) from skill", Integer.class);
        assertThat(skillsPerMember).isCloseTo(0.25 * skillsInTaxonomy, Assertions.within(1.0));
    }

    @Test
    void addsProjectsWithTopicsAndMethodsAndIsIdempotent() {
        var generator = SyntheticDataGenerator.using(jdbc);
        try {
            assertThat(generator.generateProjects(400)).isEqualTo(400);
            assertThat(generator.generateProjects(400)).isZero();
            assertThat(synthetic("select count(*) from project p where p.aims is not null and p.summary <> ''"))
                    .isEqualTo(400);
            assertThat(
                            synthetic(
                                    "select count(*) from project p where exists (select 1 from project_topic t where t.project_id = p.id)"))
                    .isEqualTo(400);
            assertThat(
                            synthetic(
                                    "select count(*) from project p where exists (select 1 from project_method t where t.project_id = p.id)"))
                    .isEqualTo(400);
            assertThat(synthetic("select count(*) from project p where p.visibility = 'MEMBERS'"))
                    .isBetween(40, 130);
        } finally {
            // Never indexed: removing them keeps the index in step for the tests that check it.
            jdbc.update(
                    "delete from project_topic where project_id in (select id from project where title like '%(synthetic %')");
            jdbc.update(
                    "delete from project_method where project_id in (select id from project where title like '%(synthetic %')");
            jdbc.update("delete from project where title like '%(synthetic %'");
        }
    }

    private int synthetic(String sql) {
        return jdbc.queryForObject(sql + " and p.title like '%(synthetic %'", Integer.class);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from member where email like 'synthetic.%'", Integer.class);
    }
}
