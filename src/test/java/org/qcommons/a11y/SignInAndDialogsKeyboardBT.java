package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.Visibility;

/**
 * Sign-in, dialogs and the focus check itself, with the keyboard alone (Tab, Shift+Tab, Enter, Escape, and the
 * arrow keys where a component expects them): a sensible tab order, a visible focus indicator at every stop, no
 * traps, and dialogs that keep focus inside while open and give it back to their button when closed.
 */
class SignInAndDialogsKeyboardBT extends KeyboardFlowTestBase {

    @Test
    void signInWithTheKeyboard() {
        open("login");
        // The username field has focus as the page opens.
        waitUpTo(10).until(d -> "username".equals(active().getDomAttribute("name")));
        type(DemoAccounts.MEMBER);
        assertFocusVisible();
        List<String> order = new ArrayList<>();
        order.add(describe(active()));
        for (int i = 0; i < 3; i++) {
            press(Keys.TAB);
            assertFocusVisible();
            order.add(describe(active()));
        }
        assertThat(order)
                .containsExactly(
                        "input[name=username]",
                        "input[name=password]",
                        "vaadin-password-field-button (Show password)",
                        "vaadin-button (Log in)");
        shiftTab();
        shiftTab();
        assertThat(describe(active())).isEqualTo("input[name=password]");
        type(DemoAccounts.PASSWORD);
        press(Keys.ENTER);
        waitUpTo(20).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
        present(By.xpath("//vaadin-button[normalize-space(.)='Sign out']"));
    }

    @Test
    void dialogsKeepFocusInsideAndGiveItBackWhenClosed() {
        String word = randomWord();
        Project theirs = ProjectTestData.create(
                projects,
                taxonomy,
                members,
                DemoAccounts.COORDINATOR,
                "Keyboard dialog " + word,
                "A project led by someone else.",
                Visibility.PUBLIC);
        Project mine = ProjectTestData.create(
                projects, taxonomy, members, "Keyboard archive " + word, "A project of my own.", Visibility.PUBLIC);
        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);

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
            assertThat(insideDialog())
                    .as("Shift+Tab stays inside the open dialog")
                    .isTrue();
        }
        press(Keys.ESCAPE);
        waitUpTo(10)
                .until(d ->
                        d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        waitUpTo(10).until(d -> message.equals(active()));
        assertFocusVisible();

        // A confirmation: archive. Escape cancels and archives nothing; Enter on the confirm button archives.
        open("projects/" + mine.getId());
        WebElement archive = tabTo("vaadin-button (Archive)", 60);
        press(Keys.ENTER);
        waitFor(By.cssSelector("vaadin-confirm-dialog[opened]"));
        assertThat(insideDialog()).isTrue();
        press(Keys.ESCAPE);
        waitUpTo(10)
                .until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog[opened]"))
                        .isEmpty());
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
        return SystemRunner.asSystem(
                () -> projects.project(p.getId()).map(Project::isArchived).orElse(true));
    }
}
