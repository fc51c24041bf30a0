package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

class MyExchangesViewKT extends KaribuTest {

    @Test
    void membersSeeTheirOwnInvitationsAndNobodyElses() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String invited = fx.newMember(lender.org(), fx.testSkill);
        String colleague = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.INVITED, invited, r, lender);

        signInAs(invited);
        MyExchangesView view = navigateTo("exchange/exchanges", MyExchangesView.class);
        assertThat(ids(view)).containsExactly(e.getId());
        assertThat(_getFormattedRow(view.grid, 0)).contains("Your turn");

        signInAs(colleague);
        view = navigateTo("exchange/exchanges", MyExchangesView.class);
        assertThat(ids(view)).doesNotContain(e.getId());

        // The home coordinator sees it too, but it is not yet their turn.
        signInAs(lender.coordinator());
        view = navigateTo("exchange/exchanges", MyExchangesView.class);
        assertThat(ids(view)).contains(e.getId());

        signInAs(Role.ADMIN);
        view = navigateTo("exchange/exchanges", MyExchangesView.class);
        assertThat(ids(view)).contains(e.getId());
        Fields.setValue(view.state, ExchangeState.COMPLETE);
        assertThat(ids(view)).doesNotContain(e.getId());
    }

    private static List<Long> ids(MyExchangesView view) {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            ids.add(_get(view.grid, i).getId());
        }
        return ids;
    }
}
