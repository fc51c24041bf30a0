package org.qcommons.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Keyboard-only walkthroughs in real Chromium: key presses go to whatever has focus (never to a located
 * element), and JavaScript only reads the focus state. Shared by every keyboard test so the focus checks are the
 * same everywhere.
 */
public abstract class KeyboardTestBase extends BrowserTestBase {

    /** The focused element, looking through shadow roots. */
    protected static final String ACTIVE = """
            let a = document.activeElement;
            while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
            return a;""";

    /**
     * Whether the focused element shows a focus indicator: a non-zero outline or a box shadow on the element, on a
     * host around it, or on a part inside their shadow roots (Vaadin draws its ring on the host or a part), or on
     * one of their ::before and ::after boxes.
     */
    protected static final String FOCUS_INDICATOR = """
            const el = arguments[0];
            let e = el;
            for (let i = 0; e && i < 4; i++) {
              const parts = e.shadowRoot ? [...e.shadowRoot.querySelectorAll('[part]')] : [];
              for (const c of [e, ...parts]) {
                // The grid draws its focused cell's ring on the cell's ::before.
                for (const pseudo of [null, '::before', '::after']) {
                  const s = getComputedStyle(c, pseudo);
                  if ((s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none')) {
                    return true;
                  }
                }
              }
              e = e.parentElement || (e.getRootNode() && e.getRootNode().host);
            }
            return false;""";

    private static final String OPEN_DIALOG = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";

    /** Tabs forward until the stop described so, checking the focus indicator there. */
    protected WebElement tabTo(String description, int limit) {
        for (int i = 0; i < limit; i++) {
            press(Keys.TAB);
            if (describe(active()).equals(description)) {
                assertFocusVisible();
                return active();
            }
        }
        throw new AssertionError("Tab never reached " + description);
    }

    /**
     * Tabs forward until the last of {@code expected} has focus, checking a visible focus indicator at every stop
     * on the way and that each Tab moved focus on (no trap). Asserts the expected stops came in that order, with
     * anything else allowed in between, and returns every stop passed.
     */
    protected List<String> tabThrough(int limit, String... expected) {
        String last = expected[expected.length - 1];
        List<String> stops = new ArrayList<>();
        WebElement previous = active();
        for (int i = 0; i < limit; i++) {
            press(Keys.TAB);
            WebElement now = active();
            assertThat(now.getTagName())
                    .as("focus left the page after %s", stops)
                    .isNotEqualTo("body");
            assertThat(now)
                    .as(
                            "Tab moved on from %s (stops so far: %s)",
                            stops.isEmpty() ? "the start" : stops.getLast(), stops)
                    .isNotEqualTo(previous);
            assertFocusVisible();
            stops.add(describe(now));
            previous = now;
            if (stops.getLast().equals(last)) {
                assertThat(stops).as("tab order").containsSubsequence(Arrays.asList(expected));
                return stops;
            }
        }
        throw new AssertionError("Tab never reached " + last + "; stops: " + stops);
    }

    /**
     * No keyboard trap at the focused stop: Tab leaves it, and Shift+Tab comes back to it. Ends where it began.
     */
    protected void assertNotTrapped() {
        WebElement here = active();
        String name = describe(here);
        press(Keys.TAB);
        assertThat(active()).as("Tab leaves " + name).isNotEqualTo(here);
        shiftTab();
        assertThat(describe(active())).as("Shift+Tab comes back to " + name).isEqualTo(name);
    }

    /**
     * Presses the key on the focused opener, expects a dialog with focus inside, cycles Tab and Shift+Tab without
     * leaving it, closes it with Escape, and expects focus back on the opener.
     */
    protected void assertDialogKeepsAndReturnsFocus(WebElement opener, CharSequence openKey) {
        assertThat(active()).isEqualTo(opener);
        press(openKey);
        waitForDialog();
        assertThat(insideDialog()).as("focus moves into the dialog").isTrue();
        for (int i = 0; i < 6; i++) {
            press(Keys.TAB);
            assertThat(insideDialog()).as("Tab stays inside the open dialog").isTrue();
        }
        for (int i = 0; i < 3; i++) {
            shiftTab();
            assertThat(insideDialog())
                    .as("Shift+Tab stays inside the open dialog")
                    .isTrue();
        }
        press(Keys.ESCAPE);
        waitForNoDialog();
        waitUpTo(10).until(d -> opener.equals(active()));
        assertFocusVisible();
    }

