package org.qcommons.a11y;

import org.qcommons.people.MemberService;
import org.qcommons.projects.ProjectTaxonomy;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.demo.FoundationDemoData;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.Visibility;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.testsupport.KeyboardTestBase;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Core flows with the keyboard alone (Tab, Shift+Tab, Enter, Escape, and the arrow keys where a component
 * expects them): a sensible tab order, a visible focus indicator at every stop, no traps, and dialogs that keep
 * focus inside while open and give it back to their button when closed.
 */
class KeyboardBT extends KeyboardTestBase {

    @Autowired

    ProjectTaxonomy taxonomy;

    @Autowired

    MemberService memberService;

    @Autowired
    ProjectRecords projectRecords;

    @Test
    void signInWithTheKeyboard() {
        open("login");
        // The username field has focus as the page opens.
        waitUpTo(10).until(d -> "username".equals(active().getDomAttribute("name")));
        type(FoundationDemoData.MEMBER);
        assertFocusVisible();
        List<String> order = new ArrayList<>();
        order.add(describe(active()));
        for (int i = 0; i < 3; i++) {
            press(Keys.TAB);
            assertFocusVisible();
            order.add(describe(active()));
        }
        assertThat(order).containsExactly("input[name=username]", "input[name=password]",
                "vaadin-password-field-button (Show password)", "vaadin-button (Log in)");
        shiftTab();
        shiftTab();
        assertThat(describe(active())).isEqualTo("input[name=password]");
        type(FoundationDemoData.DEMO_PASSWORD);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        present(By.xpath("//vaadin-button[normalize-space(.)='Sign out']"));
    }

    @Test
    void searchTheRegisterAndOpenAProjectByKeyboard() {
        String word = randomWord();
        Project project = ProjectTestData.create(projectRecords, taxonomy, memberService, "Keyboard walkthrough of " + word + " handovers",
                "Handovers on the " + word + " ward, reached by keyboard alone.", Visibility.PUBLIC, "Falls");

        open("projects");
        // The first Tab stop is the skip link, shown on screen while it has focus.
        press(Keys.TAB);
        WebElement skip = active();
        assertThat(describe(skip)).isEqualTo("a (Skip to main content)");
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getRect().getX()).isGreaterThanOrEqualTo(0);
        assertFocusVisible();
        press(Keys.ENTER);
        press(Keys.TAB);
        assertThat(describe(active())).isEqualTo("input (Search projects)");
        assertFocusVisible();

        type(word);
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("q=" + word));
        waitForVaadin();
        // Tab moves through sort, export and the facets to the result list, where each card's title is a link.
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < 20 && !"project-card-title".equals(active().getDomAttribute("class")); i++) {
            press(Keys.TAB);
            assertFocusVisible();
            stops.add(describe(active()));
        }
        // Sort and the facets are native selects, named by their labels.
        assertThat(stops.getFirst()).isEqualTo("select (Sort by)");
        assertThat(stops).contains("a (Export results as CSV)", "select (Region)", "select (Condition)");
        assertThat(stops.getLast()).isEqualTo("a (" + project.getTitle() + ")");
        // Enter follows the link.
        WebElement link = active();
        assertThat(link.getText()).isEqualTo(project.getTitle());
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/" + project.getId()));
        waitForVaadin();
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(project.getTitle());
    }

    @Test
    void dialogsKeepFocusInsideAndGiveItBackWhenClosed() {
        String word = randomWord();
        Project theirs = ProjectTestData.create(projectRecords, taxonomy, memberService, FoundationDemoData.COORDINATOR, "Keyboard dialog " + word,
                "A project led by someone else.", Visibility.PUBLIC);
        Project mine = ProjectTestData.create(projectRecords, taxonomy, memberService, "Keyboard archive " + word, "A project of my own.",
                Visibility.PUBLIC);
        signIn(FoundationDemoData.MEMBER, FoundationDemoData.DEMO_PASSWORD);

        // A plain dialog: message the lead.
        open("projects/" + theirs.getId());
        WebElement message = tabTo("vaadin-button (Message the lead)", 60);
        press(Keys.ENTER);
        waitFor(By.cssSelector("vaadin-dialog[opened]"));
        assertThat(insideDialog()).as("focus moves into the dialog").isTrue();
        List<String> cycle = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            press(Keys.TAB);
            assertThat(insideDialog()).as("Tab stays inside the open dialog").isTrue();
            cycle.add(describe(active()));
        }
        assertThat(cycle).contains("textarea (Your message)", "vaadin-button (Cancel)", "vaadin-button (Send)");
        for (int i = 0; i < 4; i++) {
            shiftTab();
            assertThat(insideDialog()).as("Shift+Tab stays inside the open dialog").isTrue();
        }
        press(Keys.ESCAPE);
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waitUpTo(10).until(d -> message.equals(active()));
        assertFocusVisible();

        // A confirmation: archive. Escape cancels and archives nothing; Enter on the confirm button archives.
        open("projects/" + mine.getId());
        WebElement archive = tabTo("vaadin-button (Archive)", 60);
        press(Keys.ENTER);
        waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
        assertThat(insideDialog()).isTrue();
        press(Keys.ESCAPE);
        waitUpTo(10).until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]")).isEmpty());
        waitUpTo(10).until(d -> archive.equals(active()));
        assertThat(archived(mine)).isFalse();

        press(Keys.ENTER);
        waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
        for (int i = 0; i < 4 && !describe(active()).equals("vaadin-button (Archive)"); i++) {
            press(Keys.TAB);
            assertThat(insideDialog()).isTrue();
        }
        assertThat(describe(active())).isEqualTo("vaadin-button (Archive)");
        assertThat(active().getDomAttribute("slot")).isEqualTo("confirm-button");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects"));
        waitUpTo(10).until(d -> archived(mine));
    }

    @Test
    void theFocusCheckFailsForAnElementWithoutAFocusIndicator() {
        open("login");
        WebElement bare = (WebElement) js("const b = document.createElement('button');"
                + "b.textContent = 'No ring'; b.style.outline = 'none'; b.style.boxShadow = 'none';"
                + "document.body.appendChild(b); b.focus(); return b;");
        assertThat(active()).isEqualTo(bare);
        assertThat((Boolean) js(FOCUS_INDICATOR, bare)).isFalse();
    }

    private boolean archived(Project p) {
        return SystemRunner.asSystem(() -> projectRecords.project(p.getId()).map(Project::isArchived).orElse(true));
    }
}
