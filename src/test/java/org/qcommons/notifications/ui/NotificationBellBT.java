package org.qcommons.notifications.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The bell's panel is made on the first click: it must open then, close on Escape, and open again. */
class NotificationBellBT extends BrowserTestBase {

    @Autowired
    NotificationService notifications;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Test
    void theBellOpensItsPanelOnTheFirstClickAndAgainAfterEscape() {
        String title = "Bell check " + System.nanoTime();
        Long id = accounts.loadUserByUsername(DemoAccounts.PATIENT).memberId();
        var member = SystemRunner.asSystem(() -> members.profile(id).orElseThrow());
        SystemRunner.asSystem(() -> notifications.notify(member, title, "Body", "projects"));
        signIn(DemoAccounts.PATIENT, DemoAccounts.PASSWORD);

        By bell = By.cssSelector(".bell vaadin-button");
        waitFor(bell).click();
        WebElement panel = waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-popover[opened]")).stream()
                        .findFirst()
                        .orElse(null));
        waitUpTo(20).until(d -> panel.getText().contains(title));
        assertThat(panel.findElement(By.linkText(title)).getDomAttribute("href"))
                .isEqualTo("projects");

        new Actions(driver()).sendKeys(Keys.ESCAPE).perform();
        waitUpTo(10)
                .until(d ->
                        d.findElements(By.cssSelector("vaadin-popover[opened]")).isEmpty());
        waitForVaadin();
        // Closing marks them read, so the count goes.
        waitUpTo(10)
                .until(d ->
                        d.findElements(By.cssSelector(".bell-count")).stream().noneMatch(WebElement::isDisplayed));

        driver().findElement(bell).click();
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-popover[opened]")).stream()
                        .anyMatch(p -> p.getText().contains(title)));
    }
}
