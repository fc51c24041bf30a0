package org.qcommons.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.organisations.OrganisationAdministration;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/** A merger moves members, coordinators, signatures and ledger days to the successor; the ledger still sums to zero. */
class OrganisationMergeIT extends IntegrationTestBase {

    @Autowired
    OrganisationAdministration admin;

    @Autowired
    JdbcTemplate jdbc;

    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    @Test
    void mergingALenderMovesItsMembersSignatureAndLedgerDaysAndKeepsTheLedgerAtZero() {
        var old = fx.newLender(null);
        var successor = fx.newLender(null);
        String member = fx.newMember(old.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(
                ExchangeState.CONFIRMED, member, fx.newRequest(DemoAccounts.COORDINATOR, fx.testSkill, 4), old);
        Long from = old.org().getId();
        Long to = successor.org().getId();
        assertThat(balance(from)).isEqualTo(-4);

        var uses = fx.as(DemoAccounts.ADMIN, () -> admin.usesOf(from));
        assertThat(String.join(", ", uses))
                .contains("2 members")
                .contains("concordat signature")
                .contains("1 exchange");

        fx.as(DemoAccounts.ADMIN, () -> admin.merge(from, to, "The two trusts merged on 1 April"));

        assertThat(balance(from)).isZero();
        assertThat(balance(to)).isEqualTo(-4);
        assertThat(jdbc.queryForObject("SELECT COALESCE(SUM(days), 0) FROM ledger_entry", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(days) FROM ledger_entry WHERE exchange_id = ?", Integer.class, e.getId()))
                .isZero();
        assertThat(fx.as(DemoAccounts.ADMIN, () -> fx.ledger.invariant()).holds())
                .isTrue();
        assertThat(count("SELECT COUNT(*) FROM member WHERE organisation_id = ?", from))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM member WHERE organisation_id = ?", to))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM user_account WHERE coordinator_for_id = ?", to))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM concordat_signatory WHERE organisation_id = ?", from))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM concordat_exchange WHERE lender_org_id = ?", to))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT successor_id FROM organisation WHERE id = ? AND retired_on IS NOT NULL",
                        Long.class,
                        from))
                .isEqualTo(to);
    }

    @Test
    void anOrganisationStillInUseCannotBeRetiredOnlyMerged() {
        var lender = fx.newLender(null);
        assertThatThrownBy(() -> fx.as(
                        DemoAccounts.ADMIN, () -> admin.retire(lender.org().getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("Merge it");
    }

    @Test
    void onlyAnAdminMayMerge() {
        var a = fx.newLender(null);
        var b = fx.newLender(null);
        assertThatThrownBy(() -> fx.as(
                        DemoAccounts.COORDINATOR,
                        () -> admin.merge(a.org().getId(), b.org().getId(), "No")))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private int balance(Long org) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(days), 0) FROM ledger_entry WHERE organisation_id = ?", Integer.class, org);
    }

    private long count(String sql, Long id) {
        return jdbc.queryForObject(sql, Long.class, id);
    }
}
