package org.qcommons.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (installed from npm into .tools/ by .ci/run) in the page and returns the serious and critical
 * WCAG 2.2 A/AA violations, each as "rule: target (summary)".
 */
public final class Axe {

    public static final Path SCRIPT = Path.of(".tools", "node_modules", "axe-core", "axe.min.js");
    private static String source;

    private Axe() {}

    /**
     * Findings inside Vaadin's own web components that our code cannot change (recorded in docs/accessibility.md):
     * vaadin-tabs' internal scroll buttons, and aria-required on the host of vaadin-checkbox-group and on
     * vaadin-select's value button when a field is required; and target-size on a vaadin-grid cell (in its shadow
     * DOM) that is partly scrolled out of the grid's viewport. Any other finding fails the test.
     */
    static final List<String> KNOWN_COMPONENT_ISSUES = List.of(
            "aria-required-children: [\"vaadin-tabs\"]",
            "aria-allowed-attr: [\"vaadin-checkbox-group\"]",
            "aria-allowed-attr: [\"vaadin-select-value-button\"]",
            // The same finding when axe names the value button by its place or its attributes (a select in a dialog).
            "aria-allowed-attr: [\"vaadin-select:nth-child(",
            "aria-allowed-attr: [\"vaadin-select[required=\\\"\\\"]:nth-child(",
            "aria-allowed-attr: [\"vaadin-select-value-button[",
            "target-size: [[\"vaadin-grid\",");

    public static boolean available() {
        return Files.isReadable(SCRIPT);
    }

    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        try {
            if (source == null) {
                source = Files.readString(SCRIPT);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SCRIPT, e);
        }
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(source);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run({exclude: [['vaadin-dev-tools'], ['copilot-main']]},
                        {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})
                   .then(r => done(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .flatMap(v => v.nodes.map(n => v.id + ': ' + JSON.stringify(n.target) + ' ('
                            + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200) + ')'))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        List<String> found =
                result instanceof List<?> list ? new ArrayList<>((List<String>) list) : List.of(String.valueOf(result));
        return found.stream()
                .filter(v -> KNOWN_COMPONENT_ISSUES.stream().noneMatch(v::startsWith))
                .toList();
    }
}
