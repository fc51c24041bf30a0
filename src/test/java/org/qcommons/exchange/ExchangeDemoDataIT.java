package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo gives every demo account something to do in the exchange. */
class ExchangeDemoDataIT extends IntegrationTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoShowsEveryStageOfTheExchange() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var bath = fx.accounts.loadUserByUsername(DemoAccounts.COORDINATOR2);
        assertThat(bath.has(Role.ORG_COORDINATOR)).isTrue();
        assertThat(bath.coordinatorForId())
                .isEqualTo(fx.org(ExchangeDemoData.RUH_BATH).getId());

        Long northBristol = fx.org(ExchangeDemoData.NORTH_BRISTOL).getId();
        assertThat(fx.concordat.isSignatory(northBristol)).isTrue();
        assertThat(fx.concordat.signatories().size()).isGreaterThan(30);

        Long alex = fx.memberId(DemoAccounts.MEMBER);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_exchange WHERE member_id = ? AND state = 'INVITED'",
                        Integer.class,
                        alex))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_exchange WHERE lender_org_id = ? AND state = 'ACCEPTED'",
                        Integer.class,
                        northBristol))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_exchange WHERE host_org_id = ? AND state = 'DAYS_LOGGED'",
                        Integer.class,
                        northBristol))
                .isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM concordat_exchange WHERE state = 'COMPLETE'", Integer.class))
                .isGreaterThanOrEqualTo(3);
        assertThat(fx.as(DemoAccounts.MEMBER, () -> fx.ledger.invariant()).holds())
                .isTrue();
    }
}
