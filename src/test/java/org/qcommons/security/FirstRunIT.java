package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.qcommons.testsupport.ChildApp;
import org.qcommons.testsupport.DebianMariaDb;
import org.qcommons.testsupport.StandaloneTestBase;

/**
 * The operator's first run: the mariadb (production) profile on an empty Debian MariaDB, no demo data. The log
 * prints one setup link; its page creates the first administrator, who adds an organisation and invites a member;
 * the member sets a password from the emailed link (read from the dev mailbox) and signs in.
 */
class FirstRunIT extends StandaloneTestBase {

    private static final Pattern SETUP = Pattern.compile("/setup/([A-Za-z0-9_-]{20,})");
    private static final Pattern WELCOME = Pattern.compile("/welcome/([A-Za-z0-9_-]{20,})");
    private static DebianMariaDb db;
    private static ChildApp app;
    private static ChromeDriver browser;
    private static Path work;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(DebianMariaDb.installed(), "Debian's mariadb-server is not installed");
        Assumptions.assumeTrue(new File("/usr/bin/chromium").canExecute(), "Chromium is not installed");
        Files.createDirectories(Path.of("target"));
        work = Files.createTempDirectory(Path.of("target"), "first-run-").toAbsolutePath();
        db = new DebianMariaDb();
        app = ChildApp.start(
                work,
                Map.of(
                        "spring.profiles.active", "mariadb",
                        "spring.datasource.url", db.url(),
                        "spring.datasource.username", "root",
                        "spring.datasource.password", "",
                        "qcommons.data-dir", work.resolve("data").toString()));
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900");
        browser = new ChromeDriver(
                new ChromeDriverService.Builder()
                        .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                        .build(),
                options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void fromAnEmptyDatabaseToAnInvitedMemberSignedIn() throws Exception {
        // Reference data, not demo data: England's regions and ICSs, and nobody yet.
        try (Connection c = db.connect("qcommons")) {
            assertThat(count(c, "SELECT COUNT(*) FROM region")).isEqualTo(7);
            assertThat(count(c, "SELECT COUNT(*) FROM stp")).isEqualTo(42);
            assertThat(count(c, "SELECT COUNT(*) FROM stp WHERE former_names = 'Humber, Coast and Vale'"))
                    .isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM member")).isZero();
        }
        List<String> links =
                SETUP.matcher(app.log()).results().map(m -> m.group(1)).toList();
        assertThat(links).as("setup links printed").hasSize(1);
        String token = links.getFirst();
        try (Connection c = db.connect("qcommons")) {
            assertThat(count(
                            c,
                            "SELECT COUNT(*) FROM account_token WHERE token_hash = '" + AccountTokens.hash(token)
                                    + "'"))
                    .isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM account_token WHERE token_hash = '" + token + "'"))
                    .isZero();
        }

        open("setup/" + token);
        type("setup-name", "Alex Administrator");
        type("setup-email", "alex@ahsn.example");
        type("setup-password", "first-admin-password");
        click("setup-create");
        await(By.xpath("//*[contains(text(), 'You are the administrator')]"));
        open("setup/" + token);
        await(By.xpath("//*[contains(text(), 'This setup link does not work')]"));

        signIn("alex@ahsn.example", "first-admin-password");
        // Administrators must use a second factor: the first one is sent to set it up before anything else.
        open("admin/organisations");
        await(By.id("two-factor-qr"));
        assertThat(browser.getCurrentUrl()).contains("admin/organisations");
        String secret = await(By.id("two-factor-secret")).getText().replace(" ", "");
        type("two-factor-code", new TotpCodes(java.time.Clock.systemUTC()).currentCode(secret));
        click("two-factor-confirm");
        await(By.id("recovery-codes"));
        open("admin/organisations");
        click("organisation-add");
        type("organisation-name", "West of England AHSN");
        choose("organisation-stp", "Bristol, North Somerset");
        click("organisation-save");
        awaitRows("SELECT COUNT(*) FROM organisation WHERE name = 'West of England AHSN'");

        open("admin/invite");
        type("invite-name", "Sam Member");
        type("invite-email", "sam@trust.example");
        choose("invite-organisation", "West of England");
        click("invite-send");
        awaitRows("SELECT COUNT(*) FROM member WHERE email = 'sam@trust.example'");

        String welcome = awaitMail("sam@trust.example");
        browser.manage().deleteAllCookies();
        open("welcome/" + welcome);
        type("welcome-password", "sams-own-password");
        type("welcome-repeat", "sams-own-password");
        click("welcome-save");
        await(By.xpath("//*[contains(text(), 'Your password is set')]"));
        signIn("sam@trust.example", "sams-own-password");
        try (Connection c = db.connect("qcommons")) {
            assertThat(count(c, "SELECT COUNT(*) FROM user_role WHERE role = 'ADMIN'"))
                    .isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM organisation")).isEqualTo(1);
            assertThat(count(c, "SELECT COUNT(*) FROM user_account WHERE enabled = TRUE"))
                    .isEqualTo(2);
        }
    }

    private static String awaitMail(String address) throws Exception {
        Path mail = work.resolve("data").resolve("mail");
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            if (Files.isDirectory(mail)) {
                try (Stream<Path> files = Files.list(mail)) {
                    for (Path f : files.toList()) {
                        // Decoded as a mail client would: quoted-printable may wrap the link in the raw file.
                        try (InputStream in = Files.newInputStream(f)) {
                            MimeMessage message = new MimeMessage((Session) null, in);
                            String text = message.getContent().toString();
                            Matcher m = WELCOME.matcher(text);
                            if (message.getAllRecipients()[0].toString().contains(address) && m.find()) {
                                return m.group(1);
                            }
                        }
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("No invitation mail for " + address + "\n" + app.log());
    }

    /** Types into a combo box and clicks the first suggestion, as a person would. */
    private static void choose(String id, String text) {
        WebElement input = await(By.cssSelector("#" + id + " input"));
        input.sendKeys(text);
        waitForVaadin();
        await(By.cssSelector("vaadin-combo-box-item")).click();
        waitForVaadin();
    }

    private static void awaitRows(String sql) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            try (Connection c = db.connect("qcommons")) {
                if (count(c, sql) > 0) {
                    return;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Nothing for " + sql + " on " + browser.getCurrentUrl() + ":\n"
                + browser.findElement(By.tagName("body")).getText());
    }

    private static void signIn(String username, String password) {
        open("login");
        WebElement login = await(By.tagName("vaadin-login-form"));
        login.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        login.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        login.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    private static void open(String path) {
        browser.get(app.url(path));
        waitForVaadin();
    }

    private static void type(String id, String text) {
        WebElement input = await(By.cssSelector("#" + id + " input"));
        input.clear();
        input.sendKeys(text);
        input.sendKeys(Keys.TAB);
        waitForVaadin();
    }

    private static void click(String id) {
        await(By.id(id)).click();
        waitForVaadin();
    }

    private static WebElement await(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private static void waitForVaadin() {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("if (!window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients)"
                                + " return false; return Object.values(window.Vaadin.Flow.clients)"
                                + ".every(c => !c.isActive || !c.isActive());")));
    }

    private static long count(Connection c, String sql) throws Exception {
        try (var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
