package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.exchange.LedgerEntry;

/**
 * The expertise exchange by keyboard alone, from the request to the feedback: a request posted (complete, and
 * incomplete first), an exchange agreed, delivered, confirmed and completed, and the other ways out (declined,
 * release refused, cancelled). Each dialog must keep focus while open and give it back to its opener on Escape
 * (doing nothing); fixtures set the scene through the services, and each outcome is checked through them.
 */
class ExchangeKeyboardBT extends KeyboardFlowTestBase {

    @Test
    void aCoordinatorRequestsExpertiseAndTheExchangeIsAgreedByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        String memberName = fx.as(member, () -> fx.members.me().getFullName());
        String title = "Keyboard request " + ExchangeFixtures.next();
        String description = "Review our discharge letters with a human factors lens.";

        // The host coordinator fills in the request form, top to bottom.
        signIn(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD);
        open("exchange/requests/new");
        skipToMain();
        tabThrough(1, "input (Title)");
        type(title);
        tabThrough(
                5,
                "input (Days needed)",
                "input (From)",
                "input (To)",
                "input (Location)",
                "input (Can be done remotely)");
        press(Keys.SPACE);
        tabThrough(2, "input (Linked project number (optional))", "textarea (What the work is)");
        type(description);
        tabThrough(1, "input (Skill needed)");
        type(fx.testSkill);
        press(Keys.ENTER);
        assertNotTrapped();
        tabThrough(2, "input (Minimum level)", "vaadin-button (Add skill)");
        WebElement addSkill = active();
        press(Keys.ENTER);
        assertThat(active()).as("focus stays on Add skill").isEqualTo(addSkill);
        // The new row's table is one stop (header, then its rows), and Tab leaves it for the save button.
        tabThrough(3, "th", "td", "vaadin-button (Post request)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/exchange/requests/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        Matcher m = Pattern.compile("/exchange/requests/(\\d+)$").matcher(driver().getCurrentUrl());
        assertThat(m.find()).isTrue();
        Long requestId = Long.valueOf(m.group(1));
        ExpertiseRequest saved = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.requests.request(requestId))
                .orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(title);
        assertThat(saved.getDescription()).isEqualTo(description);
        assertThat(saved.isRemote()).isTrue();
        assertThat(saved.getSkills()).extracting(rs -> rs.getSkill().getName()).containsExactly(fx.testSkill);

