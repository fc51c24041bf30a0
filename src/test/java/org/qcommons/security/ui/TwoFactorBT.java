package org.qcommons.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.AccountService;
import org.qcommons.security.NewAccounts;
import org.qcommons.security.TotpCodes;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member turns on two-factor sign-in from their profile by scanning (here: reading) the key, then signs in with the
 * password and a code that the test computes from that key, as an authenticator app would, in a real browser.
 */
class TwoFactorBT extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TotpCodes totp;

    @Test
    void enrolFromTheProfileThenSignInWithACode() {
        String email = NewAccounts.active(accounts, organisations, "browser-totp");
        Long memberId = accounts.loadUserByUsername(email).memberId();
        signIn(email, NewAccounts.PASSWORD);
        open("people/" + memberId);
        press("two-factor-set-up");
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("account/two-factor"));
        waitForVaadin();
        assertThat(waitFor(By.id("two-factor-qr")).getAttribute("src")).startsWith("data:image/png;base64,");
        String secret = waitFor(By.id("two-factor-secret")).getText().replace(" ", "");
        assertThat(secret).matches("[A-Z2-7]{32}");

        // A wrong first code leaves it off, with the reason on the field.
        waitFor(By.cssSelector("#two-factor-code input")).sendKeys("000000", Keys.TAB);
        press("two-factor-confirm");
        waitForVaadin();
        assertThat(driver().findElement(By.id("two-factor-code")).getDomProperty("invalid"))
                .isEqualTo("true");
        var code = driver().findElement(By.cssSelector("#two-factor-code input"));
        code.clear();
        code.sendKeys(totp.currentCode(secret), Keys.TAB);
        press("two-factor-confirm");
        assertThat(waitFor(By.id("recovery-codes")).findElements(By.tagName("li")))
                .hasSize(10);

        // Signed out, the password alone now leads to the code page, not in.
        driver().manage().deleteAllCookies();
        open("login");
        var login = waitFor(By.tagName("vaadin-login-form"));
        login.findElement(By.cssSelector("input[name='username']")).sendKeys(email);
        login.findElement(By.cssSelector("input[name='password']")).sendKeys(NewAccounts.PASSWORD);
        login.findElement(By.cssSelector("vaadin-button[slot='submit']")).click();
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("sign-in/code"));
        waitForVaadin();
        open("people/" + memberId);
        assertThat(driver().getCurrentUrl()).doesNotContain("people/");

        open("sign-in/code");
        waitFor(By.cssSelector("#second-factor-code input")).sendKeys("000000", Keys.TAB);
        press("second-factor-verify");
        waitForVaadin();
        assertThat(driver().findElement(By.id("second-factor-code")).getDomProperty("errorMessage"))
                .contains("does not match");
        driver().findElement(By.cssSelector("#second-factor-code input")).clear();
        enterSecondFactorCode(email, secret);

        open("people/" + memberId);
        assertThat(waitFor(By.id("two-factor-status")).getText()).contains("Recovery codes left: 10 of 10");
    }

    /** A click by script: a notification card near the bottom of the window must not swallow it. */
    private void press(String id) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].click()", waitFor(By.id(id)));
        waitForVaadin();
    }
}
