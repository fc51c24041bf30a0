package org.qcommons.base.audit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.router.RouterLink;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.meetings.ui.MeetingView;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The generic history screen for minutes (agenda items), decisions and exchanges. */
class HistoryViewKT extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    Clock clock;

    @Autowired
    AgendaService agendaService;

    @Autowired
    JdbcTemplate jdbc;

    private AgendaItem editedItem() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accountService);
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.as(
                MeetingsFixture.CONVENOR,
                () -> meetings.schedule(
                        g.getId(), "History meeting", LocalDateTime.now(clock).plusDays(12), 90, "Room 2", null));
        AgendaItem item =
                fx.as(MeetingsFixture.CONVENOR, () -> agendaService.addItem(m.getId(), "Falls audit", "Sam", 20, null));
        fx.as(
                MeetingsFixture.CONVENOR,
                () -> agendaService.updateItem(
                        item.getId(), item.getVersion(), "Falls audit <b>revisited</b>", "Sam", 30, null));
        return item;
    }

    @Test
    void theConvenorSeesAnItemsHistoryFromTheMeetingPage() {
        AgendaItem item = editedItem();
        signInAs(MeetingsFixture.CONVENOR);
        UI.getCurrent().navigate("meetings/" + item.getMeeting().getId());
        assertThat(_find(RouterLink.class, s -> s.withText("History")))
                .anySatisfy(l -> assertThat(l.getHref()).isEqualTo("history/agenda-item/" + item.getId()));

        HistoryView view = navigateTo("history/agenda-item/" + item.getId(), HistoryView.class);
        List<H3> entries = _find(view.history, H3.class);
        assertThat(entries).hasSize(2);
        assertThat(entries.getFirst().getText())
                .startsWith("Changed · ")
                .endsWith("(" + MeetingsFixture.CONVENOR + ")");
        assertThat(_find(view.history, ListItem.class).stream().map(HistoryViewKT::text))
                .contains("Title: Falls audit → Falls audit <b>revisited</b>", "Minutes allotted: 20 → 30");
        assertThat(view.getElement().getOuterHTML()).doesNotContain("<b>revisited");
    }

    @Test
    void aSeatHolderWhoDoesNotManageTheGroupIsRefusedAndAnAdminIsNot() {
        AgendaItem item = editedItem();
        signInAs(MeetingsFixture.MEMBER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("history/agenda-item/" + item.getId()))
                .isInstanceOf(MockAccessDeniedException.class);
        UI.getCurrent().navigate("meetings/" + item.getMeeting().getId());
        assertThat(currentView()).isInstanceOf(MeetingView.class);
        assertThat(_find(RouterLink.class, s -> s.withText("History"))).isEmpty();

        signInAs(MeetingsFixture.ADMIN);
        HistoryView view = navigateTo("history/agenda-item/" + item.getId(), HistoryView.class);
        assertThat(_find(view.history, H3.class)).hasSize(2);
    }

    @Test
    void coordinatorsOfTheOrganisationsInvolvedSeeAnExchangesHistoryOthersDoNot() {
        String orgOf =
                "(select organisation_id from member m join user_account a on a.member_id = m.id where a.username = ?)";
        Long exchangeId = jdbc.queryForObject(
                "select min(e.id) from concordat_exchange e where (e.lender_org_id = " + orgOf + " or e.host_org_id = "
                        + orgOf + ") and e.lender_org_id <> " + orgOf + " and e.host_org_id <> " + orgOf,
                Long.class,
                DemoAccounts.COORDINATOR,
                DemoAccounts.COORDINATOR,
                DemoAccounts.COORDINATOR2,
                DemoAccounts.COORDINATOR2);
        assertThat(exchangeId)
                .as("the demo data has an exchange of North Bristol's without Bath")
                .isNotNull();
        signInAs(DemoAccounts.COORDINATOR);
        assertThat(navigateTo("history/exchange/" + exchangeId, HistoryView.class).history)
                .isNotNull();
        signInAs(DemoAccounts.COORDINATOR2);
        assertThatThrownBy(() -> UI.getCurrent().navigate("history/exchange/" + exchangeId))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void exchangeHistoryIsClosedToMembersAndOutsiders() {
        Long exchangeId = jdbc.queryForObject("select min(id) from concordat_exchange", Long.class);
        assertThat(exchangeId).as("the demo data has exchanges").isNotNull();
        signInAs(MeetingsFixture.MEMBER);
        assertThatThrownBy(() -> UI.getCurrent().navigate("history/exchange/" + exchangeId))
                .isInstanceOf(MockAccessDeniedException.class);
        signInAs(MeetingsFixture.ADMIN);
        HistoryView view = navigateTo("history/exchange/" + exchangeId, HistoryView.class);
        assertThat(view.history).isNotNull();

        // An entry between two organisations neither of which is Bath's: Bath's coordinator is an outsider to it.
        String bath =
                "(select organisation_id from member m join user_account a on a.member_id = m.id where a.username = ?)";
        Long entryId = jdbc.queryForObject(
                "select min(id) from ledger_entry where organisation_id <> " + bath + " and counterparty_id <> " + bath,
                Long.class,
                DemoAccounts.COORDINATOR2,
                DemoAccounts.COORDINATOR2);
        assertThat(entryId).as("the demo data has ledger entries without Bath").isNotNull();
        HistoryView ledger = navigateTo("history/ledger-entry/" + entryId, HistoryView.class);
        assertThat(_find(ledger.history, H3.class))
                .first()
                .satisfies(h -> assertThat(h.getText()).startsWith("Created · "));
        signInAs(DemoAccounts.COORDINATOR2);
        assertThatThrownBy(() -> UI.getCurrent().navigate("history/ledger-entry/" + entryId))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void anUnknownKindOfRecordIsNotFound() {
        signInAs(MeetingsFixture.ADMIN);
        try {
            UI.getCurrent().navigate("history/nothing/1");
        } catch (RuntimeException notFound) {
            assertThat(notFound).hasMessageContaining("nothing");
            return;
        }
        assertThat(currentView()).isNotInstanceOf(HistoryView.class);
    }

    private static String text(ListItem item) {
        return item.getChildren().map(c -> c.getElement().getText()).reduce("", String::concat);
    }
}
