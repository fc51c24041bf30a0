package org.qcommons.a11y;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.CheckIn;
import org.qcommons.buddying.PairStatus;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.LedgerEntry;
import org.qcommons.meetings.ActionItem;
import org.qcommons.meetings.ActionStatus;
import org.qcommons.meetings.Decision;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.people.Member;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

/**
 * The steps {@link KeyboardFlowsBT} leaves off: the end of an exchange (days logged, confirmed, feedback from both
 * sides), the buddy's side of a pair (accept, check in), and a meeting's decisions and actions. Same rules: the
 * fixtures set the scene through the services, each step is a key press on whatever has focus, and each outcome is
 * checked through the services.
 */
class KeyboardFlowsMoreBT extends KeyboardFlowTestBase {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Test
    void anAgreedExchangeIsDeliveredConfirmedAndCompletedByKeyboard() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        ExpertiseRequest request = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3);
        Exchange e = fx.exchangeIn(ExchangeState.AGREED, member, request, lender);

        // The member logs the days through the dialog: Escape first, then one day fewer than agreed (ArrowDown).
        signIn(member, FIXTURE_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Log days delivered)");
        WebElement logDays = active();
        assertDialogKeepsAndReturnsFocus(logDays, Keys.ENTER);
        assertThat(state(fx, member, e)).isEqualTo(ExchangeState.AGREED);
        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(4, "input (Days delivered)");
        press(Keys.ARROW_DOWN);
        inDialog.addAll(tabThroughDialog(3, "vaadin-button (Save)"));
        assertThat(inDialog).containsSubsequence("input (Days delivered)", "vaadin-button (Back)", "vaadin-button (Save)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, member, e) == ExchangeState.DAYS_LOGGED);
        assertThat(exchange(fx, member, e).getDaysLogged()).isEqualTo(2);
        assertFocusStaysInView();

        // The host coordinator confirms them through the confirmation: Escape first, then Confirm days.
        driver().manage().deleteAllCookies();
        signIn(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Confirm days)");
        WebElement confirm = active();
        assertDialogKeepsAndReturnsFocus(confirm, Keys.ENTER);
        assertThat(state(fx, ExchangeFixtures.HOST_COORDINATOR, e)).as("Escape confirmed nothing").isEqualTo(ExchangeState.DAYS_LOGGED);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Confirm days)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Confirm days)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, ExchangeFixtures.HOST_COORDINATOR, e) == ExchangeState.CONFIRMED);
        // Given by the lender, received by the host: the two days logged, once each way.
        assertThat(fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.ledger.entriesFor(e.getId())))
                .extracting(LedgerEntry::getDays).containsExactlyInAnyOrder(-2, 2);
        assertFocusStaysInView();

        // Still on the page, the host leaves feedback through its prompt.
        leaveFeedback("A generous, practical colleague.");
        waitUpTo(20).until(d -> "A generous, practical colleague.".equals(exchange(fx, ExchangeFixtures.HOST_COORDINATOR, e).getHostFeedback()));
        assertThat(state(fx, ExchangeFixtures.HOST_COORDINATOR, e)).isEqualTo(ExchangeState.CONFIRMED);
        assertFocusStaysInView();

        // The member's feedback completes the exchange.
        driver().manage().deleteAllCookies();
        signIn(member, FIXTURE_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        leaveFeedback("A team keen to learn.");
        waitUpTo(20).until(d -> state(fx, member, e) == ExchangeState.COMPLETE);
        assertThat(exchange(fx, member, e).getMemberFeedback()).isEqualTo("A team keen to learn.");
        assertFocusStaysInView();
    }

    /**
     * From focus at the start of the exchange view: Tab to "Leave feedback", check that its prompt keeps and returns
     * focus, then give the feedback (a required text: Send with it empty keeps the dialog open with focus inside).
     */
    private void leaveFeedback(String text) {
        tabThrough(6, "a (see the request)", "vaadin-button (Leave feedback)");
        WebElement opener = active();
        assertDialogKeepsAndReturnsFocus(opener, Keys.ENTER);
        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(6, "textarea (How did the exchange go?)");
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Send feedback)"));
        press(Keys.ENTER);
        assertThat(insideDialog()).as("an empty required text keeps the prompt open, focus inside").isTrue();
        shiftTabTo("textarea (How did the exchange go?)", 3);
        type(text);
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Send feedback)"));
        assertThat(inDialog).containsSubsequence("textarea (How did the exchange go?)", "vaadin-button (Back)",
                "vaadin-button (Send feedback)");
        press(Keys.ENTER);
        waitForNoDialog();
    }

    @Test
    void aBuddyAcceptsAndRecordsACheckInByKeyboard() {
        BuddyFixtures fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
        Member buddy = fx.experienced("Keyboard Buddy");
        Member newcomer = fx.newcomer("Keyboard Newcomer");
        fx.offer(buddy, 2, "Business cases", "Spread and scale");
        BuddyRequest request = fx.request(newcomer, "Business cases");
        BuddyPair pair = fx.as(newcomer, () -> buddying.propose(request.getId(), buddy.getId()));
        String note = "Agreed a first draft by Friday " + randomWord();

        signIn(buddy.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying/pair/" + pair.getId());
        skipToMain();
        tabThrough(3, "vaadin-button (Accept)", "vaadin-button (Decline)");
        // Decline's dialog keeps and returns focus, and Escape declines nothing.
        assertDialogKeepsAndReturnsFocus(active(), Keys.ENTER);
        assertThat(pairStatus(fx, buddy, pair)).isEqualTo(PairStatus.PROPOSED);
        shiftTab();
        assertThat(describe(active())).isEqualTo("vaadin-button (Accept)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> pairStatus(fx, buddy, pair) == PairStatus.ACTIVE);
        // The page is rebuilt for an active pair, without the Accept button: focus starts the view again.
        assertFocusStaysInView();

        // Record a check-in: a week ago, by phone (the select), with a note. The calendar opens on ArrowDown with
        // focus in it, and Escape gives focus back to the field with the date unchanged; the date is then typed.
        tabThrough(8, "vaadin-button (Pause)", "vaadin-button (Close pair)", "input (Date you met)");
        WebElement date = active();
        press(Keys.ARROW_DOWN);
        waitUpTo(10).withMessage(() -> "focus moves into the calendar").until(d -> !date.equals(active()));
        assertFocusVisible();
        press(Keys.ESCAPE);
        waitForFocusOn(date);
        typeDate(LocalDate.now().minusWeeks(1));
        tabThrough(1, "vaadin-select-value-button (How you met Video call)");
        WebElement mode = active();
        press(Keys.ENTER);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (Video call)");
        press(Keys.ARROW_DOWN);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (Phone)");
        press(Keys.ENTER);
        awaitSelectClosed(mode);
        tabThrough(1 + SELECT_COPY_STOP, "textarea (Short note (only the two of you can see it))");
        assertNotTrapped();
        type(note);
        tabThrough(1, "vaadin-button (Record check-in)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> !fx.as(buddy, () -> buddyPairs.checkIns(pair.getId())).isEmpty());
        CheckIn checkIn = fx.as(buddy, () -> buddyPairs.checkIns(pair.getId())).getFirst();
        assertThat(checkIn.getNote()).isEqualTo(note);
        assertThat(checkIn.getMode()).isEqualTo(BuddyMode.PHONE);
        assertThat(checkIn.getHeldOn()).isEqualTo(LocalDate.now().minusWeeks(1));
        assertThat(checkIn.getAuthor().getId()).isEqualTo(buddy.getId());
        // The form is rebuilt empty after saving: focus is still in the view.
        assertFocusStaysInView();
    }

    @Test
    void aConvenorRecordsADecisionAndAnActionByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        fx.as(CONVENOR, () -> meetings.markHeld(meeting.getId()));
        String tag = randomWord();
        String decision = "Extend the bed-rail audit to all wards " + tag;
        String action = "Share the audit tool with the region " + tag;

        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        // Past the header, the agenda and the attendance table, to the decision form.
        tabThrough(80, "vaadin-button (Circulate draft minutes)", "vaadin-button (Add agenda item)",
                "textarea (Minutes for Welcome and declarations)", "input (Decision)");
        type(decision);
        // A review date four weeks on, typed; Enter closes the calendar that opens as you type.
        tabThrough(1, "input (Review by (optional))");
        typeDate(LocalDate.now().plusWeeks(4));
        tabThrough(1, "vaadin-button (Record decision)");
        WebElement record = active();
        press(Keys.ENTER);
        waitUpTo(20).until(d -> !decisions(fx, meeting).isEmpty());
        assertThat(decisions(fx, meeting)).singleElement().satisfies(dec -> {
            assertThat(dec.getText()).isEqualTo(decision);
            assertThat(dec.getReviewDate()).isEqualTo(LocalDate.now().plusWeeks(4));
        });
        // The decision is pushed back to this page too; focus stays on the button.
        waitForFocusOn(record);

        // On past the new decision's row to the action form: owner from the seat holders, due in a week.
        tabThrough(8, "input (Action)");
        type(action);
        tabThrough(1, "input (Owner)");
        type("Alex Member");
        press(Keys.ENTER);
        assertNotTrapped();
        tabThrough(1, "input (Due)");
        typeDate(LocalDate.now().plusWeeks(1));
        tabThrough(1, "vaadin-button (Add action)");
        WebElement add = active();
        press(Keys.ENTER);
        waitUpTo(20).until(d -> !actions(fx, meeting).isEmpty());
        assertThat(actions(fx, meeting)).singleElement().satisfies(a -> {
            assertThat(a.getDescription()).isEqualTo(action);
            assertThat(a.getOwner().getId()).isEqualTo(fx.memberId(MeetingsFixture.MEMBER));
            assertThat(a.getDueDate()).isEqualTo(LocalDate.now().plusWeeks(1));
        });
        waitForFocusOn(add);
        // The new action's status is reachable too: back up into the grid above the form, to the row's select,
        // open it with Enter and mark the action done.
        shiftTabTo("td", 6);
        WebElement status = enterRowButton("Status of " + action, 3);
        press(Keys.ENTER);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (Open)");
        press(Keys.ARROW_DOWN);
        String done = describe(active());
        press(Keys.ENTER);
        waitForFocusOn(status);
        waitUpTo(20).until(d -> actions(fx, meeting).getFirst().getStatus() != ActionStatus.OPEN);
        assertThat("vaadin-select-item (" + actions(fx, meeting).getFirst().getStatus().label() + ")").isEqualTo(done);
    }

    /**
     * Types a date into the focused date field (in the browser's format: headless Chromium asks for en-US) and
     * closes the calendar with Enter; focus stays on the field.
     */
    private void typeDate(LocalDate date) {
        WebElement field = active();
        type(date.format(US_DATE));
        press(Keys.ENTER);
        waitForFocusOn(field);
    }



    private PairStatus pairStatus(BuddyFixtures fx, Member who, BuddyPair pair) {
        return fx.as(who, () -> buddyPairs.pair(pair.getId())).orElseThrow().getStatus();
    }

    private List<Decision> decisions(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, () -> decisionService.decisions(meetings.meeting(m.getId()).orElseThrow()));
    }

    private List<ActionItem> actions(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, () -> actionService.actions(meetings.meeting(m.getId()).orElseThrow()));
    }
}
