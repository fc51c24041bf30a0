package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.ActionItem;
import org.qcommons.meetings.ActionStatus;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AttendanceStatus;
import org.qcommons.meetings.Decision;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.MinutesApprovalService;
import org.qcommons.meetings.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Meetings by keyboard alone, as a convenor: a group's seats, scheduling a meeting, running it to published
 * minutes, its agenda, decisions, actions and PDSA review. Fixtures set the scene through the services; every step
 * is a key press on whatever has focus, and every outcome is checked through the services.
 */
class MeetingsKeyboardBT extends KeyboardFlowTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MinutesApprovalService approval;

    @Test
    void aConvenorAddsAndRemovesASeatByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
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
        waitUpTo(10).until(d -> (Boolean) js(
                "const h = arguments[0].closest('vaadin-combo-box');"
                        + " return h.opened && !h.loading && (h.filteredItems || []).some(i => i && (i.label || '').startsWith(arguments[1]));",
                active(),
                name));
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
        assertThat(seatOf(fx, group, coordinatorId))
                .as("Escape removed nothing")
                .isTrue();
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> !seatOf(fx, group, coordinatorId));
        // The row and its button are gone: focus goes to the seat form's first field, not to the page.
        waitUpTo(10)
                .withMessage(() -> "focus in the seat form, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Member)"));
        assertFocusVisible();
    }

    @Test
    void aConvenorSchedulesAMeetingByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        String title = "Keyboard planning meeting " + randomWord();
        LocalDate day = LocalDate.now().plusWeeks(2);

        signIn(CONVENOR, DEMO_PASSWORD);
        open("groups/" + group.getSlug());
        skipToMain();
        // The tab list is one stop; the arrow keys move between its tabs and open them.
        tabThrough(6, "vaadin-button (Edit group)", "vaadin-tab (About)");
        press(Keys.ARROW_RIGHT);
        assertThat(describe(active())).isEqualTo("vaadin-tab (Meetings)");
        assertFocusVisible();
        press(Keys.ENTER);
        assertThat(active().getDomAttribute("selected")).isNotNull();
        waitUpTo(10).until(d -> d.getCurrentUrl().endsWith("tab=meetings"));
        tabThrough(3, "vaadin-button (Schedule a meeting)");
        WebElement schedule = active();
        assertDialogKeepsAndReturnsFocus(schedule, Keys.ENTER);
        assertThat(fx.as(CONVENOR, () -> meetings.meetings(group)))
                .as("Escape scheduled nothing")
                .isEmpty();

        press(Keys.ENTER);
        waitForDialog();
        List<String> inDialog = tabThroughDialog(4, "input (Title)");
        type(title);
        inDialog.addAll(tabThroughDialog(1, "input (Starts (UK time))"));
        typeDate(day);
        inDialog.addAll(tabThroughDialog(1, "input (Starts (UK time))"));
        WebElement time = active();
        type("14:30");
        press(Keys.ENTER);
        waitForFocusOn(time);
        inDialog.addAll(tabThroughDialog(1, "input (Length in minutes)"));
        // Emptied (Backspace clears the number that Tab selected) to see the error first.
        press(Keys.BACK_SPACE);
        inDialog.addAll(tabThroughDialog(1, "input (Place)"));
        type("Seminar room 2");
        inDialog.addAll(tabThroughDialog(3, "vaadin-button (Save)"));
        assertThat(inDialog)
                .containsSubsequence(
                        "input (Title)",
                        "input (Starts (UK time))",
                        "input (Length in minutes)",
                        "input (Place)",
                        "input (Video link)",
                        "vaadin-button (Cancel)",
                        "vaadin-button (Save)");
        press(Keys.ENTER);
        // The dialog stays open with focus on the length, whose message is read with it; nothing typed is lost.
        waitUpTo(10)
                .withMessage(() -> "focus moves to the first field in error, not " + describe(active()))
                .until(d -> describe(active()).equals("input (Length in minutes)"));
        assertThat(insideDialog()).isTrue();
        assertFocusVisible();
        assertThat(describedBy(active())).contains("Give the length in minutes");
        assertThat(fx.as(CONVENOR, () -> meetings.meetings(group)))
                .as("nothing scheduled")
                .isEmpty();
        assertThat(fieldValue("vaadin-text-field", "Title")).isEqualTo(title);
        assertThat(fieldValue("vaadin-text-field", "Place")).isEqualTo("Seminar room 2");
        type("90");
        tabThroughDialog(4, "vaadin-button (Save)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/meetings/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        assertThat(fx.as(CONVENOR, () -> meetings.meetings(group)))
                .singleElement()
                .satisfies(meeting -> {
                    assertThat(meeting.getTitle()).isEqualTo(title);
                    assertThat(meeting.getStartsAt()).isEqualTo(LocalDateTime.of(day, LocalTime.of(14, 30)));
                    assertThat(meeting.getDurationMinutes()).isEqualTo(90);
                    assertThat(meeting.getPlace()).isEqualTo("Seminar room 2");
                });
        assertThat(driver().getCurrentUrl())
                .endsWith("/meetings/"
                        + fx.as(CONVENOR, () -> meetings.meetings(group))
                                .getFirst()
                                .getId());
    }

    @Test
    void aConvenorRunsAMeetingAndPublishesItsMinutesByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        String tag = randomWord();

        // Mark the meeting as held through its confirmation: Escape first, then Yes.
        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        tabThrough(
                4,
                "a (" + group.getName() + ")",
                "a (Add to calendar (.ics))",
                "vaadin-button (Change details)",
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
        tabThrough(
                10,
                "a (" + group.getName() + ")",
                "vaadin-button (Change details)",
                "input (Days for attendees to propose amendments)",
                "vaadin-button (Circulate draft minutes)",
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
        assertThat(inDialog)
                .containsSubsequence(
                        "input (Title)",
                        "input (Presenter)",
                        "input (Minutes allotted)",
                        "textarea (Declarations of interest)",
                        "vaadin-button (Cancel)",
                        "vaadin-button (Save)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(10).until(d -> addItem.equals(active()));
        assertThat(agenda(fx, meeting)).extracting(AgendaItem::getTitle).contains("Keyboard item " + tag);

        // Minutes of the first item: its icon buttons are labelled stops on the way, then the text box.
        tabThrough(
                10,
                "vaadin-button (Move up)",
                "vaadin-button (Move down)",
                "vaadin-button (Edit item)",
                "vaadin-button (Remove item)",
                "textarea (Minutes for Welcome and declarations)");
        assertNotTrapped();
        type("Declarations taken " + tag + ".");
        tabThrough(1, "vaadin-button (Save minutes)");
        press(Keys.ENTER);
        waitUpTo(20)
                .until(d -> ("Declarations taken " + tag + ".")
                        .equals(agenda(fx, meeting).getFirst().getMinutesText()));
        // The save is pushed to everyone viewing, this page too; focus stays put, so Tab goes on to Preview.
        tabThrough(1, "vaadin-button (Preview)");

        // Attendance: into the grid, to the first seat's select, open it with Enter, choose Present with Enter.
        tabThrough(60, "th", "td");
        WebElement select = enterRowButton("Attendance of", 5);
        press(Keys.ENTER);
        assertThat(describe(active())).isEqualTo("vaadin-select-item (Present)");
        press(Keys.ENTER);
        awaitSelectClosed(select);
        waitUpTo(20)
                .until(d -> fx
                        .as(
                                CONVENOR,
                                () -> attendanceService.attendance(
                                        meetings.meeting(meeting.getId()).orElseThrow()))
                        .stream()
                        .anyMatch(r -> r.status() == AttendanceStatus.PRESENT));

        // Back up to the header with Shift+Tab: circulate the draft for amendments.
        shiftTabTo("vaadin-button (Circulate draft minutes)", 80);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> status(fx, meeting) == MeetingStatus.MINUTES_DRAFTED);
        assertFocusStaysInView();

        // The review ends with no open amendment and the daily job approves by circulation (as in
        // MinutesPublishingBT); the convenor then publishes by keyboard, through its confirmation.
        jdbc.update("update mtg_group set approve_by_circulation = true where id = ?", group.getId());
        jdbc.update(
                "update mtg_meeting set review_until = ? where id = ?",
                LocalDate.now().minusDays(1),
                meeting.getId());
        assertThat(SystemRunner.asSystem(approval::approveDueByCirculation)).isPositive();
        open("meetings/" + meeting.getId());
        skipToMain();
        tabThrough(40, "a (Add to calendar (.ics))", "vaadin-button (Publish minutes)");
        press(Keys.ENTER);
        waitForDialog();
        tabThroughDialog(4, "vaadin-button (Yes)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> status(fx, meeting) == MeetingStatus.MINUTES_PUBLISHED);
        assertFocusStaysInView();
    }

    @Test
    void aConvenorRemovesAnAgendaItemByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        fx.as(CONVENOR, () -> meetings.markHeld(meeting.getId()));

        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        tabThrough(
                16,
                "vaadin-button (Add agenda item)",
                "vaadin-button (Move up)",
                "vaadin-button (Move down)",
                "vaadin-button (Edit item)",
                "vaadin-button (Remove item)");
        WebElement remove = active();
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(agendaTitles(fx, meeting)).as("Escape removed nothing").hasSize(2);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> agendaTitles(fx, meeting).size() == 1);
        assertThat(agendaTitles(fx, meeting)).containsExactly("Project register");
        // The card, and the button the dialog gives focus back to, goes when the agenda refreshes.
        waitUpTo(20).until(d -> (Boolean) js("return !document.body.innerText.includes('Welcome and declarations')"));
        assertFocusStaysInView();
    }

    @Test
    void aConvenorRecordsADecisionAndAnActionByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
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
        tabThrough(
                80,
                "vaadin-button (Circulate draft minutes)",
                "vaadin-button (Add agenda item)",
                "textarea (Minutes for Welcome and declarations)",
                "input (Decision)");
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
        assertThat("vaadin-select-item ("
                        + actions(fx, meeting).getFirst().getStatus().label() + ")")
                .isEqualTo(done);
    }

    @Test
    void aConvenorRemovesADecisionByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
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
        tabThrough(
                80,
                "vaadin-button (Circulate draft minutes)",
                "textarea (Minutes for Project register)",
                "input (Decision)");
        shiftTabTo("td", 3);
        WebElement remove = enterRowButton("Remove decision: " + drop, 4);
        // The confirmation keeps focus, and Escape gives it back with nothing removed.
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(decisions(fx, meeting)).hasSize(2);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> decisions(fx, meeting).size() == 1);
        assertThat(decisions(fx, meeting)).extracting(Decision::getText).containsExactly(keep);
        // The row (and the button that had focus) goes when the table refreshes: focus must not drop to the page.
        waitUpTo(20).until(d -> (Boolean) js(
                "return ![...document.querySelectorAll('vaadin-grid-cell-content')].some(c => c.textContent === arguments[0] && c.checkVisibility())",
                drop));
        assertFocusStaysInView();
        tabThrough(80, "input (Decision)");
    }

    @Test
    void aConvenorWritesTheMeetingsPdsaReviewByKeyboard() {
        MeetingsFixture fx = fixtures(MeetingsFixture.class);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        fx.as(CONVENOR, () -> meetings.markHeld(meeting.getId()));
        String tag = randomWord();

        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        // The cycle is the last part of the page, past the decisions and actions forms: the convenor sets the
        // first item's aim, then writes the reflection.
        tabThrough(100, "input (Decision)", "vaadin-button (Add action)", "input (Aim of Welcome and declarations)");
        type("Every interest declared before the first item " + tag);
        tabThrough(1, "vaadin-button (Save aim)");
        WebElement saveAim = active();
        press(Keys.ENTER);
        waitUpTo(20)
                .until(d -> ("Every interest declared before the first item " + tag)
                        .equals(agenda(fx, meeting).getFirst().getAim()));
        // The cycle is redrawn from the records, but the aim fields stay: focus is still on the button.
        waitUpTo(10).until(d -> (Boolean) js(
                "return [...document.querySelectorAll('.pdsa li')].some(li => li.textContent.includes(arguments[0]))",
                "aim: Every interest declared before the first item " + tag));
        waitForFocusOn(saveAim);

        tabThrough(4, "input (Aim of Project register)", "textarea (Reflection: what we make of this cycle)");
        assertNotTrapped();
        type("Two of three present; ran ten minutes over " + tag);
        tabThrough(1, "vaadin-button (Save PDSA review)");
        WebElement save = active();
        press(Keys.ENTER);
        waitUpTo(20)
                .until(d -> ("Two of three present; ran ten minutes over " + tag)
                        .equals(fx.as(
                                CONVENOR,
                                () -> meetings.meeting(meeting.getId())
                                        .orElseThrow()
                                        .getPdsaReflection())));
        // The save is pushed back to this page too; focus stays on the button.
        waitForFocusOn(save);
    }

    private boolean seatOf(MeetingsFixture fx, MeetingGroup group, Long memberId) {
        return fx.as(CONVENOR, () -> groups.seats(group)).stream().anyMatch(s -> memberId.equals(s.memberId()));
    }

    private MeetingStatus status(MeetingsFixture fx, Meeting m) {
        return fx.as(CONVENOR, (Supplier<MeetingStatus>)
                () -> meetings.meeting(m.getId()).orElseThrow().getStatus());
    }

    private List<AgendaItem> agenda(MeetingsFixture fx, Meeting m) {
        return fx.as(
                CONVENOR, () -> agendaService.agenda(meetings.meeting(m.getId()).orElseThrow()));
    }

    private List<String> agendaTitles(MeetingsFixture fx, Meeting m) {
        return fx
                .as(
                        CONVENOR,
                        () -> agendaService.agenda(meetings.meeting(m.getId()).orElseThrow()))
                .stream()
                .map(AgendaItem::getTitle)
                .toList();
    }

    private List<Decision> decisions(MeetingsFixture fx, Meeting m) {
        return fx.as(
                CONVENOR,
                () -> decisionService.decisions(meetings.meeting(m.getId()).orElseThrow()));
    }

    private List<ActionItem> actions(MeetingsFixture fx, Meeting m) {
        return fx.as(
                CONVENOR,
                () -> actionService.actions(meetings.meeting(m.getId()).orElseThrow()));
    }
}
