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

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
