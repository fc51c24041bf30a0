package org.qcommons.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class EmbeddedMariaDbIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void testsRunOnARealMariaDbWithFlywayMigrations() {
        assertThat(jdbc.queryForObject("select version()", String.class)).contains("MariaDB");
        Integer applied =
                jdbc.queryForObject("select count(*) from flyway_schema_history where success = 1", Integer.class);
        assertThat(applied).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from skill", Integer.class))
                .isGreaterThanOrEqualTo(20);
    }

    @Test
    void demoDataMatchesTheReportsMemberCountsPerRegion() {
        var counts = jdbc.queryForMap("""
                select sum(r.slug = 'north-east-and-north-cumbria') ne, sum(r.slug = 'south-west-of-england') sw,
                       sum(r.slug = 'west-of-england') we
                from member m join stp s on m.stp_id = s.id join region r on s.region_id = r.id
                where m.status = 'ACTIVE' and (m.email like '%@example.nhs.uk' or m.email like '%@qcommons.test')
                """);
        assertThat(((Number) counts.get("ne")).intValue()).isEqualTo(166);
        assertThat(((Number) counts.get("sw")).intValue()).isEqualTo(159);
        assertThat(((Number) counts.get("we")).intValue()).isEqualTo(158);
        // Tests that ran earlier in this JVM add organisations of their own (ExchangeFixtures, ConcordatViewKT).
        assertThat(jdbc.queryForObject("""
                select count(*) from organisation
                where name not like 'Fixture Trust %' and name not like 'Unsigned Practice %'""", Integer.class)).isBetween(38, 46);
    }
}
