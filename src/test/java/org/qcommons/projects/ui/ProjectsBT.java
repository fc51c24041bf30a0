package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.qcommons.testsupport.BrowserTestBase;

class ProjectsBT extends BrowserTestBase {

    @Test
    void searchPickAFacetOpenAProjectGoBackAndTheSearchIsRestored() {
        open("projects");
        // The list arrives 15 cards at a time; scrolling "Show more" into view brings the next page.
        By cards = By.cssSelector("#project-results [role=listitem] a.project-card-title");
        waitUpTo(20).until(d -> d.findElements(cards).size() == ProjectResultList.PAGE);
        assertThat(driver().findElement(By.cssSelector("#project-results [role=list]"))
                        .getDomAttribute("aria-label"))
                .isEqualTo("Projects");
        WebElement more = driver().findElement(By.cssSelector("#project-results button.project-results-more"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView()", more);
        waitUpTo(20).until(d -> d.findElements(cards).size() > ProjectResultList.PAGE);
        waitUpTo(20).until(d -> more.getText().startsWith("Show more projects (30 of") || !more.isDisplayed());
        WebElement search = waitFor(By.cssSelector("#project-search input"));
        search.sendKeys("sepsis");
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("q=sepsis"));
        waitForVaadin();

        // The facets are the browser's own selects, their options counted for the current search.
        WebElement region = waitFor(By.cssSelector("#facet-region select"));
        assertThat(waitFor(By.cssSelector("label[for='facet-region-input']")).getText())
                .isEqualTo("Region");
        assertThat(present(By.cssSelector("#facet-stp"))).isFalse();
        Select regions = new Select(region);
        waitUpTo(20)
                .until(d -> regions.getOptions().stream()
                        .anyMatch(o -> o.getText().matches("South West of England \\(\\d+\\)")));
        assertThat(regions.getOptions().getFirst().getText()).isEqualTo("Any");
        regions.selectByValue("south-west-of-england");
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("region=south-west-of-england"));
        waitForVaadin();

        WebElement first = waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("#project-results a.project-card-title")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        String title = first.getText();
        assertThat(title).containsIgnoringCase("sepsis");
        first.click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo(title);

        driver().navigate().back();
        waitUpTo(20)
                .until(d -> d.getCurrentUrl().contains("q=sepsis")
                        && d.getCurrentUrl().contains("region=south-west-of-england"));
        waitForVaadin();
        waitUpTo(20)
                .until(d -> "sepsis"
                        .equals(d.findElement(By.cssSelector("#project-search input"))
                                .getDomProperty("value")));
        waitUpTo(20)
                .until(d -> "south-west-of-england"
                        .equals(d.findElement(By.cssSelector("#facet-region select"))
                                .getDomProperty("value")));
        // The STP facet comes with a chosen region.
        waitFor(By.cssSelector("#facet-stp select"));
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("#project-results a.project-card-title")).stream()
                        .anyMatch(a -> a.getText().equals(title)));
    }

    private boolean present(By by) {
        return !driver().findElements(by).isEmpty();
    }
}