    /**
     * After a step that replaced the focused control (navigation, a re-rendered view): focus has not dropped to the
     * page, where the next Tab would leave it, but sits in the view, so the next Tab goes to the view's controls.
     */
    protected void assertFocusStaysInView() {
        waitUpTo(10)
                .withMessage(() -> "focus is in the view, not on " + describe(active()))
                .until(d -> (Boolean) js(
                        "let a = arguments[0]; const view = document.querySelector('vaadin-app-layout > :not([slot])');"
                                + " for (let e = a; e; e = e.parentElement || (e.getRootNode() && e.getRootNode().host)) { if (e === view) return true; }"
                                + " return false;",
                        active()));
    }

    /**
     * Waits until focus is back on {@code el} after a popup of its field (a date picker's calendar, a select's or a
     * combo box's list) closed on a key, and that popup has finished closing, as a person would before the next key;
     * then checks the focus shows there.
     */
    protected void waitForFocusOn(WebElement el) {
        String name;
        try {
            name = describe(el);
        } catch (StaleElementReferenceException e) {
            throw new AssertionError(
                    "the control that had focus has been replaced, so focus cannot come back to it", e);
        }
        String popupState =
                "const host = arguments[0].closest('vaadin-date-picker, vaadin-select, vaadin-combo-box, vaadin-multi-select-combo-box');"
                        + " if (!host) return 'none'; const o = host._overlayElement;"
                        + " return (host.opened ? 'opened ' : '') + (o && (o.opened || o.hasAttribute('opening') || o.hasAttribute('closing')) ? 'overlay busy' : '');";
        waitUpTo(10)
                .withMessage(() -> "focus back on " + name + " with its popup closed, not on " + describe(active())
                        + " (popup: " + js(popupState, el) + ")")
                .until(d -> el.equals(active())
                        && ((String) js(popupState, el)).replace("none", "").isBlank());
        assertFocusVisible();
    }

    protected void waitForDialog() {
        waitFor(By.cssSelector(OPEN_DIALOG));
        waitUpTo(10).until(d -> insideDialog());
    }

    protected void waitForNoDialog() {
        waitUpTo(10).until(d -> d.findElements(By.cssSelector(OPEN_DIALOG)).isEmpty());
    }

    protected boolean insideDialog() {
        return (Boolean) js(
                "let a = arguments[0]; while (a) { if (a.matches && a.matches('vaadin-dialog, vaadin-confirm-dialog')) return true;"
                        + " a = a.parentElement || (a.getRootNode() && a.getRootNode().host); } return false;",
                active());
    }

    protected void assertFocusVisible() {
        WebElement el = active();
        assertThat((Boolean) js(FOCUS_INDICATOR, el))
                .as("visible focus on " + describe(el))
                .isTrue();
    }

    protected WebElement active() {
        return (WebElement) js(ACTIVE);
    }

    /** tag (accessible text) or tag[name=...], enough to tell the stops apart. */
    protected String describe(WebElement el) {
        if (el == null) {
            return "nothing";
        }
        @SuppressWarnings("unchecked")
        Map<String, String> d = (Map<String, String>) js(
                "const e = arguments[0];"
                        + "const labelled = e.getAttribute('aria-labelledby');"
                        + "const byLabel = labelled ? labelled.split(' ').map(id => document.getElementById(id)).filter(x => x).map(x => x.textContent).join(' ') : '';"
                        + "return {tag: e.tagName.toLowerCase(), name: e.getAttribute('name') || '',"
                        + " text: (e.getAttribute('aria-label') || byLabel"
                        + " || (e.tagName === 'SELECT' && e.labels.length ? e.labels[0].textContent : '') || e.textContent || '').trim().replace(/\\s+/g, ' ').slice(0, 60)};",
                el);
        if (!d.get("name").isEmpty() && d.get("tag").equals("input")) {
            return "input[name=" + d.get("name") + "]";
        }
        return d.get("text").isEmpty() ? d.get("tag") : d.get("tag") + " (" + d.get("text") + ")";
    }

