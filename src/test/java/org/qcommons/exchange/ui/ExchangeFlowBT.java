package org.qcommons.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.testsupport.BrowserTestBase;

/** The whole exchange in a real browser: request → match → invite → accept → approve → deliver → confirm → complete. */
class ExchangeFlowBT extends BrowserTestBase {

    static final String FIXTURE_PASSWORD = "fixture-password";
    static final String DEMO_PASSWORD = DemoAccounts.PASSWORD;

    @Test
    void aRequestIsMatchedAndTheExchangeRunsToCompletion() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        String memberName = fx.as(member, () -> fx.members.me().getFullName());

        signIn(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD);
        open("exchange/requests/new");
        String title = "Browser flow " + ExchangeFixtures.next();
        type("request-title", title);
        waitFor(By.cssSelector("#request-description textarea"))
                .sendKeys("Review our handover with a human factors lens.");
        clickShown(By.cssSelector("#request-remote label"));
        WebElement skill = waitFor(By.cssSelector("#request-skill input"));
        skill.sendKeys(fx.testSkill);
        waitForVaadin();
        skill.sendKeys(Keys.ENTER);
        waitForVaadin();
        clickShown(By.id("request-add-skill"));
        clickShown(By.id("request-save"));
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/exchange/requests/\\d+$"));
        Matcher m = Pattern.compile("/exchange/requests/(\\d+)$").matcher(driver().getCurrentUrl());
        assertThat(m.find()).isTrue();
        Long requestId = Long.valueOf(m.group(1));

        clickShown(By.cssSelector("vaadin-button[aria-label='Invite " + memberName + "']"));
        waitUpTo(20)
                .until(d -> !fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.exchangesFor(requestId))
                        .isEmpty());
        Exchange e = fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.exchangesFor(requestId))
                .getFirst();

        as(member, FIXTURE_PASSWORD, e);
        clickShown(By.id("action-accept"));
        expectState(ExchangeState.ACCEPTED);

        as(lender.coordinator(), FIXTURE_PASSWORD, e);
        clickShown(By.id("action-approve-release"));
        clickShown(By.id("prompt-confirm"));
        expectState(ExchangeState.AGREED);

        as(member, FIXTURE_PASSWORD, e);
        clickShown(By.id("action-log-days"));
        clickShown(By.id("log-days-save"));
        expectState(ExchangeState.DAYS_LOGGED);

        as(ExchangeFixtures.HOST_COORDINATOR, DEMO_PASSWORD, e);
        clickShown(By.id("action-confirm-days"));
        clickShown(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        expectState(ExchangeState.CONFIRMED);
        feedback("Generous, practical help.");

        as(member, FIXTURE_PASSWORD, e);
        feedback("A team keen to learn.");
        expectState(ExchangeState.COMPLETE);
        assertThat(fx.as(member, () -> fx.ledger.entriesFor(e.getId()))).hasSize(2);
    }

    private void as(String username, String password, Exchange e) {
        driver().manage().deleteAllCookies();
        signIn(username, password);
        open("exchange/exchanges/" + e.getId());
        waitFor(By.id("exchange-state"));
    }

    private void feedback(String text) {
        clickShown(By.id("action-leave-feedback"));
        waitFor(By.cssSelector("#prompt-text textarea")).sendKeys(text);
        clickShown(By.id("prompt-confirm"));
    }

    private void type(String id, String text) {
        waitFor(By.cssSelector("#" + id + " input")).sendKeys(text);
    }

    private void expectState(ExchangeState state) {
        waitUpTo(20).until(d -> d.findElement(By.id("exchange-state")).getText().equals(state.label()));
    }
}
