package org.qcommons.governance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.governance.GovernanceFixtures;
import org.qcommons.governance.InterestKind;
import org.qcommons.meetings.SeatRole;
import org.qcommons.meetings.ui.GroupView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

/** A member keeps their register; the public group's page publishes its seat holders' declarations. */
class MyInterestsViewKT extends KaribuTest {

    GovernanceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new GovernanceFixtures(applicationContext);
    }

    @Test
    void aSeatHolderDeclaresConfirmsAndTheGroupPublishesIt() {
        QUser holder = fx.member("Karibu Declarer", fx.stp);
        SystemRunner.asSystem(() -> fx.groups.addSeat(fx.group.getId(), holder.memberId(), SeatRole.MEMBER, false));
        signInAs(holder);
        MyInterestsView view = navigateTo("interests", MyInterestsView.class);
        assertThat(view.confirmed.getText()).isEqualTo("You have not confirmed your register yet.");
        Fields.setValue(view.kind, InterestKind.RESEARCH_FUNDING);
        Fields.setValue(view.description, "Co-investigator, NIHR falls prevention study");
        _click(view.declare);
        assertThat(_size(view.grid)).isEqualTo(1);
        assertThat(_getFormattedRow(view.grid, 0))
                .contains("Research funding or grant", "Non-financial professional interest", "Current");
        _click(view.confirm);
        assertThat(view.confirmed.getText()).startsWith("You last confirmed your register on ");

        anonymous();
        navigateTo("groups/" + fx.group.getSlug() + "?tab=interests", GroupView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> register = _find(Grid.class).stream()
                .filter(g -> String.valueOf(g.getAriaLabel().orElse("")).startsWith("Register of interests"))
                .findFirst()
                .orElseThrow();
        assertThat(_getFormattedRow(register, 0)).contains("Co-investigator, NIHR falls prevention study");
    }

    @Test
    void anonymousVisitorsCannotOpenTheirOwnRegister() {
        anonymous();
        UI.getCurrent().navigate("interests");
        assertThat(currentView()).isNotInstanceOf(MyInterestsView.class);
    }
}
