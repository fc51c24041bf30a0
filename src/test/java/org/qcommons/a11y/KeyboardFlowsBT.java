package org.qcommons.a11y;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyRequest;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.exchange.ExpertiseRequest;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AttendanceStatus;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.people.Member;
import org.qcommons.skills.Skill;

import java.time.LocalDateTime;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

/**
 * The exchange, buddying and meetings flows with the keyboard alone, as {@link KeyboardBT} does for sign-in, the
 * register and dialogs. Fixtures set the scene through the services; every step of the flow itself is a key press
 * on whatever has focus, and every outcome is checked through the services.
 */
class KeyboardFlowsBT extends KeyboardFlowTestBase {


    @Test
    void aCoordinatorRequestsExpertiseAndTheExchangeIsAgreedByKeyboard() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
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
        tabThrough(5, "input (Days needed)", "input (From)", "input (To)", "input (Location)", "input (Can be done remotely)");
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
        ExpertiseRequest saved = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.requests.request(requestId)).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(title);
        assertThat(saved.getDescription()).isEqualTo(description);
        assertThat(saved.isRemote()).isTrue();
        assertThat(saved.getSkills()).extracting(rs -> rs.getSkill().getName()).containsExactly(fx.testSkill);

        // Invite the one candidate: Tab into the candidates grid, to the row's Invite button, Enter.
        tabThrough(10, "vaadin-button (Edit)", "vaadin-button (Mark as filled)", "vaadin-button (Cancel request)", "th", "td");
        enterRowButton("Invite " + memberName, 10);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> !fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.exchangesFor(requestId)).isEmpty());
        Exchange e = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.exchangesFor(requestId)).getFirst();
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
        assertThat(inDialog).containsSubsequence("textarea (Note (optional))", "vaadin-button (Back)", "vaadin-button (Approve)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> state(fx, lender.coordinator(), e) == ExchangeState.AGREED);
        assertThat(fx.as(lender.coordinator(), () -> fx.exchanges.exchange(e.getId())).orElseThrow().getReleaseNote())
                .isEqualTo("Released for the spring quarter.");
        // The approve button has gone with the step; focus is at the start of the view, not lost to the page.
        assertFocusStaysInView();
    }

    @Test
    void aNewcomerAsksForABuddyByKeyboard() {
        BuddyFixtures fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
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
        for (String skill : new String[]{"Business cases", "Spread and scale"}) {
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
        tabThrough(2, "input (I would prefer a buddy in my STP, so we can meet locally)", "vaadin-button (Ask for a buddy)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/request/\\d+/suggestions$"));
        waitForVaadin();
        assertFocusStaysInView();
        BuddyRequest request = fx.as(newcomer, () -> buddying.myOpenRequest()).orElseThrow();
        assertThat(request.getGoals()).isEqualTo(goals);
        assertThat(request.getSkills()).extracting(Skill::getName).containsExactlyInAnyOrder("Business cases", "Spread and scale");
        assertThat(request.getPreferredMode()).isEqualTo(BuddyMode.VIDEO);
        assertThat(request.isSameProfession()).isTrue();
        assertThat(request.isSameStp()).isFalse();

        // Pick the buddy from the suggestions: Tab into the grid, arrow to their row, into its button.
        tabThrough(3, "th", "td");
        WebElement ask = enterRowButton("Ask " + buddy.getFullName() + " to be the buddy", 30);
        assertDialogKeepsAndReturnsFocus(ask, Keys.ENTER);
        assertThat(fx.as(newcomer, () -> buddyPairs.myPairs())).as("Escape asked no one").isEmpty();
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Ask)")).containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Ask)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/pair/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        assertThat(fx.as(newcomer, () -> buddyPairs.myPairs())).singleElement()
                .satisfies(p -> assertThat(p.getBuddy().getId()).isEqualTo(buddy.getId()));
    }

    @Test
    void aConvenorRunsAMeetingAndPublishesItsMinutesByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        String tag = randomWord();

        // Mark the meeting as held through its confirmation: Escape first, then Yes.
        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        tabThrough(4, "a (" + group.getName() + ")", "a (Add to calendar (.ics))", "vaadin-button (Change details)",
                "vaadin-button (Mark as held)");
        assertDialogKeepsAndReturnsFocus(active(), Keys.ENTER);
        assertThat(status(fx, meeting)).isEqualTo(MeetingStatus.AGENDA_PUBLISHED);
        press(Keys.ENTER);
        waitForDialog();
        tabThroughDialog(4, "vaadin-button (Yes)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> status(fx, meeting) == MeetingStatus.HELD);
        // The header was rebuilt for the new stage without the button: focus starts the view again.
        assertFocusStaysInView();

        // Add an agenda item in its dialog; focus comes back to the button.
        tabThrough(10, "a (" + group.getName() + ")", "vaadin-button (Change details)",
                "input (Days for attendees to propose amendments)", "vaadin-button (Circulate draft minutes)",
                "vaadin-button (Add agenda item)");
        WebElement addItem = active();
        assertDialogKeepsAndReturnsFocus(addItem, Keys.ENTER);
        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(4, "input (Title)");
        type("Keyboard item " + tag);
        inDialog.addAll(tabThroughDialog(1, "input (Presenter)"));
        type("Alex Member");
        inDialog.addAll(tabThroughDialog(4, "vaadin-button (Save)"));
        assertThat(inDialog).containsSubsequence("input (Title)", "input (Presenter)", "input (Minutes allotted)",
                "textarea (Declarations of interest)", "vaadin-button (Cancel)", "vaadin-button (Save)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(10).until(d -> addItem.equals(active()));
        assertThat(agenda(fx, meeting)).extracting(AgendaItem::getTitle).contains("Keyboard item " + tag);

        // Minutes of the first item: its icon buttons are labelled stops on the way, then the text box.
        tabThrough(10, "vaadin-button (Move up)", "vaadin-button (Move down)", "vaadin-button (Edit item)",
                "vaadin-button (Remove item)", "textarea (Minutes for Welcome and declarations)");
        assertNotTrapped();
        type("Declarations taken " + tag + ".");
        tabThrough(1, "vaadin-button (Save minutes)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> ("Declarations taken " + tag + ".").equals(agenda(fx, meeting).getFirst().getMinutesText()));
        // The save is pushed to everyone viewing, this page too; focus stays put, so Tab goes on to Preview.
        tabThrough(1, "vaadin-button (Preview)");

        // Attendance: into the grid, to the first seat's select, open it with Enter, choose Present with Enter.
        tabThrough(60, "th", "td");
        WebElement select = enterRowButton("Attendance of", 5);
        press(Keys.ENTER);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (Present)");
        press(Keys.ENTER);
        awaitSelectClosed(select);
        waitUpTo(20).until(d -> fx.as(CONVENOR, () -> attendanceService.attendance(meetings.meeting(meeting.getId()).orElseThrow()))
                .stream().anyMatch(r -> r.status() == AttendanceStatus.PRESENT));

        // Back up to the header with Shift+Tab: circulate, then approve and publish through its confirmation.
        shiftTabTo("vaadin-button (Circulate draft minutes)", 80);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> status(fx, meeting) == MeetingStatus.MINUTES_DRAFTED);
        assertFocusStaysInView();
        tabThrough(5, "vaadin-button (Change details)", "vaadin-button (Approve and publish minutes)");
        press(Keys.ENTER);
        waitForDialog();
        tabThroughDialog(4, "vaadin-button (Yes)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> status(fx, meeting) == MeetingStatus.MINUTES_PUBLISHED);
        assertFocusStaysInView();
    }


    private MeetingStatus status(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, (Supplier<MeetingStatus>) () -> meetings.meeting(m.getId()).orElseThrow().getStatus());
    }

    private List<AgendaItem> agenda(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, () -> agendaService.agenda(meetings.meeting(m.getId()).orElseThrow()));
    }
}
