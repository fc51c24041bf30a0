package org.qcommons.a11y;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyMode;
import org.qcommons.buddying.BuddyOffer;
import org.qcommons.demo.FoundationDemoData;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.people.Member;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectLink;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.TeamMembership;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;
import org.qcommons.skills.Skill;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

/**
 * The core flows the earlier walkthroughs left out, by keyboard alone: registering a project (with a validation
 * error on the way), scheduling a meeting as a convenor, and offering to be a buddy. Same rules as
 * {@link KeyboardFlowsBT}: fixtures set the scene through the services, every step is a key press on whatever has
 * focus, and every outcome is checked through the services.
 */
class KeyboardFlowsAltBT extends KeyboardFlowTestBase {

    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Autowired
    ProjectRecords projectRecords;

    @Test
    void aMemberRegistersAProjectByKeyboardAndAMissingSummaryLosesNothing() {
        String word = randomWord();
        String title = "Keyboard sepsis bundle " + word;
        String aims = "Screen every admission within an hour " + word;
        String summary = "A single sepsis bundle on two wards, tested by keyboard " + word + ".";
        String link = "https://example.org/" + word;
        MeetingsFixture as = new MeetingsFixture(groups, meetings, accounts);
        Long convenorId = as.memberId(CONVENOR);

        // From the register, the button that starts a registration.
        signIn(FoundationDemoData.MEMBER, DEMO_PASSWORD);
        open("projects");
        skipToMain();
        tabThrough(8, "vaadin-button (Register a project)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/edit"));
        waitForVaadin();
        assertFocusStaysInView();

        // Top to bottom; the summary (required) is left empty on purpose.
        tabThrough(1, "input (Title)");
        type(title);
        tabThrough(2, "vaadin-select-value-button (Status Idea)", "textarea (Summary)");
        tabThrough(1, "textarea (Aims)");
        type(aims);
        // Start date, region and STP come filled in from today and the lead's profile.
        tabThrough(5, "input (Start date)", "input (End date)", "input (Region)", "input (STP)", "input (Conditions)");
        pickInMultiSelect("Sepsis");
        tabThrough(1, "input (Issues)");
        pickInMultiSelect("Patient safety");
        tabThrough(1, "input (QI methods)");
        pickInMultiSelect("PDSA");
        tabThrough(5, "input (Partner organisations)", "input (Funded by Q Exchange)", "textarea (Outcomes)",
                "textarea (Learning)", "textarea (Links)");
        type(link);
        // "Who can see it": one stop for the group, on its checked radio; the arrows move the choice.
        press(Keys.TAB);
        assertFocusVisible();
        assertThat(radioLabel()).isEqualTo("Public: anyone, and the open-data API");
        press(Keys.ARROW_DOWN);
        assertThat(radioLabel()).isEqualTo("Members only");

        // The team editor: a member from the directory, a role, "Add to team" (focus stays on it).
        tabThrough(1, "input (Member)");
        type("Morgan Convenor");
        // The directory is searched as you type, after a pause: wait for the match to be listed, as a person would.
        waitUpTo(10).until(d -> (Boolean) js("const h = arguments[0].closest('vaadin-combo-box');"
                + " return h.opened && !h.loading && (h.filteredItems || []).some(i => i && (i.label || '').startsWith(arguments[1]));",
                active(), "Morgan Convenor"));
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        assertNotTrapped();
        tabThrough(1, "input (Role)");
        type("Data analyst");
        tabThrough(1, "vaadin-button (Add to team)");
        WebElement addToTeam = active();
        press(Keys.ENTER);
        waitUpTo(10).until(d -> (Boolean) js("return [...arguments[0].closest('vaadin-custom-field').querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => c.textContent === 'Data analyst')", addToTeam));
        assertThat(active()).as("focus stays on Add to team").isEqualTo(addToTeam);
        tabThrough(3, "th", "td", "vaadin-button (Save)");

        // Save without a summary: the form stays, the error is on the field and announced, focus goes to it.
        press(Keys.ENTER);
        WebElement summaryField = present(By.xpath("//vaadin-text-area[label[normalize-space(.)='Summary']]"));
        waitUpTo(10).until(d -> summaryField.getDomAttribute("invalid") != null);
        assertThat(driver().getCurrentUrl()).endsWith("/projects/edit");
        String error = "Say in a few sentences what the project is about";
        waitUpTo(10).withMessage(() -> "focus moves to the first field in error, not " + describe(active()))
                .until(d -> describe(active()).equals("textarea (Summary)"));
        assertFocusVisible();
        // The message is tied to the field (read out with it) and the summary is announced by a live region.
        assertThat(describedBy(active())).contains(error);
        waitUpTo(10).until(d -> (Boolean) js("return [...document.querySelectorAll('vaadin-notification-card')]"
                + ".some(c => c.textContent.includes('Check the highlighted fields.') && c.getAttribute('role') === 'alert')"));
        // Nothing typed is lost: every value is still in the form.
        assertThat(fieldValue("vaadin-text-field", "Title")).isEqualTo(title);
        assertThat(fieldValue("vaadin-text-area", "Aims")).isEqualTo(aims);
        assertThat(fieldValue("vaadin-text-area", "Links")).isEqualTo(link);

