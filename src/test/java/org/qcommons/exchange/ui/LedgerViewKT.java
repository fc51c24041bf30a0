package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.LedgerService;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

class LedgerViewKT extends KaribuTest {

    @Test
    void showsGivenReceivedNetAndFlagsOneWayOrganisations() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        fx.exchangeIn(
                ExchangeState.CONFIRMED,
                member,
                fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3),
                lender);

        signInAs(Role.MEMBER);
        LedgerView view = navigateTo("exchange/ledger", LedgerView.class);
        LedgerService.OrganisationBalance row = balances(view).stream()
                .filter(b -> b.organisation().equals(lender.org().getName()))
                .findFirst()
                .orElseThrow();
        assertThat(row.given()).isEqualTo(3);
        assertThat(row.received()).isZero();
        assertThat(row.net()).isEqualTo(-3);
        assertThat(row.reciprocity()).isEqualTo(LedgerService.Reciprocity.ONLY_GIVES);
        assertThat(balances(view))
                .anyMatch(b -> b.organisation().equals(ExchangeDemoData.NORTH_BRISTOL) && b.received() >= 3);
        assertThat(view.invariant.getText()).startsWith("Balanced");
        assertThat(_size(view.pairs)).isPositive();
        assertThat(_size(view.stps)).isPositive();

        Fields.setValue(view.from, LocalDate.now().plusDays(1));
        Fields.setValue(view.to, LocalDate.now().plusDays(30));
        assertThat(_size(view.organisations)).isZero();
    }

    @Test
    void restoresThePeriodFromTheUrl() {
        signInAs(Role.MEMBER);
        LedgerView view = navigateTo("exchange/ledger?from=2020-01-01&to=2020-12-31", LedgerView.class);
        assertThat(view.from.getValue()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(_size(view.organisations)).isZero();
    }

    @Test
    void skillGapsListTheLargestFirst() {
        signInAs(Role.MEMBER);
        SkillGapsView view = navigateTo("exchange/gaps", SkillGapsView.class);
        int n = _size(view.grid);
        assertThat(n).isPositive();
        for (int i = 1; i < n; i++) {
            assertThat(_get(view.grid, i - 1).gap())
                    .isGreaterThanOrEqualTo(_get(view.grid, i).gap());
        }
    }

    private static List<LedgerService.OrganisationBalance> balances(LedgerView view) {
        List<LedgerService.OrganisationBalance> rows = new ArrayList<>();
        for (int i = 0; i < _size(view.organisations); i++) {
            rows.add(_get(view.organisations, i));
        }
        return rows;
    }
}
