package org.qcommons.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member finds a meeting invitation on their home page, sends apologies with a note from the meeting's page, and
 * the convenor's attendance register shows it as expected.
 */
class MeetingReplyBT extends BrowserTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Test
    void aMemberSendsApologiesFromTheHomePageAndTheConvenorSeesThem() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.MEMBERS);
        Meeting meeting = fx.meeting(
                group, LocalDateTime.now(clock).plusDays(5).withHour(10).withMinute(0));
        String note = "On a ward shift; notes to follow "
                + UUID.randomUUID().toString().substring(0, 6);

        signIn(MEMBER, DemoAccounts.PASSWORD);
        open("");
        WebElement task = present(By.cssSelector("#what-needs-you a[href='meetings/" + meeting.getId() + "']"));
        assertThat(task.getText()).contains(group.getName()).contains("please reply");
        assertThat(present(By.id("open-task-count")).getText()).matches("\\d+");
        task.click();
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/meetings/" + meeting.getId()));
        waitForVaadin();

        click(By.xpath("//vaadin-radio-button[normalize-space(.)='Apologies']"));
        present(By.xpath("//vaadin-text-field[label[starts-with(normalize-space(.), 'Note for the convenor')]]//input"))
                .sendKeys(note);
        click(By.xpath("//vaadin-button[normalize-space(.)='Send reply']"));
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Your reply has been sent')]"));
        assertThat(present(By.cssSelector("#meeting-reply span")).getText()).contains("Apologies");

        driver().manage().deleteAllCookies();
        signIn(CONVENOR, DemoAccounts.PASSWORD);
        open("meetings/" + meeting.getId());
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Apologies: " + note + "']"));
    }

    private void click(By by) {
        WebElement el = present(by);
        waitUpTo(20).until(d -> el.isDisplayed());
        el.click();
        waitForVaadin();
    }

    private WebElement present(By by) {
        WebElement el =
                waitUpTo(20).until(d -> d.findElements(by).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        return el;
    }
}
