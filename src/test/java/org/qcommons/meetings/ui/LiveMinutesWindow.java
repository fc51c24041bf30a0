package org.qcommons.meetings.ui;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's browser on a meeting page, with the live minutes of one agenda item. */
final class LiveMinutesWindow {

    final WebDriver driver;
    private final String base;

    LiveMinutesWindow(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    void signIn(String username, String password) {
        driver.get(base + "login");
        WebElement login = until(30, d -> d.findElement(By.tagName("vaadin-login-form")));
        login.findElement(By.cssSelector("input[name='username']")).sendKeys(username);
        login.findElement(By.cssSelector("input[name='password']")).sendKeys(password);
        login.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        until(30, d -> !d.getCurrentUrl().contains("/login"));
    }

    void openMeeting(Long meetingId) {
        driver.get(base + "meetings/" + meetingId);
        until(30, d -> "Shared with everyone editing as you type.".equals(status()));
    }

    /** The first item's minutes: the native textarea inside the Vaadin field. */
    WebElement box() {
        return until(20, d -> d.findElement(By.cssSelector("vaadin-text-area.minutes-text textarea")));
    }

    String value() {
        return (String) js("return document.querySelector('vaadin-text-area.minutes-text').value || '';");
    }

    String status() {
        return (String) js("const s = document.querySelector('.live-status'); return s ? s.textContent : null;");
    }

    String alert() {
        return (String) js("const s = document.querySelector('.live-alert'); return s ? s.textContent : '';");
    }

    String editors() {
        return (String) js("const s = document.querySelector('.live-editors'); return s ? s.textContent : '';");
    }

    /** True while this browser has typing the server has not yet acknowledged. */
    boolean pending() {
        return Boolean.TRUE.equals(js("const h = document.querySelector('.live-minutes');"
                + "return !!(h && h.__qcLive && h.__qcLive.pending());"));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    <T> T until(int seconds, java.util.function.Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition::apply);
    }
}
