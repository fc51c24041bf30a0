package org.qcommons.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectStatus;
import org.qcommons.projects.Visibility;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.HostileInputs;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Stored hostile values rendered in a real browser: XSS vectors saved as a member's bio and as a public project's
 * title and summary must show as text, and no script may run (each vector would set window.__xss).
 */
class StoredXssBT extends BrowserTestBase {

    @Autowired
    MemberService members;

    @Autowired
    ProjectRecords projectRecords;

    @Autowired
    AccountService accounts;

    @Test
    void storedXssVectorsNeverRunInTheBrowser() {
        List<String> vectors =
                HostileInputs.all().stream().filter(s -> s.contains("__xss")).toList();
        assertThat(vectors).hasSizeGreaterThan(30);
        String all = String.join("\n", vectors);
        Long patientId = accounts.loadUserByUsername(DemoAccounts.PATIENT).memberId();
        Long projectId = SystemRunner.asSystem(() -> {
            Member patient = members.profile(patientId).orElseThrow();
            patient.setBio(all.length() > 2000 ? all.substring(0, 2000) : all);
            Member saved = members.updateProfile(patient);
            Project p = Project.draft(saved, LocalDate.of(2024, 1, 1));
            p.setTitle("Xss zq " + vectors.get(0));
            p.setSummary(all.length() > 4000 ? all.substring(0, 4000) : all);
            p.setStatus(ProjectStatus.ACTIVE);
            p.setVisibility(Visibility.PUBLIC);
            return projectRecords.createFor(p).getId();
        });

        open("projects/" + projectId);
        waitFor(By.tagName("h2"));
        assertNoScriptRan();
        assertThat(driver().findElement(By.tagName("body")).getText()).contains("<script>window.__xss=1</script>");

        open("projects?q=zq");
        // The register draws its cards in the browser from text: the title must arrive as text, not markup.
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("#project-results a.project-card-title")).stream()
                        .anyMatch(a -> a.getText().startsWith("Xss zq ")));
        assertNoScriptRan();

        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        open("people/" + patientId);
        waitFor(By.className("bio"));
        assertNoScriptRan();
        assertThat(driver().findElement(By.className("bio")).getText()).contains("<img src=x onerror=window.__xss=1>");

        // The audit history shows the same stored values, old and new, as text.
        driver().manage().deleteAllCookies();
        signIn(DemoAccounts.ADMIN, DemoAccounts.PASSWORD);
        open("projects/" + projectId + "/history");
        waitFor(By.id("history"));
        assertNoScriptRan();
        assertThat(driver().findElement(By.id("history")).getText()).contains("<script>window.__xss=1</script>");
    }

    private void assertNoScriptRan() {
        Object flag = ((JavascriptExecutor) driver())
                .executeScript("return window.__xss === undefined ? null : window.__xss;");
        assertThat(flag).as("a stored XSS vector ran").isNull();
    }
}
