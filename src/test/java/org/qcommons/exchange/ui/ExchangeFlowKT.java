package org.qcommons.exchange.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.exchange.ExchangeAction.*;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.security.Role;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeAction;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.MatchScorer;
import org.qcommons.skills.SkillLevel;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.data.domain.PageRequest;

/** Every workflow step through the views, by the person entitled to take it, plus refusals of illegal steps. */
class ExchangeFlowKT extends KaribuTest {

    static final String HOST = ExchangeFixtures.HOST_COORDINATOR;
    ExchangeFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new ExchangeFixtures(applicationContext);
    }

    @Test
    void requestMatchInviteAcceptApproveDeliverConfirmComplete() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);

        signInAs(HOST);
        RequestEditorView editor = navigateTo("exchange/requests/new", RequestEditorView.class);
        String title = "Karibu flow " + ExchangeFixtures.next();
        Fields.setValue(editor.title, title);
        Fields.setValue(editor.description, "Human factors review of our handover.");
        Fields.setValue(editor.daysNeeded, 3);
        Fields.setValue(editor.remote, true);
        Fields.setValue(editor.skill, fx.skill(fx.testSkill));
        Fields.setValue(editor.minLevel, SkillLevel.PRACTITIONER);
        _click(editor.addSkill);
        _click(editor.save);
        RequestView requestView = (RequestView) currentView();

        var grid = requestView.candidates.grid;
        int row = rowOf(grid, fx.memberId(member));
        MatchScorer.Score score = GridKt._get(grid, row);
        assertThat(score.skillFit()).isEqualTo(MatchScorer.SKILL_WEIGHT);
        assertThat(score.proximity()).isEqualTo(MatchScorer.PROXIMITY_WEIGHT);
        assertThat(score.total())
                .isEqualTo(score.skillFit() + score.availability() + score.proximity() + score.fairness());
        _click((Button) _getCellComponent(grid, row, "invite"));
        Exchange e =
                fx.as(HOST, () -> fx.exchanges.exchangesFor(requestId(title))).getFirst();
        assertThat(e.getState()).isEqualTo(ExchangeState.INVITED);

        signInAs(member);
        ExchangeView view = open(e);
        assertThat(offered(view)).containsExactlyInAnyOrder(ACCEPT, DECLINE, CANCEL);
        _click(view.actions.get(ACCEPT));
        assertThat(view.state.getText()).isEqualTo(ExchangeState.ACCEPTED.label());

        signInAs(HOST);
        ExchangeView waiting = open(e);
        assertThat(offered(waiting)).containsExactly(CANCEL);
        // The host can only cancel: the page says whose move it is, and does not call Cancel their next step.
        assertThat(texts(waiting, com.vaadin.flow.component.html.Paragraph.class))
                .contains("Next: The coordinator at " + lender.org().getName()
                        + " approves or refuses the staff release.")
                .contains("Nothing for you to do now; you will be notified when that changes.");
        assertThat(texts(waiting, com.vaadin.flow.component.html.H3.class))
                .contains("Other actions")
                .doesNotContain("Your next step");

        signInAs(lender.coordinator());
        view = open(e);
        assertThat(offered(view)).containsExactlyInAnyOrder(APPROVE_RELEASE, REFUSE_RELEASE, CANCEL);
        _click(view.actions.get(APPROVE_RELEASE));
        _click(_get(TextPromptDialog.class).confirm);
        assertThat(view.state.getText()).isEqualTo(ExchangeState.AGREED.label());

        signInAs(member);
        view = open(e);
        _click(view.actions.get(LOG_DAYS));
        LogDaysDialog days = _get(LogDaysDialog.class);
        Fields.setValue(days.days, 3);
        _click(days.save);
        assertThat(view.state.getText()).isEqualTo(ExchangeState.DAYS_LOGGED.label());

        signInAs(HOST);
        view = open(e);
        _click(view.actions.get(CONFIRM_DAYS));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(view.state.getText()).isEqualTo(ExchangeState.CONFIRMED.label());
        assertThat(_size(view.ledgerGrid)).isEqualTo(2);
        leaveFeedback(view, "Thorough and kind");

        signInAs(member);
        view = open(e);
        leaveFeedback(view, "Welcoming team");
        assertThat(view.state.getText()).isEqualTo(ExchangeState.COMPLETE.label());
        assertThat(offered(view)).isEmpty();
    }

    @Test
    void aStepThatNoLongerFollowsIsRefusedWithAClearMessage() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.INVITED, member, r, lender);

        signInAs(member);
        ExchangeView view = open(e);
        // Meanwhile the host cancels; the member's page is now stale.
        fx.as(HOST, () -> fx.exchanges.cancel(e.getId(), "Project paused"));
        _click(view.actions.get(ACCEPT));
        assertThat(notifications())
                .anyMatch(t -> t.contains("You cannot accept the invitation: the exchange is cancelled"));
        assertThat(view.state.getText()).isEqualTo(ExchangeState.CANCELLED.label());
        assertThat(offered(view)).isEmpty();
    }

    @Test
    void daysCannotBeConfirmedTwice() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.DAYS_LOGGED, member, r, lender);

        signInAs(HOST);
        ExchangeView view = open(e);
        fx.as(HOST, () -> fx.delivery.confirmDays(e.getId()));
        _click(view.actions.get(CONFIRM_DAYS));
        _fireConfirm(_get(ConfirmDialog.class));
        assertThat(notifications())
                .anyMatch(t -> t.contains("You cannot confirm the days: the exchange is days confirmed"));
        assertThat(fx.as(HOST, () -> fx.ledger.entriesFor(e.getId()))).hasSize(2);
    }

    @Test
    void refusingARelease_needsAReason() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.ACCEPTED, member, r, lender);

        signInAs(lender.coordinator());
        ExchangeView view = open(e);
        _click(view.actions.get(REFUSE_RELEASE));
        TextPromptDialog dialog = _get(TextPromptDialog.class);
        _click(dialog.confirm);
        assertThat(dialog.text.isInvalid()).isTrue();
        assertThat(view.state.getText()).isEqualTo(ExchangeState.ACCEPTED.label());
        Fields.setValue(dialog.text, "Ward short-staffed this quarter");
        _click(dialog.confirm);
        assertThat(view.state.getText()).isEqualTo(ExchangeState.RELEASE_REFUSED.label());
    }

    @Test
    void aMemberDeclinesAndTheHostCanCancelEarlierExchanges() {
        var lender = fx.newLender(null);
        String first = fx.newMember(lender.org(), fx.testSkill);
        String second = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange declined = fx.exchangeIn(ExchangeState.INVITED, first, r, lender);
        Exchange agreed = fx.exchangeIn(ExchangeState.AGREED, second, r, lender);

        signInAs(first);
        ExchangeView view = open(declined);
        _click(view.actions.get(DECLINE));
        _click(_get(TextPromptDialog.class).confirm);
        assertThat(view.state.getText()).isEqualTo(ExchangeState.DECLINED.label());

        signInAs(HOST);
        view = open(agreed);
        assertThat(offered(view)).containsExactly(CANCEL);
        _click(view.actions.get(CANCEL));
        TextPromptDialog dialog = _get(TextPromptDialog.class);
        Fields.setValue(dialog.text, "Funding withdrawn");
        _click(dialog.confirm);
        assertThat(view.state.getText()).isEqualTo(ExchangeState.CANCELLED.label());
    }

    @Test
    void someoneOutsideTheExchangeCannotOpenIt() {
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        String stranger = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest r = fx.newRequest(HOST, fx.testSkill, 2);
        Exchange e = fx.exchangeIn(ExchangeState.INVITED, member, r, lender);

        signInAs(stranger);
        UI.getCurrent().navigate("exchange/exchanges/" + e.getId());
        assertThat(currentView()).isNotInstanceOf(ExchangeView.class);

        signInAs(Role.ADMIN);
        ExchangeView adminView = open(e);
        assertThat(offered(adminView)).isEmpty();
    }

    private void leaveFeedback(ExchangeView view, String text) {
        _click(view.actions.get(LEAVE_FEEDBACK));
        TextPromptDialog dialog = _get(TextPromptDialog.class);
        Fields.setValue(dialog.text, text);
        _click(dialog.confirm);
    }

    private Long requestId(String title) {
        return fx.as(HOST, () -> fx.requests.board(null, PageRequest.of(0, 200))).stream()
                .filter(r -> r.getTitle().equals(title))
                .findFirst()
                .orElseThrow()
                .getId();
    }

    private static List<String> texts(ExchangeView view, Class<? extends com.vaadin.flow.component.HasText> type) {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(view, (Class) type).stream()
                .map(c -> ((com.vaadin.flow.component.HasText) c).getText())
                .toList();
    }

    private static ExchangeView open(Exchange e) {
        return navigateTo("exchange/exchanges/" + e.getId(), ExchangeView.class);
    }

    static Set<ExchangeAction> offered(ExchangeView view) {
        Set<ExchangeAction> result = EnumSet.noneOf(ExchangeAction.class);
        view.actions.forEach((a, b) -> {
            if (b.isAttached()) {
                result.add(a);
            }
        });
        return result;
    }

    static List<String> notifications() {
        return NotificationsKt.getNotifications().stream()
                .map(ExchangeFlowKT::text)
                .collect(Collectors.toList());
    }

    private static String text(Notification n) {
        String t = n.getElement().getProperty("text");
        return t == null ? n.getElement().getText() : t;
    }

    private static int rowOf(Grid<MatchScorer.Score> grid, Long memberId) {
        for (int i = 0; i < _size(grid); i++) {
            if (GridKt._get(grid, i).candidate().memberId().equals(memberId)) {
                return i;
            }
        }
        throw new AssertionError("Member " + memberId + " is not among the candidates");
    }
}
