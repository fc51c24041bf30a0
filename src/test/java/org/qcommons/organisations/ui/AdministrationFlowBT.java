package org.qcommons.organisations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.organisations.Organisation;
import org.qcommons.testsupport.BrowserTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 26's browser flow: an ADMIN adds an organisation, signs it up to the concordat and makes one of its members
 * the coordinator, who can then approve a release of a colleague in a real browser. Only the steps that are not
 * administration (posting a request, inviting and accepting) are done through the services.
 */
class AdministrationFlowBT extends BrowserTestBase {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anAdminsNewOrganisationsCoordinatorApprovesARelease() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        String name = "Admin Flow Trust " + ExchangeFixtures.next();

        signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        open("admin/organisations");
        clickShown(By.id("organisation-add"));
        waitFor(By.cssSelector("#organisation-name input")).sendKeys(name);
        pickFirst(field("vaadin-combo-box", "Type", "input"));
        pickFirst(By.cssSelector("#organisation-stp input"));
        clickShown(By.id("organisation-save"));
        waitUpTo(20).until(d -> count("select count(*) from organisation where name = ?", name) == 1);

        open("concordat");
        choose(waitFor(field("vaadin-combo-box", "Organisation", "input")), name);
        clickShown(By.xpath("//vaadin-button[normalize-space()='Sign it up']"));
        waitFor(field("vaadin-text-field", "Signed by", "input")).sendKeys("Pat Signer");
        waitFor(field("vaadin-text-field", "Their role", "input")).sendKeys("Chief Executive");
        clickShown(By.xpath("//vaadin-button[normalize-space()='Sign the concordat']"));
        waitUpTo(20)
                .until(d -> count(
                                "select count(*) from concordat_signatory s join organisation o on s.organisation_id = o.id"
                                        + " where o.name = ?",
                                name)
                        == 1);

        Organisation created = fx.org(name);
        String coordinator = fx.newMember(created, null);
        String lent = fx.newMember(created, fx.testSkill);
        String coordinatorName = fx.as(coordinator, () -> fx.members.me().getFullName());

        open("admin/roles");
        // The item reads "name (email)": the typed name picks it out, the highlighted item is taken.
        choose(waitFor(By.cssSelector("vaadin-combo-box input")), coordinatorName);
        clickShown(By.xpath("//vaadin-button[normalize-space()='Make organisation coordinator']"));
        WebElement reason = waitFor(By.cssSelector("vaadin-text-area textarea"));
        reason.sendKeys("Coordinates the concordat for the new trust.");
        clickShown(By.xpath("//vaadin-button[normalize-space()='Grant']"));
        waitUpTo(20)
                .until(d -> count(
                                "select count(*) from user_role r join user_account a on r.user_account_id = a.id"
                                        + " where a.username = ? and r.role = 'ORG_COORDINATOR'",
                                coordinator)
                        == 1);

        var request = fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2);
        Exchange e =
                fx.as(ExchangeFixtures.HOST_COORDINATOR, () -> fx.exchanges.invite(request.getId(), fx.memberId(lent)));
        fx.as(lent, () -> fx.exchanges.accept(e.getId()));

        driver().manage().deleteAllCookies();
        signIn(coordinator, "fixture-password");
        open("exchange/exchanges/" + e.getId());
        clickShown(By.id("action-approve-release"));
        clickShown(By.id("prompt-confirm"));
        waitUpTo(20).until(d -> d.findElement(By.id("exchange-state")).getText().equals(ExchangeState.AGREED.label()));
        assertThat(jdbc.queryForObject("select state from concordat_exchange where id = ?", String.class, e.getId()))
                .isEqualTo("AGREED");
    }

    /** A field's own input, found by the text of its label (Vaadin sets the label as a property, not an attribute). */
    private static By field(String tag, String label, String input) {
        return By.xpath("//" + tag + "[label[normalize-space()='" + label + "']]//" + input);
    }

    private int count(String sql, String arg) {
        return jdbc.queryForObject(sql, Integer.class, arg);
    }

    /**
     * Types into a combo box, waits until its filtered list shows the item, takes it by keyboard and waits for the
     * list to close, so that the next click is not taken by the open list.
     */
    private void choose(WebElement input, String text) {
        input.sendKeys(text);
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .anyMatch(item -> item.getText().contains(text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        listClosed();
    }

    private void listClosed() {
        waitUpTo(10)
                .until(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                        .noneMatch(WebElement::isDisplayed));
        waitForVaadin();
    }

    /** Opens a combo box from its input and takes its first item, as a keyboard user would. */
    private void pickFirst(By input) {
        WebElement field = waitFor(input);
        field.click();
        field.sendKeys(Keys.ARROW_DOWN);
        waitUpTo(10)
                .until(d ->
                        !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        field.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        listClosed();
    }
}
