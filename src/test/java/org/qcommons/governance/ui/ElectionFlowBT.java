package org.qcommons.governance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.qcommons.base.security.QUser;
import org.qcommons.governance.Election;
import org.qcommons.governance.ElectionService;
import org.qcommons.governance.ElectionStatus;
import org.qcommons.governance.GovernanceFixtures;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.testsupport.BrowserTestBase;

/**
 * The whole election in a real browser: the convenor opens it, two members stand, three vote, and the convenor
 * closes, counts and publishes; the elected then hold seats in the group.
 */
class ElectionFlowBT extends BrowserTestBase {

    static final String PASSWORD = "election-flow-password";

    @Test
    void openNominateVoteCloseCountPublishAndTheSeatsAreFilled() {
        GovernanceFixtures fx = new GovernanceFixtures(applicationContext);
        fx.account(fx.convenor, PASSWORD, applicationContext);
        QUser ada = fx.member("Ada Standing", fx.stp);
        QUser bo = fx.member("Bo Standing", fx.stp);
        List<QUser> voters = List.of(
                fx.member("Voter One", fx.stp), fx.member("Voter Two", fx.stp), fx.member("Voter Three", fx.stp));
        for (QUser q : List.of(ada, bo, voters.get(0), voters.get(1), voters.get(2))) {
            fx.account(q, PASSWORD, applicationContext);
        }

        signIn(fx.convenor.username(), PASSWORD);
        open("groups/" + fx.group.getSlug() + "?tab=elections");
        click(button("Open an election"));
        String today = LocalDate.now().toString();
        for (String label :
                List.of("Nominations open", "Nominations close", "Voting opens", "Voting closes", "Term starts")) {
            setDate(label, today);
        }
        click(dialogButton("Open the election"));
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/elections/\\d+$"));
        String electionPath = driver().getCurrentUrl().replaceAll("^.*/(elections/\\d+)$", "$1");

        for (QUser candidate : List.of(ada, bo)) {
            switchTo(candidate, electionPath);
            click(By.xpath("//vaadin-details-summary[normalize-space(.)='Stand yourself']"));
            WebElement statement =
                    field("vaadin-text-area", "Statement to the voters").findElement(By.tagName("textarea"));
            statement.sendKeys("I will keep the group's meetings open and its minutes prompt.");
            click(button("Stand for election"));
            present(By.xpath("//h4[normalize-space(.)='" + candidate.displayName() + "']"));
        }

        switchTo(fx.convenor, electionPath);
        confirmStep("Close nominations and open voting");
        present(By.xpath("//span[normalize-space(.)='Voting open']"));

        for (int i = 0; i < voters.size(); i++) {
            switchTo(voters.get(i), electionPath);
            String first = i < 2 ? "Ada Standing" : "Bo Standing";
            click(button("Rank " + first + " next"));
            click(button("Cast my ballot"));
            present(By.xpath("//p[starts-with(normalize-space(.), 'Your ballot is recorded.')]"));
            present(By.xpath("//p[starts-with(normalize-space(.), 'Your receipt: ')]"));
        }

        switchTo(fx.convenor, electionPath);
        confirmStep("Close voting");
        confirmStep("Count the votes");
        confirmStep("Publish the results");
        present(By.xpath("//span[normalize-space(.)='Results published']"));
        present(By.xpath("//h3[normalize-space(.)='Count sheet']"));
        present(By.xpath("//vaadin-grid-cell-content[normalize-space(.)='Ada Standing']"));

        ElectionService elections = applicationContext.getBean(ElectionService.class);
        Long id = Long.valueOf(electionPath.substring("elections/".length()));
        Election e = elections.byId(id).orElseThrow();
        assertThat(e.getStatus()).isEqualTo(ElectionStatus.PUBLISHED);
        List<Long> seated = GovernanceFixtures.as(fx.convenor, () -> fx.groups.seats(fx.group)).stream()
                .map(SeatHolder::memberId)
                .toList();
        assertThat(seated).contains(ada.memberId());
    }

    private void switchTo(QUser user, String path) {
        driver().manage().deleteAllCookies();
        signIn(user.username(), PASSWORD);
        open(path);
    }

    private void setDate(String label, String isoDate) {
        WebElement picker = field("vaadin-date-picker", label);
        ((JavascriptExecutor) driver())
                .executeScript(
                        "arguments[0].value = arguments[1];"
                                + "arguments[0].dispatchEvent(new CustomEvent('change', {bubbles: true}));",
                        picker,
                        isoDate);
        waitForVaadin();
    }

    /** Present, not necessarily visible: Selenium counts an element scrolled out of the layout as hidden. */
    private WebElement present(By by) {
        return waitUpTo(20).until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    private void confirmStep(String label) {
        click(button(label));
        click(By.cssSelector("vaadin-confirm-dialog[opened] vaadin-button[slot='confirm-button']"));
    }

    private By button(String text) {
        return By.xpath("//vaadin-button[normalize-space(.)=\"" + text + "\"]");
    }

    private By dialogButton(String text) {
        return By.xpath("//vaadin-dialog[@opened]//vaadin-button[normalize-space(.)='" + text + "']");
    }

    private WebElement field(String tag, String label) {
        WebElement el = waitUpTo(20)
                .until(d ->
                        d.findElements(By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]")).stream()
                                .findFirst()
                                .orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        return el;
    }

    private void click(By by) {
        WebElement el =
                waitUpTo(20).until(d -> d.findElements(by).stream().findFirst().orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        waitUpTo(20).until(d -> el.isDisplayed());
        el.click();
        waitForVaadin();
    }
}
