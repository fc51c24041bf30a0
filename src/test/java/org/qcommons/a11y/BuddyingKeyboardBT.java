package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyOffer;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.CheckIn;
import org.qcommons.buddying.PairStatus;
import org.qcommons.people.Member;
import org.qcommons.skills.Skill;

/**
 * Buddying by keyboard alone: asking for a buddy (with and without goals), offering to be one, the buddy's side
 * of a pair (accept, decline, check in), and a pair paused, resumed, closed and given feedback. Fixtures set the
 * scene through the services; every step is a key press on whatever has focus, and every outcome is checked
 * through the services.
 */
class BuddyingKeyboardBT extends KeyboardFlowTestBase {

    @Test
    void aNewcomerAsksForABuddyByKeyboard() {
        BuddyFixtures fx = fixtures(BuddyFixtures.class);
        Member buddy = fx.experienced("Keyboard Buddy");
        Member newcomer = fx.newcomer("Keyboard Newcomer");
        fx.offer(buddy, 2, "Business cases", "Spread and scale");
        String goals = "Write a business case to spread our frailty pathway " + randomWord();

        // A newcomer's page leads with the invitation to ask.
        signIn(newcomer.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying");
        skipToMain();
        tabThrough(1, "vaadin-button (Ask for a buddy)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/buddying/request"));
        waitForVaadin();
        assertFocusStaysInView();

        tabThrough(1, "textarea (What would you like help with?)");
        type(goals);
        tabThrough(1, "input (Skills you would like to build)");
        for (String skill : new String[] {"Business cases", "Spread and scale"}) {
            type(skill);
            press(Keys.ARROW_DOWN);
            press(Keys.ENTER);
        }
        assertNotTrapped();
        tabThrough(1, "vaadin-select-value-button (How would you like to meet? No preference)");
        WebElement mode = active();
        // The select opens on Enter at its current choice; the arrows move, Enter picks and closes it.
        press(Keys.ENTER);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (No preference)");
        press(Keys.ARROW_DOWN);
        press(Keys.ARROW_DOWN);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (Video call)");
        press(Keys.ENTER);
        awaitSelectClosed(mode);
        assertFocusVisible();
        tabThrough(1 + SELECT_COPY_STOP, "input (I would prefer a buddy from my profession)");
        press(Keys.SPACE);
        tabThrough(
                2,
                "input (I would prefer a buddy in my STP, so we can meet locally)",
                "vaadin-button (Ask for a buddy)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/request/\\d+/suggestions$"));
        waitForVaadin();
        assertFocusStaysInView();
        BuddyRequest request = fx.as(newcomer, () -> buddying.myOpenRequest()).orElseThrow();
        assertThat(request.getGoals()).isEqualTo(goals);
        assertThat(request.getSkills())
                .extracting(Skill::getName)
                .containsExactlyInAnyOrder("Business cases", "Spread and scale");
        assertThat(request.getPreferredMode()).isEqualTo(BuddyMode.VIDEO);
        assertThat(request.isSameProfession()).isTrue();
        assertThat(request.isSameStp()).isFalse();