    protected void press(CharSequence key) {
        new Actions(driver()).sendKeys(key).perform();
        waitForVaadin();
    }

    protected void shiftTab() {
        new Actions(driver())
                .keyDown(Keys.SHIFT)
                .sendKeys(Keys.TAB)
                .keyUp(Keys.SHIFT)
                .perform();
        waitForVaadin();
    }

    protected void type(String text) {
        new Actions(driver()).sendKeys(text).perform();
        waitForVaadin();
    }

    /**
     * After Enter picks an item, waits until the select has focus again and its list has closed. The select shows
     * the chosen value as a copy of its item inside its button; now and then (a race inside the web component) that
     * copy keeps the focused item's tab index, and the next Tab stops on it once before moving on. Callers allow
     * that one extra stop ({@link #SELECT_COPY_STOP}).
     */
    protected void awaitSelectClosed(WebElement select) {
        waitUpTo(10)
                .withMessage(() -> "the select's list closes and focus returns to it")
                .until(d -> select.equals(active())
                        && Boolean.FALSE.equals(js("return !!document.querySelector('vaadin-select[opened]')")));
    }

    /** Tabs to allow after a select, for the copy of its chosen item that may take one stop (see above). */
    protected static final int SELECT_COPY_STOP = 1;

    protected Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }

    protected WebElement present(By by) {
        WebElement el =
                waitUpTo(20).until(d -> d.findElements(by).stream().findFirst().orElse(null));
        js("arguments[0].scrollIntoView({block: 'center'});", el);
        return el;
    }

    /** Tab from the top of the page to the skip link, and Enter: the next Tab lands on the view's first control. */
    protected void skipToMain() {
        press(Keys.TAB);
        assertThat(describe(active())).isEqualTo("a (Skip to main content)");
        assertFocusVisible();
        press(Keys.ENTER);
    }

    /** Like tabThrough, but inside an open dialog, which focus must never leave. */
    protected List<String> tabThroughDialog(int limit, String target) {
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < limit; i++) {
            press(Keys.TAB);
            assertThat(insideDialog()).as("Tab stays inside the open dialog").isTrue();
            assertFocusVisible();
            stops.add(describe(active()));
            if (stops.getLast().equals(target)) {
                return stops;
            }
        }
        throw new AssertionError("Tab never reached " + target + " in the dialog; stops: " + stops);
    }

    protected void shiftTabTo(String description, int limit) {
        for (int i = 0; i < limit; i++) {
            shiftTab();
            assertFocusVisible();
            if (describe(active()).equals(description)) {
                return;
            }
        }
        throw new AssertionError("Shift+Tab never reached " + description);
    }

    /**
     * From a focused grid cell: ArrowDown row by row until a row holds a control whose accessible name starts with
     * {@code name}, End to the row's last cell (then ArrowLeft until the cell holds the control), Enter into the
     * cell; returns the focused control.
     */
    protected WebElement enterRowButton(String name, int rows) {
        for (int i = 0; i < rows; i++) {
            boolean here = (Boolean) js(
                    "const row = arguments[0].parentElement;"
                            + "return [...row.querySelectorAll('slot')].some(s => s.assignedElements().some(c =>"
                            + " [c, ...c.querySelectorAll('*')].some(x => (x.getAttribute('aria-label') || x.accessibleName || '').startsWith(arguments[1]))));",
                    active(),
                    name);
            if (here) {
                press(Keys.END);
                // The control may sit in an earlier column than the last: step left until the cell holds it.
                for (int j = 0; j < 10; j++) {
                    boolean holds = (Boolean) js(
                            "const s = arguments[0].querySelector('slot');"
                                    + "return !!s && s.assignedElements().some(c => [c, ...c.querySelectorAll('*')]"
                                    + ".some(x => (x.getAttribute('aria-label') || x.accessibleName || '').startsWith(arguments[1])));",
                            active(),
                            name);
                    if (holds) {
                        break;
                    }
                    press(Keys.ARROW_LEFT);
                }
                press(Keys.ENTER);
                assertThat(describe(active())).contains(name);
                assertFocusVisible();
                return active();
            }
            press(Keys.ARROW_DOWN);
        }
        throw new AssertionError("No grid row with " + name);
    }

    protected static String randomWord() {
        StringBuilder s = new StringBuilder("kb");
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
