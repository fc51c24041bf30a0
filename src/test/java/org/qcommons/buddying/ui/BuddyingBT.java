package org.qcommons.buddying.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyService;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.security.AccountService;
import org.qcommons.skills.SkillService;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole journey in a real browser: ask for a buddy, pick a suggestion, the buddy accepts and checks in. */
class BuddyingBT extends BrowserTestBase {

    @Autowired
    BuddyService buddying;

    @Autowired
    MemberService members;

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    SkillService skills;

    @Test
    void requestSuggestionAcceptCheckIn() {
        BuddyFixtures fx = new BuddyFixtures(members, accounts, organisations, skills, buddying);
        Member buddy = fx.experienced("Browser Buddy");
        Member newcomer = fx.newcomer("Browser Newcomer");
        fx.offer(buddy, 2, "Business cases", "Spread and scale");

        signIn(newcomer.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying");
        button("Ask for a buddy").click();
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/buddying/request"));
        waitForVaadin();
        waitFor(By.cssSelector("vaadin-text-area textarea"))
                .sendKeys("Write a business case to spread our frailty pathway");
        WebElement skillInput = waitFor(By.cssSelector("vaadin-multi-select-combo-box input"));
        for (String skill : new String[] {"Business cases", "Spread and scale"}) {
            skillInput.sendKeys(skill);
            waitForVaadin();
            skillInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
            waitForVaadin();
        }
        skillInput.sendKeys(Keys.TAB);
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box[opened]"))
                        .isEmpty());
        button("Ask for a buddy").click();

        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/request/\\d+/suggestions$"));
        waitForVaadin();
        String firstName = buddy.getFullName().split(" ")[0];
        waitUpTo(20)
                .until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .anyMatch(c -> c.getText().equals(buddy.getFullName())));
        assertThat(cellTexts()).anyMatch(t -> t.contains("Skills overlap: Business cases, Spread and scale (+20)"));
        button("Ask " + firstName).click();
        waitFor(By.cssSelector("vaadin-button[slot='confirm-button']")).click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/pair/\\d+$"));
        String pairPath = driver().getCurrentUrl().replaceAll(".*/(buddying/pair/\\d+)$", "$1");

        driver().manage().deleteAllCookies();
        signIn(buddy.getEmail(), BuddyFixtures.PASSWORD);
        open(pairPath);
        button("Accept").click();
        waitForVaadin();
        WebElement note = waitFor(By.cssSelector("vaadin-text-area textarea"));
        note.sendKeys("Agreed a first draft by Friday", Keys.TAB);
        waitForVaadin();
        // The "You are now ... buddy" toast sits over the form's button for a few seconds.
        ((JavascriptExecutor) driver()).executeScript("arguments[0].click()", button("Record check-in"));
        waitUpTo(20).until(d -> cellTexts().contains("Agreed a first draft by Friday"));
        assertThat(waitFor(By.tagName("h2")).getText()).contains(buddy.getFullName(), newcomer.getFullName());
    }

    private WebElement button(String text) {
        return waitFor(By.xpath("//vaadin-button[normalize-space(.)='" + text + "']"));
    }

    private List<String> cellTexts() {
        return driver().findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .toList();
    }
}
