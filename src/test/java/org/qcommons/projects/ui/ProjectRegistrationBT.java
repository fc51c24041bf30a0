package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.BrowserTestBase;

/**
 * A member registers a project in a real browser: an empty save shows the field messages, a complete one lands on
 * the project's page, and the register's search then finds it.
 */
class ProjectRegistrationBT extends BrowserTestBase {

    @Test
    void aMemberRegistersAProjectAndFindsItInTheRegister() {
        // A made-up word, so the search can only find this test's project.
        String word = randomWord();
        String title = "Sepsis screening in " + word + " wards";

        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        open("projects");
        click(By.xpath("//vaadin-button[normalize-space(.)='Register a project']"));
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/edit"));
        waitForVaadin();

        click(saveButton());
        assertThat(errorOf(field("vaadin-text-field", "Title"))).isEqualTo("Enter a title");
        assertThat(errorOf(field("vaadin-text-area", "Summary")))
                .isEqualTo("Say in a few sentences what the project is about");
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Check the highlighted fields.')]"));
        assertThat(driver().getCurrentUrl()).endsWith("/projects/edit");

        field("vaadin-text-field", "Title").findElement(By.tagName("input")).sendKeys(title);
        field("vaadin-text-area", "Summary")
                .findElement(By.tagName("textarea"))
                .sendKeys("Screening every admission for sepsis with a single bundle in the " + word + " wards.");
        pick(field("vaadin-multi-select-combo-box", "Conditions"), "Sepsis");
        pick(field("vaadin-multi-select-combo-box", "Issues"), "Patient safety");
        assertThat(field("vaadin-text-field", "Title").getDomAttribute("invalid"))
                .isNull();

        click(saveButton());
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        waitForVaadin();
        String projectUrl = driver().getCurrentUrl();
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(title);
        assertThat(present(By.xpath("//p[span[@class='label' and .='Conditions: ']]"))
                        .getText())
                .contains("Sepsis");
        assertThat(present(By.xpath("//p[span[@class='label' and .='Issues: ']]"))
                        .getText())
                .contains("Patient safety");
        present(By.xpath("//li[contains(., 'project lead')]"));

        open("projects");
        waitFor(By.cssSelector("#project-search input")).sendKeys(word);
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("q=" + word));
        waitForVaadin();
        WebElement hit = waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("#project-results a.project-card-title")).stream()
                        .filter(a -> a.isDisplayed() && a.getText().equals(title))
                        .findFirst()
                        .orElse(null));
        waitFor(By.xpath("//span[normalize-space(.)='1 project']"));
        // The card highlights where the word matched, as text inside <mark>.
        assertThat(present(By.cssSelector("#project-results .project-card-snippet mark"))
                        .getText())
                .isEqualToIgnoringCase(word);
        hit.click();
        waitUpTo(20).until(d -> d.getCurrentUrl().equals(projectUrl));
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(title);
    }

    private By saveButton() {
        return By.xpath("//vaadin-button[normalize-space(.)='Save']");
    }

    /** A field found by its visible label, as a user finds it. */
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

    private String errorOf(WebElement field) {
        waitUpTo(20).until(d -> field.getDomAttribute("invalid") != null);
        return waitUpTo(20).until(d -> {
            String text =
                    field.findElement(By.xpath("./*[@slot='error-message']")).getText();
            return text.isBlank() ? null : text;
        });
    }

    private void pick(WebElement combo, String item) {
        WebElement input = combo.findElement(By.tagName("input"));
        input.sendKeys(item);
        waitForVaadin();
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForVaadin();
        waitUpTo(20)
                .until(d ->
                        combo.findElements(By.cssSelector("vaadin-multi-select-combo-box-chip[slot='chip']")).stream()
                                .anyMatch(chip -> item.equals(chip.getDomAttribute("title"))));
        input.sendKeys(Keys.TAB);
        waitUpTo(20).until(d -> combo.getDomAttribute("opened") == null);
        waitForVaadin();
    }

    private void click(By by) {
        WebElement el = present(by);
        waitUpTo(20).until(d -> el.isDisplayed());
        el.click();
        waitForVaadin();
    }

    private static String randomWord() {
        StringBuilder s = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }

    /** Waits until the element exists and scrolls it into view, where Selenium counts it as displayed. */
    private WebElement present(By by) {
        WebElement el =
                waitUpTo(20).until(d -> d.findElements(by).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        return el;
    }
}
