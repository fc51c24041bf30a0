package org.qcommons.insights.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.testsupport.BrowserTestBase;

class InsightsBT extends BrowserTestBase {

    /** Kept in target/screenshots so a person can look at what the charts show. */
    private void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver()).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void chartsRenderOnTheInsightsPageAndAMeasurePageWithoutConsoleErrors() {
        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        driver().manage().logs().get(LogType.BROWSER); // drop what sign-in logged
        open("insights");
        waitFor(By.cssSelector(".chart-box canvas"));
        JavascriptExecutor js = (JavascriptExecutor) driver();
        // Chart.js was loaded from the webjar and drew on the canvas: the host holds a live chart with data.
        waitUpTo(20)
                .until(d -> Boolean.TRUE.equals(
                        js.executeScript("const hosts = [...document.querySelectorAll('.chart-box')];"
                                + "return !!window.Chart && hosts.length >= 5 && hosts.every(h => h.__chart && "
                                + "h.querySelector('canvas').width > 0);")));
        Object firstSeries = js.executeScript(
                "return document.querySelector('.chart-box').__chart.data.datasets.map(d => d.data.join('/')).join(';');");
        assertThat(firstSeries).isEqualTo("9/130/166;9/118/159;11/110/158");
        screenshot("insights");

        open("measures");
        waitFor(By.tagName("vaadin-grid"));
        driver().findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().startsWith("Sepsis"))
                .findFirst()
                .orElseThrow()
                .click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/measures/\\d+$"));
        waitUpTo(20)
                .until(d -> Boolean.TRUE.equals(
                        js.executeScript("const h = document.querySelector('.chart-box'); return !!(h && h.__chart && "
                                + "h.__chart.data.datasets.length >= 6);")));
        Object shapes = js.executeScript("const d = document.querySelector('.chart-box').__chart.data.datasets[0];"
                + "return d.pointStyle[d.pointStyle.length - 1];");
        assertThat(shapes).isEqualTo("triangle");
        screenshot("measure");

        // The measure's project shows the same chart in its measures section.
        driver().findElement(By.partialLinkText("Project: Sepsis screening")).click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        waitUpTo(20)
                .until(d -> Boolean.TRUE.equals(js.executeScript(
                        "const h = document.querySelector('.chart-box'); return !!(h && h.__chart);")));
        screenshot("project");
        open("projects?signal=improvement");
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("#project-results a.project-card-title")).stream()
                        .anyMatch(c -> c.getText().contains("Sepsis screening in the emergency department")));
        screenshot("register-improvement");

        List<LogEntry> errors = driver().manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        assertThat(errors).as("browser console errors").isEmpty();
    }
}
