package org.qcommons.governance.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.governance.GovernanceFixtures.as;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.qcommons.governance.GovernanceFixtures;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.meetings.ui.MeetingView;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;

/** A seat holder records a declaration against an agenda item in the meeting's minutes. */
class DeclarationsInMinutesKT extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void aDeclarationIsRecordedAgainstAnItemAndListedWithTheMinutes() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        MeetingService meetings = applicationContext.getBean(MeetingService.class);
        AgendaService agenda = applicationContext.getBean(AgendaService.class);
        Meeting m = as(
                fx.convenor,
                () -> meetings.schedule(
                        fx.group.getId(),
                        "Declarations meeting",
                        LocalDateTime.now().plusDays(3),
                        90,
                        "Room 2",
                        null));
        AgendaItem item = as(fx.convenor, () -> agenda.addItem(m.getId(), "Care home partnership", null, 15, null));

        signInAs(fx.convenor);
        navigateTo("meetings/" + m.getId(), MeetingView.class);
        Grid<Object> grid = _find(Grid.class).stream()
                .filter(g -> g.getAriaLabel().orElse("").equals("Declarations of interest at this meeting"))
                .findFirst()
                .orElseThrow();
        assertThat(_size(grid)).isZero();
        Select<SeatHolder> who = _get(Select.class, s -> s.withLabel("Who declared"));
        Fields.setValue(who, who.getListDataView().getItems().findFirst().orElseThrow());
        Select<AgendaItem> against = _get(Select.class, s -> s.withLabel("Against agenda item"));
        Fields.setValue(
                against,
                against.getListDataView()
                        .getItems()
                        .filter(i -> i.getId().equals(item.getId()))
                        .findFirst()
                        .orElseThrow());
        Fields.setValue(_get(TextField.class, s -> s.withLabel("Interest declared")), "Owner of a care home");
        Fields.setValue(_get(TextField.class, s -> s.withLabel("Action taken")), "Left the room");
        _click(_get(Button.class, s -> s.withText("Record the declaration")));

        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_getFormattedRow(grid, 0))
                .contains("Care home partnership", "Owner of a care home", "Left the room");
    }
}
