package org.qcommons.people.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.BrowserTestBase;

class DirectoryBT extends BrowserTestBase {

    @Test
    void aMemberSignsInFiltersTheDirectoryAndOpensAProfile() {
        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        open("people");
        WebElement grid = waitFor(By.tagName("vaadin-grid"));
        WebElement name = waitFor(By.cssSelector("vaadin-text-field input"));
        name.sendKeys("Alex Member", Keys.TAB);
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("name=Alex"));
        waitUpTo(20)
                .until(d -> grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().equals("Alex Member")));
        grid.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().equals("Alex Member"))
                .findFirst()
                .orElseThrow()
                .click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/people/\\d+$"));
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo("Alex Member");
    }
}
