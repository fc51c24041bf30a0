package org.qcommons.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.qcommons.security.AccountService;
import org.qcommons.security.Registration;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.HostileInputs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The corpus's script vectors typed into real forms in Chromium (a member's profile, a group discussion post), saved,
 * and then shown on the pages that display them. Each vector would set {@code window.__pwned} or open an alert; after
 * every page neither may have happened, and the vectors must show as the text that was typed. StoredXssBT stores its
 * values through the services; this test goes through the forms, so what the browser sends is what is stored.
 */
class HostileFormsXssBT extends BrowserTestBase {

    @Autowired
    AccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    /** The corpus's script vectors aimed at a flag of this test's own, plus alert() vectors. */
    static List<String> vectors() {
        List<String> v = new ArrayList<>();
        HostileInputs.all().stream()
                .filter(s -> s.contains("window.__xss"))
                .map(s -> s.replace("window.__xss", "window.__pwned"))
                .forEach(v::add);
        v.add("<img src=x onerror=alert(1)>");
        v.add("\"><svg onload=alert(1)>");
        v.add("javascript:alert(1)");
        return v;
    }

    @Test
    void scriptTypedIntoFormsNeverRunsWhereItIsShown() {
        List<String> vectors = vectors();
        assertThat(vectors).hasSizeGreaterThan(30);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "pwned-" + tag + "@test.qcommons.example";
        Long memberId = freshMember(email);

        // The profile form: job title (one vector) and bio (as many as fit its 2,000 characters).
        signIn(email, "a-long-password-1");
        open("profile/edit");
        String jobTitle = "<img src=x onerror=window.__pwned=1>";
        type(field("vaadin-text-field", "Job title").findElement(By.tagName("input")), jobTitle);
        String bio = fit(vectors, 1900);
        type(field("vaadin-text-area", "Short bio").findElement(By.tagName("textarea")), bio);
        click(By.xpath("//vaadin-button[normalize-space(.)='Save']"));
        waitUpTo(20).until(d -> !d.getCurrentUrl().endsWith("/profile/edit"));
        waitForVaadin();
        assertNoScriptRan("after saving the profile");

        open("people/" + memberId);
        waitFor(By.className("bio"));
        assertNoScriptRan("the member's profile page");
        assertThat(driver().findElement(By.className("bio")).getText())
                .as("the bio shows as the text typed")
                .contains("<script>window.__pwned=1</script>", "<svg onload=window.__pwned=1>");
        assertThat(driver().findElement(By.tagName("body")).getText()).contains(jobTitle);

        // A group discussion post, typed by the group's convenor and read back on the group's page.
        driver().manage().deleteAllCookies();
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        MeetingGroup group = fx.group(Visibility.PRIVATE);
        signIn(DemoAccounts.CONVENOR, DemoAccounts.PASSWORD);
        open("groups/" + group.getSlug() + "?tab=discussion");
        String post = "Pwn " + tag + "\n" + fit(vectors.reversed(), 3500);
        type(field("vaadin-text-area", "New post").findElement(By.tagName("textarea")), post);
        click(By.xpath("//vaadin-button[normalize-space(.)='Post']"));
        waitUpTo(20).until(d -> d.findElement(By.tagName("body")).getText().contains("Pwn " + tag));
        assertNoScriptRan("after posting");

        open("groups/" + group.getSlug() + "?tab=discussion");
        waitUpTo(20).until(d -> d.findElement(By.tagName("body")).getText().contains("Pwn " + tag));
        assertNoScriptRan("the group's discussion");
        assertThat(driver().findElement(By.tagName("body")).getText())
                .contains("<img src=x onerror=alert(1)>", "<iframe src=javascript:window.__pwned=1>");
    }

    /** As many whole vectors, one per line, as fit in the field. */
    private static String fit(List<String> vectors, int max) {
        StringBuilder s = new StringBuilder();
        for (String v : vectors) {
            if (s.length() + v.length() + 1 > max) {
                break;
            }
            s.append(v).append('\n');
        }
        return s.toString().strip();
    }

    private Long freshMember(String email) {
        Registration r = new Registration();
        r.setFullName("Pwned Tester");
        r.setEmail(email);
        r.setPassword("a-long-password-1");
        r.setProfession("Nurse");
        r.setOrganisation(organisations.organisations().getFirst());
        r.setConfirmsMembership(true);
        Member m = accounts.register(r);
        SystemRunner.asSystem(() -> accounts.approve(m.getId()));
        return m.getId();
    }

    private void assertNoScriptRan(String where) {
        // An alert left open would block every later command, so look for one first.
        assertThatThrownBy(() -> driver().switchTo().alert())
                .as(where + ": an alert opened")
                .isInstanceOf(NoAlertPresentException.class);
        Object flag = ((JavascriptExecutor) driver())
                .executeScript("return window.__pwned === undefined ? null : String(window.__pwned);");
        assertThat(flag).as(where + ": a typed script ran").isNull();
    }

    private void type(WebElement input, String text) {
        input.clear();
        input.sendKeys(text);
        waitForVaadin();
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
        WebElement el = waitUpTo(20)
                .until(d -> d.findElements(by).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        try {
            el.click();
        } catch (ElementClickInterceptedException covered) {
            // A notification or the sticky footer lies over the button; a user would scroll or wait, so press it.
            ((JavascriptExecutor) driver()).executeScript("arguments[0].click();", el);
        }
        waitForVaadin();
    }
}
