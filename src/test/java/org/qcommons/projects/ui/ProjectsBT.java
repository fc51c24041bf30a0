package org.qcommons.projects.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.testsupport.BrowserTestBase;

class ProjectsBT extends BrowserTestBase {

    @Test
    void searchPickAFacetOpenAProjectGoBackAndTheSearchIsRestored() {
        open("projects");
        WebElement search = waitFor(By.cssSelector("#project-search input"));
        search.sendKeys("sepsis");
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("q=sepsis"));
        waitForVaadin();

        WebElement region = waitFor(By.cssSelector("#facet-region input"));
        region.click();
        region.sendKeys("South");
        waitForVaadin();
        region.sendKeys(Keys.ARROW_DOWN);
        region.sendKeys(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("region=south-west-of-england"));
        waitForVaadin();

        WebElement first = waitUpTo(20).until(d -> d.findElements(By.cssSelector("vaadin-grid a.project-card-title"))
                .stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
        String title = first.getText();
        assertThat(title).containsIgnoringCase("sepsis");
        first.click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo(title);

        driver().navigate().back();
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("q=sepsis") && d.getCurrentUrl().contains("region=south-west-of-england"));
        waitForVaadin();
        waitUpTo(20).until(d -> "sepsis".equals(d.findElement(By.cssSelector("#project-search input")).getDomProperty("value")));
        waitUpTo(20).until(d -> d.findElement(By.cssSelector("#facet-region input")).getDomProperty("value").startsWith("South West of England"));
        waitUpTo(20).until(d -> d.findElements(By.cssSelector("vaadin-grid a.project-card-title")).stream()
                .anyMatch(a -> a.getText().equals(title)));
    }
}