        // Pick the buddy from the suggestions: Tab into the grid, arrow to their row, into its button.
        tabThrough(3, "th", "td");
        WebElement ask = enterRowButton("Ask " + buddy.getFullName() + " to be the buddy", 30);
        assertDialogKeepsAndReturnsFocus(ask, Keys.ENTER);
        assertThat(fx.as(newcomer, () -> buddyPairs.myPairs()))
                .as("Escape asked no one")
                .isEmpty();
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Ask)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Ask)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/pair/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        assertThat(fx.as(newcomer, () -> buddyPairs.myPairs()))
                .singleElement()
                .satisfies(p -> assertThat(p.getBuddy().getId()).isEqualTo(buddy.getId()));
    }

    @Test
    void aBuddyRequestWithoutGoalsSendsFocusToTheGoalsByKeyboard() {
        BuddyFixtures fx = fixtures(BuddyFixtures.class);
        Member newcomer = fx.newcomer("Keyboard Asker");
        String goals = "Learn run charts for our falls project " + randomWord();

        signIn(newcomer.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying/request");
        skipToMain();
        // The goals (required) are left empty; a skill is chosen.
        tabThrough(2, "textarea (What would you like help with?)", "input (Skills you would like to build)");
        type("Business cases");
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        tabThrough(
                5,
                "vaadin-select-value-button (How would you like to meet? No preference)",
                "input (I would prefer a buddy from my profession)",
                "vaadin-button (Ask for a buddy)");
        press(Keys.ENTER);
        assertFocusMovesToError(
                "textarea (What would you like help with?)",
                "Say briefly what you would like a buddy to help you with");
        assertThat(driver().getCurrentUrl()).endsWith("/buddying/request");
        assertThat(fx.as(newcomer, () -> buddying.myOpenRequest())).isEmpty();
        type(goals);
        tabThrough(6, "input (Skills you would like to build)", "vaadin-button (Ask for a buddy)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/request/\\d+/suggestions$"));
        waitForVaadin();
        assertFocusStaysInView();
        BuddyRequest saved = fx.as(newcomer, () -> buddying.myOpenRequest()).orElseThrow();
        assertThat(saved.getGoals()).isEqualTo(goals);
        assertThat(saved.getSkills()).extracting(Skill::getName).containsExactly("Business cases");
    }

    @Test
    void anExperiencedMemberOffersToBeABuddyByKeyboard() {
        BuddyFixtures fx = fixtures(BuddyFixtures.class);
        Member buddy = fx.experienced("Keyboard Offer");
        String note = "Free on Tuesday afternoons " + randomWord();

        signIn(buddy.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying");
        skipToMain();
        tabThrough(4, "vaadin-button (Offer to be a buddy)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/buddying/offer"));
        waitForVaadin();
        assertFocusStaysInView();

        tabThrough(1, "input (Skills I can help with)");
        pickInMultiSelect("Business cases");
        pickInMultiSelect("Spread and scale");
        assertNotTrapped();
        tabThrough(1, "input (Most buddies at once)");
        WebElement capacity = active();
        // Emptied first (Backspace clears the number that Tab selected), to see the error.
        press(Keys.BACK_SPACE);
        // All three ways are ticked to begin with; Space unticks in person and phone.
        tabThrough(1, "input (In person)");
        press(Keys.SPACE);
        tabThrough(2, "input (Video call)", "input (Phone)");
        press(Keys.SPACE);
        tabThrough(2, "input (Open to new buddies)", "textarea (A note for people looking for a buddy)");
        type(note);
        tabThrough(1, "vaadin-button (Save offer)");
        press(Keys.ENTER);
        // Not saved: focus goes to the empty number, whose message is read with it; nothing typed is lost.
        waitUpTo(10)
                .withMessage(() -> "focus moves to the first field in error, not " + describe(active()))
                .until(d -> capacity.equals(active()));
        assertFocusVisible();
        assertThat(describedBy(active())).contains("Enter how many buddies you can take at once");
        assertThat(driver().getCurrentUrl()).endsWith("/buddying/offer");
        assertThat(fx.as(buddy, () -> buddying.myOffer())).isEmpty();
        assertThat(fieldValue("vaadin-text-area", "A note for people looking for a buddy"))
                .isEqualTo(note);
        // Typed, then an arrow steps it up.
        type("2");
        press(Keys.ARROW_UP);
        tabThrough(8, "vaadin-button (Save offer)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/buddying"));
        waitForVaadin();
        assertFocusStaysInView();

        BuddyOffer offer = fx.as(buddy, () -> buddying.myOffer()).orElseThrow();
        assertThat(offer.getCapacity()).isEqualTo(BuddyOffer.DEFAULT_CAPACITY + 1);
        assertThat(offer.getSkills())
                .extracting(Skill::getName)
                .containsExactlyInAnyOrder("Business cases", "Spread and scale");
        assertThat(offer.getModes()).containsExactly(BuddyMode.VIDEO);
        assertThat(offer.getNote()).isEqualTo(note);
        assertThat(offer.isActive()).isTrue();
        // The page now offers to change it, by keyboard too.
        tabThrough(8, "vaadin-button (Change offer)");
    }

    @Test
    void aBuddyAcceptsAndRecordsACheckInByKeyboard() {
        BuddyFixtures fx = fixtures(BuddyFixtures.class);
        Member buddy = fx.experienced("Keyboard Buddy");
        Member newcomer = fx.newcomer("Keyboard Newcomer");
        fx.offer(buddy, 2, "Business cases", "Spread and scale");
        BuddyRequest request = fx.request(newcomer, "Business cases");
        BuddyPair pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));
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
        waitUpTo(20)
                .until(d ->
                        !fx.as(buddy, () -> buddyPairs.checkIns(pair.getId())).isEmpty());
        CheckIn checkIn = fx.as(buddy, () -> buddyPairs.checkIns(pair.getId())).getFirst();
        assertThat(checkIn.getNote()).isEqualTo(note);
        assertThat(checkIn.getMode()).isEqualTo(BuddyMode.PHONE);
        assertThat(checkIn.getHeldOn()).isEqualTo(LocalDate.now().minusWeeks(1));
        assertThat(checkIn.getAuthor().getId()).isEqualTo(buddy.getId());
        // The form is rebuilt empty after saving: focus is still in the view.
        assertFocusStaysInView();
    }

    @Test
    void aBuddyDeclinesAProposalWithAReasonByKeyboard() {
        Proposal p = propose("Keyboard Decliner", false);
        BuddyFixtures fx = p.fx();
        Member buddy = p.buddy();
        Member newcomer = p.newcomer();
        BuddyPair pair = p.pair();

        signIn(buddy.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying/pair/" + pair.getId());
        skipToMain();
        tabThrough(3, "vaadin-button (Accept)", "vaadin-button (Decline)");
        press(Keys.ENTER);
        waitForDialog();
        // The reason is required: Decline with it empty keeps the dialog open, focus inside, the field marked.
        List<String> inDialog = tabThroughDialog(4, "textarea (Reason)");
        inDialog.addAll(tabThroughDialog(3, "vaadin-button (Decline)"));
        press(Keys.ENTER);
        assertThat(insideDialog())
                .as("an empty reason keeps the dialog open, focus inside")
                .isTrue();
        assertThat(pairStatus(fx, buddy, pair)).isEqualTo(PairStatus.PROPOSED);
        shiftTabTo("textarea (Reason)", 3);
        assertThat((Boolean) js("return arguments[0].closest('vaadin-text-area').hasAttribute('invalid')", active()))
                .isTrue();
        type("No time until March.");
        inDialog.addAll(tabThroughDialog(3, "vaadin-button (Decline)"));
        assertThat(inDialog)
                .containsSubsequence("textarea (Reason)", "vaadin-button (Cancel)", "vaadin-button (Decline)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> pairStatus(fx, buddy, pair) == PairStatus.DECLINED);
        assertThat(fx.as(buddy, () -> buddyPairs.pair(pair.getId()))
                        .orElseThrow()
                        .getDeclineReason())
                .isEqualTo("No time until March.");
        assertFocusStaysInView();
    }

    @Test
    void aPairIsPausedResumedAndClosedByKeyboard() {
        Proposal p = propose("Keyboard Buddy", true);
        BuddyFixtures fx = p.fx();
        Member buddy = p.buddy();
        Member newcomer = p.newcomer();
        BuddyPair pair = p.pair();

        // The newcomer pauses the pair through its confirmation: Escape first, then the confirm button.
        signIn(newcomer.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying/pair/" + pair.getId());
        skipToMain();
        tabThrough(3, "vaadin-button (Pause)", "vaadin-button (Close pair)");
        shiftTab();
        WebElement pause = active();
        assertThat(describe(pause)).isEqualTo("vaadin-button (Pause)");
        assertDialogKeepsAndReturnsFocus(pause, Keys.ENTER);
        assertThat(pairStatus(fx, newcomer, pair)).as("Escape paused nothing").isEqualTo(PairStatus.ACTIVE);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Pause)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Pause)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> pairStatus(fx, newcomer, pair) == PairStatus.PAUSED);
        assertFocusStaysInView();

        // Resume: the page was rebuilt for a paused pair, and Resume is its first control.
        tabThrough(3, "vaadin-button (Resume)", "vaadin-button (Close pair)");
        shiftTab();
        assertThat(describe(active())).isEqualTo("vaadin-button (Resume)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> pairStatus(fx, newcomer, pair) == PairStatus.ACTIVE);
        assertFocusStaysInView();

        // Close: the dialog asks for a rating (radio buttons, moved with the arrows) and a comment.
        tabThrough(3, "vaadin-button (Pause)", "vaadin-button (Close pair)");
        WebElement close = active();
        assertDialogKeepsAndReturnsFocus(close, Keys.ENTER);
        assertThat(pairStatus(fx, newcomer, pair)).isEqualTo(PairStatus.ACTIVE);
        press(Keys.ENTER);
        waitForDialog();
        // Without a rating the dialog stays open, focus inside, and the rating says what is missing. While no
        // rating is chosen each radio button is its own Tab stop (the browser's behaviour for an unchecked group).
        tabThroughDialog(9, "vaadin-button (Close pair)");
        press(Keys.ENTER);
        assertThat(insideDialog())
                .as("no rating keeps the dialog open, focus inside")
                .isTrue();
        assertThat(pairStatus(fx, newcomer, pair)).isEqualTo(PairStatus.ACTIVE);
        assertThat((String) js("const g = document.querySelector('vaadin-radio-group[invalid]');"
                        + " return g ? g.querySelector('[slot=error-message]').textContent : null;"))
                .isEqualTo("Choose a rating from 1 to 5");
        for (int i = 0; i < 6 && !"4".equals(radioLabel()); i++) {
            shiftTab();
            assertThat(insideDialog())
                    .as("Shift+Tab stays inside the open dialog")
                    .isTrue();
        }
        assertThat(radioLabel()).as("the rating is reached by Shift+Tab").isEqualTo("4");
        assertFocusVisible();
        press(Keys.SPACE);
        assertThat((Boolean) js("return arguments[0].checked", active())).isTrue();
        // The arrows move the choice.
        press(Keys.ARROW_RIGHT);
        assertThat(radioLabel()).isEqualTo("5 (excellent)");
        press(Keys.ARROW_LEFT);
        assertThat(radioLabel()).isEqualTo("4");
        assertThat((Boolean) js("return arguments[0].checked", active())).isTrue();
        // The other radio buttons are still Tab stops (Vaadin's radio group), so Tab may pass them first.
        List<String> inDialog = tabThroughDialog(3, "textarea (Comment)");
        type("Helped me write my first business case.");
        inDialog.addAll(tabThroughDialog(2, "vaadin-button (Close pair)"));
        assertThat(inDialog)
                .containsSubsequence("textarea (Comment)", "vaadin-button (Cancel)", "vaadin-button (Close pair)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> pairStatus(fx, newcomer, pair) == PairStatus.CLOSED);
        assertThat(fx.as(newcomer, () -> buddyPairs.hasLeftFeedback(pair.getId())))
                .isTrue();
        assertFocusStaysInView();
    }

    @Test
    void theOtherSideLeavesFeedbackOnAClosedPairByKeyboard() {
        Proposal p = propose("Keyboard Buddy", true);
        BuddyFixtures fx = p.fx();
        Member buddy = p.buddy();
        Member newcomer = p.newcomer();
        BuddyPair pair = p.pair();
        fx.as(newcomer, () -> buddyPairs.close(pair.getId(), 4, "Thank you"));

        signIn(buddy.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying/pair/" + pair.getId());
        skipToMain();
        tabThrough(3, "vaadin-button (Leave feedback)");
        WebElement leave = active();
        assertDialogKeepsAndReturnsFocus(leave, Keys.ENTER);
        assertThat(fx.as(buddy, () -> buddyPairs.hasLeftFeedback(pair.getId()))).isFalse();
        press(Keys.ENTER);
        waitForDialog();
        for (int i = 0; i < 4 && radioLabel() == null; i++) {
            press(Keys.TAB);
            assertThat(insideDialog()).isTrue();
        }
        assertThat(radioLabel()).isEqualTo("1 (poor)");
        assertFocusVisible();
        for (int i = 0; i < 4; i++) {
            press(Keys.ARROW_RIGHT);
        }
        assertThat(radioLabel()).isEqualTo("5 (excellent)");
        assertThat((Boolean) js("return arguments[0].checked", active())).isTrue();
        tabThroughDialog(5, "textarea (Comment)");
        type("A pleasure to work with.");
        tabThroughDialog(2, "vaadin-button (Send feedback)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> fx.as(buddy, () -> buddyPairs.hasLeftFeedback(pair.getId())));
        // The button has gone with the feedback given: focus is in the view, not on the page.
        assertFocusStaysInView();
    }

    private PairStatus pairStatus(BuddyFixtures fx, Member who, BuddyPair pair) {
        return fx.as(who, () -> buddyPairs.pair(pair.getId())).orElseThrow().getStatus();
    }

    record Proposal(BuddyFixtures fx, Member buddy, Member newcomer, BuddyPair pair) {}

    /** A newcomer's request for "Business cases", proposed to a new experienced buddy, accepted if asked. */
    private Proposal propose(String buddyName, boolean accepted) {
        BuddyFixtures fx = fixtures(BuddyFixtures.class);
        Member buddy = fx.experienced(buddyName);
        Member newcomer = fx.newcomer("Keyboard Newcomer");
        fx.offer(buddy, 2, "Business cases");
        BuddyRequest request = fx.request(newcomer, "Business cases");
        BuddyPair pair = fx.as(newcomer, () -> matching.propose(request.getId(), buddy.getId()));
        if (accepted) {
            fx.as(buddy, () -> buddyPairs.accept(pair.getId()));
        }
        return new Proposal(fx, buddy, newcomer, pair);
    }
}
