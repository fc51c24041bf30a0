package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.RequestStatus;
import org.qcommons.exchange.demo.ExchangeDemoData;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

class RequestBoardViewKT extends KaribuTest {

    @Test
    void filtersBySkillStpAndStatus() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, "Root cause analysis", 2);
        signInAs(Role.MEMBER);
        RequestBoardView view = navigateTo("exchange/requests", RequestBoardView.class);
        assertThat(view.status.getValue()).isEqualTo(RequestStatus.OPEN);
        Fields.setValue(view.skill, fx.skill("Root cause analysis"));
        int n = _size(view.grid);
        assertThat(n).isPositive();
        for (int i = 0; i < n; i++) {
            assertThat(_get(view.grid, i).getSkills())
                    .anyMatch(s -> s.getSkill().getName().equals("Root cause analysis"));
        }
        Fields.setValue(view.stp, r.getRequestingOrg().getStp());
        assertThat(rows(view)).contains(r.getTitle());
        Fields.setValue(view.status, RequestStatus.CANCELLED);
        assertThat(rows(view)).doesNotContain(r.getTitle());
    }

    @Test
    void aMemberOfAnotherOrganisationRegistersInterest() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        ExpertiseRequest r = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, "Evaluation", 2);
        String member = fx.newMember(fx.org(ExchangeDemoData.RUH_BATH), "Evaluation");
        signInAs(member);
        RequestBoardView view = navigateTo(
                "exchange/requests?status=OPEN&skill=" + fx.skill("Evaluation").getId(), RequestBoardView.class);
        int row = rows(view).indexOf(r.getTitle());
        assertThat(row).isNotNegative();
        _click((Button) _getCellComponent(view.grid, row, "interest"));
        assertThat(fx.as(member, () -> fx.requests.hasRegisteredInterest(r.getId())))
                .isTrue();
        assertThat(fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.requests.interests(r.getId())))
                .anyMatch(i -> i.getMember().getEmail().equals(member));
        assertThat(view.post.isVisible()).isFalse();
    }

    @Test
    void aSignatoryCoordinatorMayPost() {
        signInAs(Role.ORG_COORDINATOR);
        RequestBoardView view = navigateTo("exchange/requests", RequestBoardView.class);
        assertThat(view.post.isVisible()).isTrue();
    }

    private static List<String> rows(RequestBoardView view) {
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < _size(view.grid); i++) {
            titles.add(_get(view.grid, i).getTitle());
        }
        return titles;
    }
}
