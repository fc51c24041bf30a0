package org.qcommons.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AmendmentService;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingStatus;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.MinutesApprovalService;
import org.qcommons.meetings.MinutesService;
import org.qcommons.meetings.Visibility;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A convenor runs a meeting in a real browser, from scheduling to published minutes; then a visitor who is not
 * signed in reads those minutes, and cannot read another meeting's draft.
 */
class MinutesPublishingBT extends BrowserTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    AccountService accounts;

    @Autowired
    AmendmentService amendments;

    @Autowired
    MinutesApprovalService approval;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theConvenorRunsAMeetingAndAnyoneCanReadThePublishedMinutes() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        // This group approves by circulation, so no "Minutes of the last meeting" item joins the new agenda.
        jdbc.update("update mtg_group set approve_by_circulation = true where id = ?", group.getId());
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Meeting draft = draftOnlyMeeting(fx, group, tag);

        signIn(CONVENOR, DemoAccounts.PASSWORD);
        open("groups/" + group.getSlug() + "?tab=meetings");
        click(button("Schedule a meeting"));
        String title = "Spring review " + tag;
        WebElement titleField = field("vaadin-text-field", "Title").findElement(By.tagName("input"));
        titleField.sendKeys(Keys.chord(Keys.CONTROL, "a"), title);
        // The date-time picker's text format follows the browser's locale; its value property does not.
        WebElement startsAt = waitFor(By.tagName("vaadin-date-time-picker"));
        ((JavascriptExecutor) driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        startsAt,
                        LocalDateTime.now()
                                .minusHours(2)
                                .withSecond(0)
                                .withNano(0)
                                .toString());
        field("vaadin-text-field", "Place").findElement(By.tagName("input")).sendKeys("Committee room 2");
        click(dialogButton("Save"));
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/meetings/\\d+$"));
        waitForVaadin();
        String meetingPath = driver().getCurrentUrl().replaceAll(".*/(meetings/\\d+)$", "$1");
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(title);

        click(button("Add agenda item"));
        field("vaadin-text-field", "Title").findElement(By.tagName("input")).sendKeys("Falls prevention data");
        field("vaadin-text-field", "Presenter").findElement(By.tagName("input")).sendKeys("Alex Member");
        click(dialogButton("Save"));
        present(By.xpath("//h4[normalize-space(.)='1. Falls prevention data']"));

        confirmStep("Publish agenda");
        confirmStep("Mark as held");
        present(By.xpath("//*[@theme and normalize-space(.)='" + MeetingStatus.HELD.label() + "']"));

        String minutes = "Falls fell by a fifth after the **bed-rail audit** " + tag + ".";
        WebElement minutesBox = field("vaadin-text-area", "Minutes").findElement(By.tagName("textarea"));
        minutesBox.sendKeys(minutes);
        click(button("Save minutes"));
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Minutes saved.')]"));

        String decision = "Extend the bed-rail audit to all wards " + tag;
        present(By.cssSelector("#decision-text input")).sendKeys(decision);
        click(By.id("decision-add"));
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + decision + "']"));

        String action = "Share the audit tool with the region " + tag;
        field("vaadin-text-field", "Action").findElement(By.tagName("input")).sendKeys(action);
        click(button("Add action"));
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + action + "']"));

        recordFirstSeatPresent();
        present(By.xpath("//span[normalize-space(.)='1 of 3 present (33%)']"));

        click(button("Circulate draft minutes"));
        present(By.xpath("//*[@theme and normalize-space(.)='" + MeetingStatus.MINUTES_DRAFTED.label() + "']"));
        // The review period ends with no open amendment: the daily job approves; the convenor then publishes.
        jdbc.update(
                "update mtg_meeting set review_until = ? where group_id = ?",
                LocalDate.now().minusDays(1),
                group.getId());
        SystemRunner.asSystem(approval::approveDueByCirculation);
        open(meetingPath);
        present(By.xpath("//*[@theme and normalize-space(.)='" + MeetingStatus.MINUTES_APPROVED.label() + "']"));
        confirmStep("Publish minutes");
        present(By.xpath("//*[@theme and normalize-space(.)='" + MeetingStatus.MINUTES_PUBLISHED.label() + "']"));

        // A visitor who is not signed in.
        driver().manage().deleteAllCookies();
        open(meetingPath);
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(title);
        assertThat(present(By.cssSelector(".minutes strong")).getText()).isEqualTo("bed-rail audit");
        assertThat(present(By.cssSelector(".minutes")).getText()).contains(tag);
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + decision + "']"));
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + action + "']"));
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Present']"));
        assertThat(driver().findElements(By.tagName("vaadin-text-area"))).isEmpty();
        assertThat(driver().findElements(By.id("decision-add"))).isEmpty();

        open("groups/" + group.getSlug() + "?tab=meetings");
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + title + "']"));
        assertThat(driver().findElements(
                                By.xpath("//vaadin-grid-cell-content[normalize-space(.)='" + draft.getTitle() + "']")))
                .isEmpty();

        open("meetings/" + draft.getId());
        present(By.xpath("//p[normalize-space(.)='Minutes will appear here once the convenor has approved them.']"));
        assertThat(driver().getPageSource())
                .doesNotContain("Draft-only minutes " + tag)
                .doesNotContain("Draft-only decision " + tag);
    }

    /** A meeting of the same group whose minutes are drafted and circulated, but not approved. */
    private Meeting draftOnlyMeeting(MeetingsFixture fx, MeetingGroup group, String tag) {
        Meeting m = fx.meeting(group, LocalDateTime.now().minusDays(3));
        return fx.as(CONVENOR, () -> {
            meetings.markHeld(m.getId());
            var item = agendaService
                    .agenda(meetings.meeting(m.getId()).orElseThrow())
                    .getFirst();
            minutesService.saveMinutes(
                    item.getId(), item.getVersion(), item.getMinutesText(), "Draft-only minutes " + tag);
            decisionService.addDecision(m.getId(), "Draft-only decision " + tag, null);
            Meeting circulated = meetings.circulateDraft(m.getId(), 7);
            // An open amendment keeps these minutes from being approved by circulation.
            amendments.propose(item.getId(), "Draft-only minutes, amended " + tag, null);
            return circulated;
        });
    }

    private void confirmStep(String label) {
        click(button(label));
        click(By.cssSelector("vaadin-confirm-dialog[opened] vaadin-button[slot='confirm-button']"));
    }

    private void recordFirstSeatPresent() {
        click(By.xpath("//vaadin-grid//vaadin-select[.//vaadin-select-item[normalize-space(.)='Present']]"));
        click(By.xpath("//vaadin-select[@opened]//vaadin-select-item[normalize-space(.)='Present']"));
    }

    private By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)='" + text + "']");
    }

    private By dialogButton(String text) {
        return By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)='" + text + "']");
    }

    private WebElement field(String tag, String label) {
        // Present rather than visible: Selenium counts an element scrolled out of the layout's content as hidden.
        WebElement el = waitUpTo(20)
                .until(d ->
                        d.findElements(By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]")).stream()
                                .findFirst()
                                .orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        return el;
    }

    private void click(By by) {
        WebElement el = present(by);
        waitUpTo(20).until(d -> el.isDisplayed());
        el.click();
        waitForVaadin();
    }

    /** Waits until the element exists and scrolls it into view, where Selenium counts it as displayed. */
    private WebElement present(By by) {
        WebElement el =
                waitUpTo(20).until(d -> d.findElements(by).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        return el;
    }
}
