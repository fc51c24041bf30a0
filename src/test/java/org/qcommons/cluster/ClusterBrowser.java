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
        waitUpTo(30).until(d -> !d.getCurrentUrl().contains("/login"));
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".bell-count")));
    }

    int bellCount() {
        String text = (String) ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('.bell-count').textContent.trim()");
        return text.isEmpty() ? 0 : Integer.parseInt(text);
    }

    void waitForBellCount(int count, Duration limit) {
        new WebDriverWait(driver, limit, Duration.ofMillis(20)).until(d -> bellCount() >= count);
    }

    private WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
