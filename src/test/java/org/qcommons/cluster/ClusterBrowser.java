package org.qcommons.cluster;

import java.io.File;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Debian's headless Chromium signed in on one node of the cluster (the options of BrowserTestBase). */
final class ClusterBrowser implements AutoCloseable {

    private final ChromeDriver driver;

    ClusterBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,900");
        driver = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build(),
                options);
    }

    void signIn(String base, String username, String password) {
        driver.get(base + "/login");
        WebElement login =
                waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(By.tagName("vaadin-login-form")));
        login.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        login.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        login.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        try {
            waitUpTo(30).until(d -> !d.getCurrentUrl().contains("/login"));
            waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bell")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "Signing in as " + username + " on " + base + " ended at " + driver.getCurrentUrl() + " showing: "
                            + ((JavascriptExecutor) driver).executeScript("return document.body.innerText"),
                    e);
        }
    }

    int bellCount() {
        String text = (String) ((JavascriptExecutor) driver)
                // An unread count of none is an invisible span, which Vaadin leaves unrendered until it has a number.
                .executeScript("const c = document.querySelector('.bell-count'); return c ? c.textContent.trim() : ''");
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    void waitForBellCount(int count, Duration limit) {
        new WebDriverWait(driver, limit, Duration.ofMillis(20)).until(d -> bellCount() >= count);
    }

    /** Opens a page and waits until its text, notifications included, contains {@code text}. */
    void open(String url) {
        driver.get(url);
    }

    boolean pageContains(String text, Duration limit) {
        try {
            new WebDriverWait(driver, limit, Duration.ofMillis(100)).until(d -> (Boolean) ((JavascriptExecutor) d)
                    .executeScript("return document.body.innerText.includes(arguments[0])", text));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Opens a meeting and waits until its live minutes are connected (the status line of LiveMinutes). */
    void openLiveMinutes(String base, Long meetingId) {
        driver.get(base + "/meetings/" + meetingId);
        waitUpTo(30)
                .until(d -> "Shared with everyone editing as you type."
                        .equals(js(
                                "const s = document.querySelector('.live-status'); return s ? s.textContent : null;")));
    }

    /** Types into the first agenda item's minutes, a key at a time, as a person does. */
    void typeMinutes(String text) {
        WebElement box = waitUpTo(20)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-text-area.minutes-text textarea")));
        box.click();
        box.sendKeys(org.openqa.selenium.Keys.END);
        for (char c : text.toCharArray()) {
            box.sendKeys(String.valueOf(c));
        }
    }

    void focusMinutes() {
        waitUpTo(20)
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("vaadin-text-area.minutes-text textarea")))
                .click();
    }

    String minutes() {
        return (String) js("return document.querySelector('vaadin-text-area.minutes-text').value || '';");
    }

    String editors() {
        return (String) js("const s = document.querySelector('.live-editors'); return s ? s.textContent : '';");
    }

    boolean waitFor(Duration limit, java.util.function.BooleanSupplier condition) {
        try {
            new WebDriverWait(driver, limit, Duration.ofMillis(50)).until(d -> condition.getAsBoolean());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
