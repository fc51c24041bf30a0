package org.qcommons.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.security.AccountService;
import org.qcommons.security.NewAccounts;
import org.qcommons.security.PasswordResetLinks;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** A member who forgot their password gets back in from the email's link, in a real browser. */
class PasswordResetBT extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Test
    void resetFromTheEmailedLinkThenSignIn() {
        String email = NewAccounts.active(accounts, organisations, "browser-reset");
        open("login");
        waitFor(By.tagName("vaadin-login-form"))
                .findElement(By.cssSelector("vaadin-button[slot='forgot-password']"))
                .click();
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("forgot-password"));
        waitForVaadin();
        waitFor(By.cssSelector("vaadin-email-field input")).sendKeys(email);
        driver().findElement(By.xpath("//vaadin-button[contains(., 'Send me a link')]"))
                .click();
        waitFor(By.xpath("//p[contains(., 'If this address has an account')]"));

        String token = PasswordResetLinks.tokenFrom(PasswordResetLinks.resetMail(email));
        open("reset-password?token=" + token);
        var fields = driver().findElements(By.cssSelector("vaadin-password-field input"));
        assertThat(fields).hasSize(2);
        fields.get(0).sendKeys("a new password from the browser");
        fields.get(1).sendKeys("a new password from the browser");
        driver().findElement(By.xpath("//vaadin-button[contains(., 'Save new password')]"))
                .click();
        WebElement done = waitFor(By.xpath("//h2[contains(., 'Your password has been changed')]"));
        assertThat(done.isDisplayed()).isTrue();

        signIn(email, "a new password from the browser");
        assertThat(driver().getCurrentUrl()).doesNotContain("login");
    }
}