        // Type the summary where focus now is, and Tab on to Save.
        type(summary);
        tabThrough(40, "textarea (Aims)", "input (Conditions)", "textarea (Links)", "input (Member)",
                "vaadin-button (Add to team)", "vaadin-button (Save)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        Matcher m = Pattern.compile("/projects/(\\d+)$").matcher(driver().getCurrentUrl());
        assertThat(m.find()).isTrue();
        Long id = Long.valueOf(m.group(1));
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(title);

        Project saved = as.as(FoundationDemoData.MEMBER, () -> projectRecords.project(id)).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(title);
        assertThat(saved.getSummary()).isEqualTo(summary);
        assertThat(saved.getAims()).isEqualTo(aims);
        assertThat(saved.topicsOf(TopicKind.CONDITION)).extracting(Topic::getName).containsExactly("Sepsis");
        assertThat(saved.topicsOf(TopicKind.ISSUE)).extracting(Topic::getName).containsExactly("Patient safety");
        assertThat(saved.getMethods()).extracting(QiMethod::getName).containsExactly("PDSA");
        assertThat(saved.getLinks()).extracting(ProjectLink::getUrl).containsExactly(link);
        assertThat(saved.getVisibility()).isEqualTo(org.qcommons.projects.Visibility.MEMBERS);
        assertThat(saved.getTeam()).anySatisfy(t -> {
            assertThat(t.getMember().getId()).isEqualTo(convenorId);
            assertThat(t.getRole()).isEqualTo("Data analyst");
        });
    }

