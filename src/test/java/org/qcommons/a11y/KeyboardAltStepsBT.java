package org.qcommons.a11y;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.buddying.PairStatus;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.meetings.Decision;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.people.Member;

import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

/**
 * The alternative steps of the walked flows, by keyboard alone: an exchange declined, its release refused, and one
 * cancelled; a buddy pair paused, resumed and closed; a meeting's decision removed. Each goes through its dialog,
 * which must keep focus while open and give it back to its opener on Escape (doing nothing), and each outcome is
 * checked through the services.
 */
class KeyboardAltStepsBT extends KeyboardFlowTestBase {

    @org.springframework.beans.factory.annotation.Autowired
    org.qcommons.insights.MeasureService measureService;

    @Test
    void anInvitationIsDeclinedByKeyboard() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(ExchangeState.INVITED, member, fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3), lender);

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
        assertThat(inDialog).containsSubsequence("textarea (Reason (optional))", "vaadin-button (Back)", "vaadin-button (Decline)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, member, e) == ExchangeState.DECLINED);
        assertThat(exchange(fx, member, e).getReason()).isEqualTo("Booked on another project until March.");
        assertFocusStaysInView();
    }

    @Test
    void aReleaseIsRefusedWithARequiredReasonByKeyboard() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(ExchangeState.ACCEPTED, member, fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3), lender);

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
        assertThat(insideDialog()).as("an empty required reason keeps the prompt open, focus inside").isTrue();
        assertThat(state(fx, lender.coordinator(), e)).isEqualTo(ExchangeState.ACCEPTED);
        shiftTabTo("textarea (Reason)", 3);
        assertThat((Boolean) js("return arguments[0].closest('vaadin-text-area').hasAttribute('invalid')", active())).isTrue();
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
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(ExchangeState.AGREED, member, fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 3), lender);

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
        assertThat(inDialog).containsSubsequence("textarea (Reason)", "vaadin-button (Back)", "vaadin-button (Cancel exchange)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, ExchangeFixtures.HOST_COORDINATOR, e) == ExchangeState.CANCELLED);
        assertThat(exchange(fx, ExchangeFixtures.HOST_COORDINATOR, e).getReason()).isEqualTo("The project lost its funding.");
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
        assertThat(tabThroughDialog(4, "vaadin-button (Pause)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Pause)");
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
        assertThat(insideDialog()).as("no rating keeps the dialog open, focus inside").isTrue();
        assertThat(pairStatus(fx, newcomer, pair)).isEqualTo(PairStatus.ACTIVE);
        assertThat((String) js("const g = document.querySelector('vaadin-radio-group[invalid]');"
                + " return g ? g.querySelector('[slot=error-message]').textContent : null;")).isEqualTo("Choose a rating from 1 to 5");
        for (int i = 0; i < 6 && !"4".equals(radioLabel()); i++) {
            shiftTab();
            assertThat(insideDialog()).as("Shift+Tab stays inside the open dialog").isTrue();
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
        assertThat(inDialog).containsSubsequence("textarea (Comment)", "vaadin-button (Cancel)", "vaadin-button (Close pair)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> pairStatus(fx, newcomer, pair) == PairStatus.CLOSED);
        assertThat(fx.as(newcomer, () -> buddyPairs.hasLeftFeedback(pair.getId()))).isTrue();
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
        assertThat(insideDialog()).as("an empty reason keeps the dialog open, focus inside").isTrue();
        assertThat(pairStatus(fx, buddy, pair)).isEqualTo(PairStatus.PROPOSED);
        shiftTabTo("textarea (Reason)", 3);
        assertThat((Boolean) js("return arguments[0].closest('vaadin-text-area').hasAttribute('invalid')", active())).isTrue();
        type("No time until March.");
        inDialog.addAll(tabThroughDialog(3, "vaadin-button (Decline)"));
        assertThat(inDialog).containsSubsequence("textarea (Reason)", "vaadin-button (Cancel)", "vaadin-button (Decline)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> pairStatus(fx, buddy, pair) == PairStatus.DECLINED);
        assertThat(fx.as(buddy, () -> buddyPairs.pair(pair.getId())).orElseThrow().getDeclineReason()).isEqualTo("No time until March.");
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

    @Test
    void aConvenorAddsAndRemovesASeatByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Long coordinatorId = fx.memberId(MeetingsFixture.OUTSIDER);
        String name = "Chris Coordinator";

        signIn(CONVENOR, DEMO_PASSWORD);
        open("groups/" + group.getSlug());
        skipToMain();
        // The About tab is open: past the terms of reference and the seats table to the seat form.
        tabThrough(12, "vaadin-tab (About)", "vaadin-button (Write terms of reference)", "th", "td", "input (Member)");
        type(name);
        // The directory is searched as you type, after a pause: wait for the match to be listed, as a person would.
        waitUpTo(10).until(d -> (Boolean) js("const h = arguments[0].closest('vaadin-combo-box');"
                + " return h.opened && !h.loading && (h.filteredItems || []).some(i => i && (i.label || '').startsWith(arguments[1]));",
                active(), name));
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        assertNotTrapped();
        tabThrough(3, "vaadin-select-value-button (Role Member)", "input (Convenor)", "vaadin-button (Add seat)");
        WebElement add = active();
        press(Keys.ENTER);
        waitUpTo(20).until(d -> seatOf(fx, group, coordinatorId));
        waitForFocusOn(add);

        // Remove it again: back into the table, to the row's labelled trash button, through its confirmation.
        shiftTabTo("td", 6);
        WebElement remove = enterRowButton("Remove " + name + "'s seat", 6);
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(seatOf(fx, group, coordinatorId)).as("Escape removed nothing").isTrue();
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> !seatOf(fx, group, coordinatorId));
        // The row and its button are gone: focus goes to the seat form's first field, not to the page.
        waitUpTo(10).withMessage(() -> "focus in the seat form, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Member)"));
        assertFocusVisible();
    }

    private boolean seatOf(MeetingsFixture fx, MeetingGroup group, Long memberId) {
        return fx.as(CONVENOR, () -> groups.seats(group)).stream().anyMatch(s -> memberId.equals(s.memberId()));
    }

    @Test
    void aMemberRemovesOneOfTheirSkillsByKeyboard() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        String member = fx.newMember(fx.newLender(null).org(), fx.testSkill);

        signIn(member, FIXTURE_PASSWORD);
        open("skills/mine");
        skipToMain();
        tabThrough(20, "vaadin-button (Save availability)", "input (Skill)", "vaadin-button (Add skill)", "th", "td");
        // The row's cell holds Edit, then Remove: Enter into the cell lands on Edit, Tab moves on to Remove.
        enterRowButton("Edit " + fx.testSkill, 3);
        press(Keys.TAB);
        WebElement remove = active();
        assertThat(describe(remove)).isEqualTo("vaadin-button (Remove " + fx.testSkill + ")");
        assertFocusVisible();
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(skillNames(fx, member)).as("Escape removed nothing").contains(fx.testSkill);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> !skillNames(fx, member).contains(fx.testSkill));
        // The row and its button are gone: focus goes to the form for adding a skill, not to the page.
        waitUpTo(10).withMessage(() -> "focus on the skill field, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Skill)"));
        assertFocusVisible();
    }

    private List<String> skillNames(ExchangeFixtures fx, String member) {
        return fx.as(member, () -> fx.skills.skillsOf(fx.memberId(member)).stream().map(ms -> ms.getSkill().getName()).toList());
    }

    @Test
    void aMemberRemovesAnAnnotationAndADataPointOfAMeasureByKeyboard() {
        MeetingsFixture as = new MeetingsFixture(groups, meetings, agendaService, accounts);
        String label = "PDSA 1: new triage form " + randomWord();
        Long id = as.as(org.qcommons.demo.FoundationDemoData.MEMBER, () -> {
            org.qcommons.insights.Measure m = new org.qcommons.insights.Measure();
            m.setName("Keyboard measure " + randomWord());
            Long measureId = measureService.save(m).getId();
            measureService.addPoint(measureId, java.time.LocalDate.of(2024, 1, 1), 3.0);
            measureService.addPoint(measureId, java.time.LocalDate.of(2024, 2, 1), 5.0);
            measureService.annotate(measureId, java.time.LocalDate.of(2024, 2, 1), label, false);
            return measureId;
        });

        signIn(org.qcommons.demo.FoundationDemoData.MEMBER, DEMO_PASSWORD);
        open("measures/" + id);
        skipToMain();
        // The annotation: past the data entry to the annotations table, into the row's labelled button.
        tabThrough(60, "vaadin-button (Add point)", "vaadin-button (Add annotation)", "th", "td");
        enterRowButton("Remove the annotation " + label, 3);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> as.as(org.qcommons.demo.FoundationDemoData.MEMBER, () -> measureService.annotations(id)).isEmpty());
        // The row and its button are gone: focus goes to the annotation form's first field, not to the page.
        waitUpTo(10).withMessage(() -> "focus on the annotation's date, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Date)"));
        assertFocusVisible();
        tabThrough(1, "input (Label)");

        // A data point: back up to "All data points", open it with Enter, into its table, remove February's value.
        shiftTabTo("vaadin-details-summary (All data points)", 12);
        press(Keys.ENTER);
        tabThrough(3, "th", "td");
        enterRowButton("Remove the value for 2024-02-01", 3);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> as.as(org.qcommons.demo.FoundationDemoData.MEMBER, () -> measureService.points(id)).size() == 1);
        waitUpTo(10).withMessage(() -> "focus on the data point's date, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Date)"));
        assertFocusVisible();
        tabThrough(1, "input (Value)");
    }

    @Test
    void aConvenorRemovesAnAgendaItemByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        fx.as(CONVENOR, () -> meetings.markHeld(meeting.getId()));

        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        tabThrough(12, "vaadin-button (Add agenda item)", "vaadin-button (Move up)", "vaadin-button (Move down)",
                "vaadin-button (Edit item)", "vaadin-button (Remove item)");
        WebElement remove = active();
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(agendaTitles(fx, meeting)).as("Escape removed nothing").hasSize(2);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> agendaTitles(fx, meeting).size() == 1);
        assertThat(agendaTitles(fx, meeting)).containsExactly("Project register");
        // The card, and the button the dialog gives focus back to, goes when the agenda refreshes.
        waitUpTo(20).until(d -> (Boolean) js("return !document.body.innerText.includes('Welcome and declarations')"));
        assertFocusStaysInView();
    }

    private List<String> agendaTitles(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, () -> agendaService.agenda(meetings.meeting(m.getId()).orElseThrow())).stream()
                .map(org.qcommons.meetings.AgendaItem::getTitle).toList();
    }

    @Test
    void aConvenorRemovesADecisionByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        String tag = randomWord();
        String keep = "Keep the weekend audit " + tag;
        String drop = "Buy a second bladder scanner " + tag;
        fx.as(CONVENOR, () -> {
            meetings.markHeld(meeting.getId());
            decisionService.addDecision(meeting.getId(), keep, null);
            decisionService.addDecision(meeting.getId(), drop, null);
        });

        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        // Past the header, the agenda and the attendance table to the decision form, then back into its table.
        tabThrough(80, "vaadin-button (Circulate draft minutes)", "textarea (Minutes for Project register)", "input (Decision)");
        shiftTabTo("td", 3);
        WebElement remove = enterRowButton("Remove decision: " + drop, 4);
        // The confirmation keeps focus, and Escape gives it back with nothing removed.
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(decisions(fx, meeting)).hasSize(2);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> decisions(fx, meeting).size() == 1);
        assertThat(decisions(fx, meeting)).extracting(Decision::getText).containsExactly(keep);
        // The row (and the button that had focus) goes when the table refreshes: focus must not drop to the page.
        waitUpTo(20).until(d -> (Boolean) js("return ![...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent === arguments[0] && c.checkVisibility())", drop));
        assertFocusStaysInView();
        tabThrough(80, "input (Decision)");
    }

    @Test
    void aBuddyRequestWithoutGoalsSendsFocusToTheGoalsByKeyboard() {
        BuddyFixtures fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
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
        tabThrough(5, "vaadin-select-value-button (How would you like to meet? No preference)",
                "input (I would prefer a buddy from my profession)", "vaadin-button (Ask for a buddy)");
        press(Keys.ENTER);
        assertFocusMovesToError("textarea (What would you like help with?)",
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
        assertThat(saved.getSkills()).extracting(org.qcommons.skills.Skill::getName).containsExactly("Business cases");
    }

    @Test
    void anExpertiseRequestSentIncompleteSendsFocusToEachProblemByKeyboard() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        String title = "Keyboard incomplete request " + ExchangeFixtures.next();
        String description = "Coach our ward team through their first PDSA cycles.";

        signIn(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD);
        open("exchange/requests/new");
        skipToMain();
        // No title, and no skill added.
        tabThrough(6, "input (Title)", "input (Days needed)", "input (From)", "input (To)", "input (Location)",
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
        waitUpTo(10).withMessage(() -> "focus back on the skill field, not on " + describe(active()))
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
        var saved = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.requests.request(id)).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(title);
        assertThat(saved.getDescription()).isEqualTo(description);
        assertThat(saved.isRemote()).isTrue();
        assertThat(saved.getSkills()).extracting(rs -> rs.getSkill().getName()).containsExactly(fx.testSkill);
    }

    /**
     * After a save refused by validation: focus moves to the field described, shows there, and the field's error
     * message is tied to it by aria-describedby, so it is read out with the field.
     */
    private void assertFocusMovesToError(String field, String message) {
        waitUpTo(10).withMessage(() -> "focus moves to the field in error, " + field + ", not " + describe(active()))
                .until(d -> describe(active()).equals(field));
        assertFocusVisible();
        assertThat((String) js("return (arguments[0].getAttribute('aria-describedby') || '').split(' ')"
                + ".map(id => document.getElementById(id)).filter(x => x).map(x => x.textContent).join(' ');", active()))
                .contains(message);
    }

    private PairStatus pairStatus(BuddyFixtures fx, Member who, BuddyPair pair) {
        return fx.as(who, () -> buddyPairs.pair(pair.getId())).orElseThrow().getStatus();
    }

    private List<Decision> decisions(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, () -> decisionService.decisions(meetings.meeting(m.getId()).orElseThrow()));
    }

    record Proposal(BuddyFixtures fx, Member buddy, Member newcomer, BuddyPair pair) {
    }

    /** A newcomer's request for "Business cases", proposed to a new experienced buddy, accepted if asked. */
    private Proposal propose(String buddyName, boolean accepted) {
        BuddyFixtures fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
        Member buddy = fx.experienced(buddyName);
        Member newcomer = fx.newcomer("Keyboard Newcomer");
        fx.offer(buddy, 2, "Business cases");
        BuddyRequest request = fx.request(newcomer, "Business cases");
        BuddyPair pair = fx.as(newcomer, () -> buddying.propose(request.getId(), buddy.getId()));
        if (accepted) {
            fx.as(buddy, () -> buddyPairs.accept(pair.getId()));
        }
        return new Proposal(fx, buddy, newcomer, pair);
    }
}
