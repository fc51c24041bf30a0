package org.qcommons.testsupport;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.security.TotpCodes;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real Chromium (Debian's package) against the app on a random port. One browser for the whole JVM; each test
 * starts from a fresh session. On failure a screenshot and the console log go to target/browser-failures.
 */
@ExtendWith(BrowserTestBase.FailureCapture.class)
public abstract class BrowserTestBase extends IntegrationTestBase {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped by -DskipBrowserTests");
        Assumptions.assumeTrue(
                new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        if (driver == null) {
            driver = anotherBrowser();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> driver.quit()));
        }
        driver.manage().deleteAllCookies();
    }

    /** A browser of its own (its own profile and cookies), for tests of two people at once; quit it when done. */
    protected static ChromeDriver anotherBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
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
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .build();
        return new ChromeDriver(service, options);
    }

    protected WebDriver driver() {
        return driver;
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    protected void open(String path) {
        driver.get(url(path));
        waitForVaadin();
    }

    /**
     * Opens a page and waits until its view has attached (Vaadin sets the document title then; checking before that
     * sees a page no user sees) and the round trips have finished.
     */
    protected void openAndSettle(String path) {
        open(path);
        waitFor(By.tagName("body"));
        waitUpTo(10).until(d -> !d.getTitle().isBlank());
        waitForVaadin();
    }

    protected WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Waits until Vaadin has finished its round trips, rather than sleeping. */
    protected void waitForVaadin() {
        waitUpTo(30)
                .until(
                        d -> Boolean.TRUE.equals(
                                ((JavascriptExecutor) d)
                                        .executeScript(
                                                "if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients) return false;"
                                                        + "return Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive());")));
    }

    protected WebElement waitFor(By by) {
        return waitUpTo(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /**
     * Clicks the first shown match, scrolled to the middle of the viewport first so that the header and
     * notification cards cannot take the click.
     */
    protected void clickShown(By by) {
        WebElement el = waitUpTo(20).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() || !found.getFirst().isDisplayed() ? null : found.getFirst();
        });
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        el.click();
        waitForVaadin();
    }

    protected void signIn(String username, String password) {
        open("login");
        WebElement login = waitFor(By.tagName("vaadin-login-form"));
        WebElement user = login.findElement(By.cssSelector("input[name='username']"));
        user.sendKeys(username);
        login.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        login.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("/login"));
        if (driver.getCurrentUrl().contains("sign-in/code") && DemoAccounts.ADMIN.equalsIgnoreCase(username)) {
            // ADMINs must use a second factor; the demo ADMIN's secret is published (DemoAccounts).
            enterSecondFactorCode(username, DemoAccounts.ADMIN_TOTP_SECRET);
        }
        waitForVaadin();
    }

    /**
     * Types what an authenticator app holding this secret would show now, on the sign-in code page. A code is
     * accepted once, so when this account already used the current step's code (an earlier test), the next step's is
     * typed: it is within the allowed drift.
     */
    protected void enterSecondFactorCode(String username, String secret) {
        waitForVaadin();
        TotpCodes codes = applicationContext.getBean(TotpCodes.class);
        JdbcTemplate jdbc = applicationContext.getBean(JdbcTemplate.class);
        Long last = jdbc
                .queryForList(
                        "select f.last_used_step from second_factor f join user_account a on a.id = f.account_id "
                                + "where a.username = ?",
                        Long.class,
                        username)
                .stream()
                .findFirst()
                .orElse(-1L);
        long step = Math.max(codes.currentStep(), last + 1);
        while (step > codes.currentStep() + 1) {
            sleepQuietly(1000);
        }
        WebElement field = waitFor(By.id("second-factor-code"));
        field.findElement(By.tagName("input")).sendKeys(codes.codeAt(secret, step));
        driver.findElement(By.id("second-factor-verify")).click();
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("sign-in/code"));
        waitForVaadin();
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static class FailureCapture implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (driver == null) {
                return;
            }
            try {
                Path dir = Path.of("target", "browser-failures");
                Files.createDirectories(dir);
                String name = context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getDisplayName().replaceAll("[^A-Za-z0-9]", "_");
                Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
                StringBuilder log = new StringBuilder();
                driver.manage()
                        .logs()
                        .get(LogType.BROWSER)
                        .forEach(e -> log.append(e).append('\n'));
                Files.writeString(dir.resolve(name + "-console.log"), log);
            } catch (Exception e) {
                System.err.println("Could not capture browser failure: " + e);
            }
        }
    }
}
