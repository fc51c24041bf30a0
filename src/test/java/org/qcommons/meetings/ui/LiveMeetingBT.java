package org.qcommons.meetings.ui;

import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

import java.time.LocalDateTime;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.meetings.demo.MeetingsDemoData;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** Two browser windows on the same meeting: a decision recorded in one appears in the other by server push. */
class LiveMeetingBT extends BrowserTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Test
    void aDecisionRecordedInOneWindowAppearsInTheOther() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.meeting(g, LocalDateTime.now().minusHours(1));
        fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));

        signIn(CONVENOR, DemoAccounts.PASSWORD);
        open("meetings/" + m.getId());
        waitFor(By.id("decision-text"));
        String first = driver().getWindowHandle();
        driver().switchTo().newWindow(WindowType.TAB);
        open("meetings/" + m.getId());
        waitFor(By.id("decision-text"));
        String second = driver().getWindowHandle();

        driver().switchTo().window(first);
        String decision = "Adopt the concordat " + System.nanoTime();
        driver().findElement(By.cssSelector("#decision-text input")).sendKeys(decision);
        driver().findElement(By.id("decision-add")).click();
        waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + decision + "')]"));

        driver().switchTo().window(second);
        waitUpTo(10)
                .until(d -> !d.findElements(By.xpath("//vaadin-grid-cell-content[contains(., '" + decision + "')]"))
                        .isEmpty());
        driver().close();
        driver().switchTo().window(first);
    }

    @Test
    void thePublicGroupPageOpensWithoutSigningIn() {
        open("groups/" + MeetingsDemoData.WEST_SLUG);
        waitFor(By.xpath("//h3[text()='Terms of reference']"));
        waitFor(By.xpath("//h4[text()='Meeting arrangements']"));
        Assertions.assertThat(driver().findElements(By.xpath("//*[contains(text(), 'Draft:')]")))
                .isEmpty();
        Assertions.assertThat(driver().getCurrentUrl()).doesNotContain("login");
    }
}