    @Test
    void aLeadRemovesATeamMemberFromTheirProjectByKeyboard() {
        MeetingsFixture as = new MeetingsFixture(groups, meetings, accounts);
        Long convenorId = as.memberId(CONVENOR);
        String title = "Keyboard team edit " + randomWord();
        Project project = as.as(FoundationDemoData.MEMBER, () -> {
            Project p = projectRecords.draft();
            p.setTitle(title);
            p.setSummary("A project whose team changes by keyboard.");
            p.setTeam(java.util.Set.of(new TeamMembership(members.profile(convenorId).orElseThrow(), "Data analyst")));
            return projectRecords.create(p);
        });
        String convenorName = as.as(FoundationDemoData.MEMBER, () -> members.profile(convenorId).orElseThrow().getFullName());

        signIn(FoundationDemoData.MEMBER, DEMO_PASSWORD);
        open("projects/" + project.getId());
        skipToMain();
        tabThrough(40, "vaadin-button (Edit)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/edit/" + project.getId()));
        waitForVaadin();
        assertFocusStaysInView();
        tabThrough(40, "input (Title)", "textarea (Summary)", "textarea (Links)", "input (Member)",
                "vaadin-button (Add to team)", "th", "td");
        enterRowButton("Remove " + convenorName + " from the team", 3);
        press(Keys.ENTER);
        waitUpTo(10).until(d -> (Boolean) js("return ![...document.querySelectorAll('vaadin-grid-cell-content')]"
                + ".some(c => c.textContent === arguments[0] && c.checkVisibility())", convenorName));
        // The row and its button are gone: focus goes back to the team editor's first field, not to the page.
        waitUpTo(10).withMessage(() -> "focus back in the team editor, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Member)"));
        assertFocusVisible();
        tabThrough(8, "vaadin-button (Add to team)", "vaadin-button (Save)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/" + project.getId()));
        waitForVaadin();
        assertFocusStaysInView();
        assertThat(as.as(FoundationDemoData.MEMBER, () -> projectRecords.project(project.getId())).orElseThrow().getTeam())
                .noneSatisfy(t -> assertThat(t.getMember().getId()).isEqualTo(convenorId));
    }

    @Test
    void aConvenorSchedulesAMeetingByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, accounts);
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
        assertThat(fx.as(CONVENOR, () -> meetings.meetings(group))).as("Escape scheduled nothing").isEmpty();

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
        assertThat(inDialog).containsSubsequence("input (Title)", "input (Starts (UK time))", "input (Length in minutes)",
                "input (Place)", "input (Video link)", "vaadin-button (Cancel)", "vaadin-button (Save)");
        press(Keys.ENTER);
        // The dialog stays open with focus on the length, whose message is read with it; nothing typed is lost.
        waitUpTo(10).withMessage(() -> "focus moves to the first field in error, not " + describe(active()))
                .until(d -> describe(active()).equals("input (Length in minutes)"));
        assertThat(insideDialog()).isTrue();
        assertFocusVisible();
        assertThat(describedBy(active())).contains("Give the length in minutes");
        assertThat(fx.as(CONVENOR, () -> meetings.meetings(group))).as("nothing scheduled").isEmpty();
        assertThat(fieldValue("vaadin-text-field", "Title")).isEqualTo(title);
        assertThat(fieldValue("vaadin-text-field", "Place")).isEqualTo("Seminar room 2");
        type("90");
        tabThroughDialog(4, "vaadin-button (Save)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/meetings/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        assertThat(fx.as(CONVENOR, () -> meetings.meetings(group))).singleElement().satisfies(meeting -> {
            assertThat(meeting.getTitle()).isEqualTo(title);
            assertThat(meeting.getStartsAt()).isEqualTo(LocalDateTime.of(day, LocalTime.of(14, 30)));
            assertThat(meeting.getDurationMinutes()).isEqualTo(90);
            assertThat(meeting.getPlace()).isEqualTo("Seminar room 2");
        });
        assertThat(driver().getCurrentUrl()).endsWith("/meetings/"
                + fx.as(CONVENOR, () -> meetings.meetings(group)).getFirst().getId());
    }

    @Test
    void aConvenorWritesTheMeetingsPdsaReviewByKeyboard() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        Meeting meeting = fx.meeting(group, LocalDateTime.now().minusHours(2));
        fx.as(CONVENOR, () -> meetings.markHeld(meeting.getId()));
        String tag = randomWord();

        signIn(CONVENOR, DEMO_PASSWORD);
        open("meetings/" + meeting.getId());
        skipToMain();
        // The review is the last part of the page: past the decisions and actions forms.
        tabThrough(80, "input (Decision)", "vaadin-button (Add action)", "textarea (Plan: what we intended)");
        type("Agree the audit scope " + tag);
        tabThrough(1, "textarea (Do: what happened)");
        assertNotTrapped();
        type("Scope agreed, one item deferred " + tag);
        tabThrough(1, "textarea (Study: what we learned, including attendance and timing agai)");
        type("Two of three present; ran ten minutes over " + tag);
        tabThrough(1, "textarea (Act: what we will change)");
        type("Send papers a week ahead " + tag);
        tabThrough(1, "vaadin-button (Save PDSA review)");
        WebElement save = active();
        press(Keys.ENTER);
        waitUpTo(20).until(d -> ("Send papers a week ahead " + tag).equals(
                fx.as(CONVENOR, () -> meetings.meeting(meeting.getId()).orElseThrow().getPdsaAct())));
        Meeting saved = fx.as(CONVENOR, () -> meetings.meeting(meeting.getId()).orElseThrow());
        assertThat(saved.getPdsaPlan()).isEqualTo("Agree the audit scope " + tag);
        assertThat(saved.getPdsaDo()).isEqualTo("Scope agreed, one item deferred " + tag);
        assertThat(saved.getPdsaStudy()).isEqualTo("Two of three present; ran ten minutes over " + tag);
        // The save is pushed back to this page too; focus stays on the button.
        waitForFocusOn(save);
    }

    @Test
    void anExperiencedMemberOffersToBeABuddyByKeyboard() {
        BuddyFixtures fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
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
        waitUpTo(10).withMessage(() -> "focus moves to the first field in error, not " + describe(active()))
                .until(d -> capacity.equals(active()));
        assertFocusVisible();
        assertThat(describedBy(active())).contains("Enter how many buddies you can take at once");
        assertThat(driver().getCurrentUrl()).endsWith("/buddying/offer");
        assertThat(fx.as(buddy, () -> buddying.myOffer())).isEmpty();
        assertThat(fieldValue("vaadin-text-area", "A note for people looking for a buddy")).isEqualTo(note);
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
        assertThat(offer.getSkills()).extracting(Skill::getName).containsExactlyInAnyOrder("Business cases", "Spread and scale");
        assertThat(offer.getModes()).containsExactly(BuddyMode.VIDEO);
        assertThat(offer.getNote()).isEqualTo(note);
        assertThat(offer.isActive()).isTrue();
        // The page now offers to change it, by keyboard too.
        tabThrough(8, "vaadin-button (Change offer)");
    }

    /** Types into the focused multi-select combo box, moves to the first match and picks it; the box keeps focus. */
    private void pickInMultiSelect(String item) {
        WebElement input = active();
        type(item);
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        waitUpTo(10).until(d -> (Boolean) js("return [...arguments[0].closest('vaadin-multi-select-combo-box')"
                + ".querySelectorAll('vaadin-multi-select-combo-box-chip[slot=chip]')].some(c => c.getAttribute('title') === arguments[1])", input, item));
        assertThat(active()).isEqualTo(input);
    }

    /** The text of whatever the element's aria-describedby points at: what a screen reader reads after its name. */
    private String describedBy(WebElement el) {
        return (String) js("return (arguments[0].getAttribute('aria-describedby') || '').split(' ')"
                + ".map(id => document.getElementById(id)).filter(x => x).map(x => x.textContent).join(' ');", el);
    }

    private String fieldValue(String tag, String label) {
        return present(By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]")).getDomProperty("value");
    }

    /** Types a date into the focused date field (en-US, as headless Chromium asks) and closes its calendar with Enter. */
    private void typeDate(LocalDate date) {
        WebElement field = active();
        type(date.format(US_DATE));
        press(Keys.ENTER);
        waitForFocusOn(field);
    }
}