        // Invite the one candidate: Tab into the candidates grid, to the row's Invite button, Enter.
        tabThrough(
                10,
                "vaadin-button (Edit)",
                "vaadin-button (Mark as filled)",
                "vaadin-button (Cancel request)",
                "th",
                "td");
        enterRowButton("Invite " + memberName, 10);
        press(Keys.ENTER);
        waitUpTo(20)
                .until(d -> !fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.exchangesFor(requestId))
                        .isEmpty());
        Exchange e = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.exchangesFor(requestId))
                .getFirst();
        assertThat(e.getState()).isEqualTo(ExchangeState.INVITED);
        assertFocusStaysInView();

        // The member accepts the invitation.
        driver().manage().deleteAllCookies();
        signIn(member, FIXTURE_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Accept)", "vaadin-button (Decline)");
        shiftTab();
        assertThat(describe(active())).isEqualTo("vaadin-button (Accept)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> state(fx, member, e) == ExchangeState.ACCEPTED);
        assertFocusStaysInView();

        // The lender's coordinator approves the release through its prompt: Escape first, then for real.
        driver().manage().deleteAllCookies();
        signIn(lender.coordinator(), FIXTURE_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Approve release)", "vaadin-button (Refuse release)");
        shiftTab();
        WebElement approve = active();
        assertThat(describe(approve)).isEqualTo("vaadin-button (Approve release)");
        assertDialogKeepsAndReturnsFocus(approve, Keys.ENTER);
        assertThat(state(fx, lender.coordinator(), e)).isEqualTo(ExchangeState.ACCEPTED);
        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(6, "textarea (Note (optional))");
        type("Released for the spring quarter.");
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Approve)"));
        assertThat(inDialog)
                .containsSubsequence("textarea (Note (optional))", "vaadin-button (Back)", "vaadin-button (Approve)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, lender.coordinator(), e) == ExchangeState.AGREED);
        assertThat(fx.as(lender.coordinator(), () -> fx.exchanges.exchange(e.getId()))
                        .orElseThrow()
                        .getReleaseNote())
                .isEqualTo("Released for the spring quarter.");
        // The approve button has gone with the step; focus is at the start of the view, not lost to the page.
        assertFocusStaysInView();
    }

    @Test
    void anExpertiseRequestSentIncompleteSendsFocusToEachProblemByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
        String title = "Keyboard incomplete request " + ExchangeFixtures.next();
        String description = "Coach our ward team through their first PDSA cycles.";

        signIn(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD);
        open("exchange/requests/new");
        skipToMain();
        // No title, and no skill added.
        tabThrough(
                6,
                "input (Title)",
                "input (Days needed)",
                "input (From)",
                "input (To)",
                "input (Location)",
                "input (Can be done remotely)");
        press(Keys.SPACE);
        tabThrough(2, "input (Linked project number (optional))", "textarea (What the work is)");
        type(description);
        tabThrough(8, "input (Skill needed)", "vaadin-button (Add skill)", "vaadin-button (Post request)");
        press(Keys.ENTER);
        assertFocusMovesToError("input (Title)", "Enter a title");
        type(title);
        tabThrough(20, "textarea (What the work is)", "vaadin-button (Post request)");
        press(Keys.ENTER);
        assertFocusMovesToError("input (Skill needed)", "Add at least one skill the work needs");
        assertThat(driver().getCurrentUrl()).endsWith("/exchange/requests/new");
        type(fx.testSkill);
        press(Keys.ENTER);
        tabThrough(2, "input (Minimum level)", "vaadin-button (Add skill)");
        press(Keys.ENTER);
        // Removed again from the skills table by its labelled button: the row goes, focus goes to "Skill needed".
        tabThrough(2, "th", "td");
        enterRowButton("Remove " + fx.testSkill, 3);
        press(Keys.ENTER);
        waitUpTo(10)
                .withMessage(() -> "focus back on the skill field, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Skill needed)"));
        assertFocusVisible();
        type(fx.testSkill);
        press(Keys.ENTER);
        tabThrough(2, "input (Minimum level)", "vaadin-button (Add skill)");
        press(Keys.ENTER);
        tabThrough(3, "vaadin-button (Post request)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/exchange/requests/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        Long id = Long.valueOf(driver().getCurrentUrl().replaceAll(".*/", ""));
        var saved = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.requests.request(id))
                .orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(title);
        assertThat(saved.getDescription()).isEqualTo(description);
        assertThat(saved.isRemote()).isTrue();
        assertThat(saved.getSkills()).extracting(rs -> rs.getSkill().getName()).containsExactly(fx.testSkill);
    }

    @Test
    void anAgreedExchangeIsDeliveredConfirmedAndCompletedByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
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
        assertThat(inDialog)
                .containsSubsequence("input (Days delivered)", "vaadin-button (Back)", "vaadin-button (Save)");
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
        assertThat(state(fx, ExchangeFixtures.HOST_COORDINATOR, e))
                .as("Escape confirmed nothing")
                .isEqualTo(ExchangeState.DAYS_LOGGED);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Confirm days)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Confirm days)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, ExchangeFixtures.HOST_COORDINATOR, e) == ExchangeState.CONFIRMED);
        // Given by the lender, received by the host: the two days logged, once each way.
        assertThat(fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.ledger.entriesFor(e.getId())))
                .extracting(LedgerEntry::getDays)
                .containsExactlyInAnyOrder(-2, 2);
        assertFocusStaysInView();

        // Still on the page, the host leaves feedback through its prompt.
        leaveFeedback("A generous, practical colleague.");
        waitUpTo(20)
                .until(d -> "A generous, practical colleague."
                        .equals(exchange(fx, ExchangeFixtures.HOST_COORDINATOR, e)
                                .getHostFeedback()));
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
        assertThat(insideDialog())
                .as("an empty required text keeps the prompt open, focus inside")
                .isTrue();
        shiftTabTo("textarea (How did the exchange go?)", 3);
        type(text);
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Send feedback)"));
        assertThat(inDialog)
                .containsSubsequence(
                        "textarea (How did the exchange go?)", "vaadin-button (Back)", "vaadin-button (Send feedback)");
        press(Keys.ENTER);
        waitForNoDialog();
    }

    @Test
    void anInvitationIsDeclinedByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(
                ExchangeState.INVITED,
                member,
                fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3),
                lender);

        signIn(member, FIXTURE_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Accept)", "vaadin-button (Decline)");
        WebElement decline = active();
        assertDialogKeepsAndReturnsFocus(decline, Keys.ENTER);
        assertThat(state(fx, member, e)).as("Escape declined nothing").isEqualTo(ExchangeState.INVITED);
        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(6, "textarea (Reason (optional))");
        type("Booked on another project until March.");
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Decline)"));
        assertThat(inDialog)
                .containsSubsequence("textarea (Reason (optional))", "vaadin-button (Back)", "vaadin-button (Decline)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, member, e) == ExchangeState.DECLINED);
        assertThat(exchange(fx, member, e).getReason()).isEqualTo("Booked on another project until March.");
        assertFocusStaysInView();
    }

    @Test
    void aReleaseIsRefusedWithARequiredReasonByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(
                ExchangeState.ACCEPTED,
                member,
                fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3),
                lender);

        signIn(lender.coordinator(), FIXTURE_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Approve release)", "vaadin-button (Refuse release)");
        WebElement refuse = active();
        assertDialogKeepsAndReturnsFocus(refuse, Keys.ENTER);
        assertThat(state(fx, lender.coordinator(), e)).isEqualTo(ExchangeState.ACCEPTED);
        press(Keys.ENTER);
        waitForDialog();
        // The reason is required: Refuse with it empty keeps the prompt open, focus inside, the field marked.
        List<String> inDialog = tabThroughDialog(6, "vaadin-button (Refuse)");
        press(Keys.ENTER);
        assertThat(insideDialog())
                .as("an empty required reason keeps the prompt open, focus inside")
                .isTrue();
        assertThat(state(fx, lender.coordinator(), e)).isEqualTo(ExchangeState.ACCEPTED);
        shiftTabTo("textarea (Reason)", 3);
        assertThat((Boolean) js("return arguments[0].closest('vaadin-text-area').hasAttribute('invalid')", active()))
                .isTrue();
        type("We are short-staffed this quarter.");
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Refuse)"));
        assertThat(inDialog).containsSubsequence("textarea (Reason)", "vaadin-button (Back)", "vaadin-button (Refuse)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, lender.coordinator(), e) == ExchangeState.RELEASE_REFUSED);
        assertThat(exchange(fx, lender.coordinator(), e).getReason()).isEqualTo("We are short-staffed this quarter.");
        assertFocusStaysInView();
    }

    @Test
    void anAgreedExchangeIsCancelledByTheHostByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(
                ExchangeState.AGREED,
                member,
                fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3),
                lender);

        signIn(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD);
        open("exchange/exchanges/" + e.getId());
        skipToMain();
        tabThrough(3, "a (see the request)", "vaadin-button (Cancel exchange)");
        WebElement cancel = active();
        assertDialogKeepsAndReturnsFocus(cancel, Keys.ENTER);
        assertThat(state(fx, ExchangeFixtures.HOST_COORDINATOR, e)).isEqualTo(ExchangeState.AGREED);
        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(6, "textarea (Reason)");
        type("The project lost its funding.");
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Cancel exchange)"));
        assertThat(inDialog)
                .containsSubsequence("textarea (Reason)", "vaadin-button (Back)", "vaadin-button (Cancel exchange)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, ExchangeFixtures.HOST_COORDINATOR, e) == ExchangeState.CANCELLED);
        assertThat(exchange(fx, ExchangeFixtures.HOST_COORDINATOR, e).getReason())
                .isEqualTo("The project lost its funding.");
        assertFocusStaysInView();
    }
}
