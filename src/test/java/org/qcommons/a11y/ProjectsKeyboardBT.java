package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.projects.Project;
import org.qcommons.projects.ProjectLink;
import org.qcommons.projects.ProjectTestData;
import org.qcommons.projects.QiMethod;
import org.qcommons.projects.TeamMembership;
import org.qcommons.projects.Topic;
import org.qcommons.projects.TopicKind;
import org.qcommons.projects.Visibility;

/**
 * The project register by keyboard alone: searching it and opening a project, registering one (with a validation
 * error on the way), and changing a project's team. Fixtures set the scene through the services; every step is a
 * key press on whatever has focus, and every outcome is checked through the services.
 */
class ProjectsKeyboardBT extends KeyboardFlowTestBase {

    @Test
    void searchTheRegisterAndOpenAProjectByKeyboard() {
        String word = randomWord();
        Project project = ProjectTestData.create(
                projects,
                taxonomy,
                members,
                "Keyboard walkthrough of " + word + " handovers",
                "Handovers on the " + word + " ward, reached by keyboard alone.",
                Visibility.PUBLIC,
                "Falls");

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
    void aMemberRegistersAProjectByKeyboardAndAMissingSummaryLosesNothing() {
        String word = randomWord();
        String title = "Keyboard sepsis bundle " + word;
        String aims = "Screen every admission within an hour " + word;
        String summary = "A single sepsis bundle on two wards, tested by keyboard " + word + ".";
        String link = "https://example.org/" + word;
        MeetingsFixture as = fixtures(MeetingsFixture.class);
        Long convenorId = as.memberId(CONVENOR);

        // From the register, the button that starts a registration.
        signIn(DemoAccounts.MEMBER, DEMO_PASSWORD);
        open("projects");
        skipToMain();
        tabThrough(8, "vaadin-button (Register a project)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/edit"));
        waitForVaadin();
        assertFocusStaysInView();

        // Top to bottom; the summary (required) is left empty on purpose.
        tabThrough(1, "input (Title)");
        type(title);
        tabThrough(2, "vaadin-select-value-button (Status Idea)", "textarea (Summary)");
        tabThrough(1, "textarea (Aims)");
        type(aims);
        // Start date, region and STP come filled in from today and the lead's profile.
        tabThrough(5, "input (Start date)", "input (End date)", "input (Region)", "input (STP)", "input (Conditions)");
        pickInMultiSelect("Sepsis");
        tabThrough(1, "input (Issues)");
        pickInMultiSelect("Patient safety");
        tabThrough(1, "input (QI methods)");
        pickInMultiSelect("PDSA");
        tabThrough(
                5,
                "input (Partner organisations)",
                "input (Funded by Q Exchange)",
                "textarea (Outcomes)",
                "textarea (Learning)",
                "textarea (Links)");
        type(link);
        // "Who can see it": one stop for the group, on its checked radio; the arrows move the choice.
        press(Keys.TAB);
        assertFocusVisible();
        assertThat(radioLabel()).isEqualTo("Public: anyone, and the open-data API");
        press(Keys.ARROW_DOWN);
        assertThat(radioLabel()).isEqualTo("Members only");

        // The team editor: a member from the directory, a role, "Add to team" (focus stays on it).
        tabThrough(1, "input (Member)");
        type("Morgan Convenor");
        // The directory is searched as you type, after a pause: wait for the match to be listed, as a person would.
        waitUpTo(10).until(d -> (Boolean) js(
                "const h = arguments[0].closest('vaadin-combo-box');"
                        + " return h.opened && !h.loading && (h.filteredItems || []).some(i => i && (i.label || '').startsWith(arguments[1]));",
                active(),
                "Morgan Convenor"));
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        assertNotTrapped();
        tabThrough(1, "input (Role)");
        type("Data analyst");
        tabThrough(1, "vaadin-button (Add to team)");
        WebElement addToTeam = active();
        press(Keys.ENTER);
        waitUpTo(10).until(d -> (Boolean) js(
                "return [...arguments[0].closest('vaadin-custom-field').querySelectorAll('vaadin-grid-cell-content')]"
                        + ".some(c => c.textContent === 'Data analyst')",
                addToTeam));
        assertThat(active()).as("focus stays on Add to team").isEqualTo(addToTeam);
        tabThrough(3, "th", "td", "vaadin-button (Save)");

        // Save without a summary: the form stays, the error is on the field and announced, focus goes to it.
        press(Keys.ENTER);
        WebElement summaryField = present(By.xpath("//vaadin-text-area[label[normalize-space(.)='Summary']]"));
        waitUpTo(10).until(d -> summaryField.getDomAttribute("invalid") != null);
        assertThat(driver().getCurrentUrl()).endsWith("/projects/edit");
        String error = "Say in a few sentences what the project is about";
        waitUpTo(10)
                .withMessage(() -> "focus moves to the first field in error, not " + describe(active()))
                .until(d -> describe(active()).equals("textarea (Summary)"));
        assertFocusVisible();
        // The message is tied to the field (read out with it) and the summary is announced by a live region.
        assertThat(describedBy(active())).contains(error);
        waitUpTo(10)
                .until(
                        d -> (Boolean)
                                js(
                                        "return [...document.querySelectorAll('vaadin-notification-card')]"
                                                + ".some(c => c.textContent.includes('Check the highlighted fields.') && c.getAttribute('role') === 'alert')"));
        // Nothing typed is lost: every value is still in the form.
        assertThat(fieldValue("vaadin-text-field", "Title")).isEqualTo(title);
        assertThat(fieldValue("vaadin-text-area", "Aims")).isEqualTo(aims);
        assertThat(fieldValue("vaadin-text-area", "Links")).isEqualTo(link);

        // Type the summary where focus now is, and Tab on to Save.
        type(summary);
        tabThrough(
                40,
                "textarea (Aims)",
                "input (Conditions)",
                "textarea (Links)",
                "input (Member)",
                "vaadin-button (Add to team)",
                "vaadin-button (Save)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        waitForVaadin();
        assertFocusStaysInView();
        Matcher m = Pattern.compile("/projects/(\\d+)$").matcher(driver().getCurrentUrl());
        assertThat(m.find()).isTrue();
        Long id = Long.valueOf(m.group(1));
        assertThat(present(By.tagName("h2")).getText()).isEqualTo(title);

        Project saved = as.as(DemoAccounts.MEMBER, () -> projects.project(id)).orElseThrow();
        assertThat(saved.getTitle()).isEqualTo(title);
        assertThat(saved.getSummary()).isEqualTo(summary);
        assertThat(saved.getAims()).isEqualTo(aims);
        assertThat(saved.topicsOf(TopicKind.CONDITION))
                .extracting(Topic::getName)
                .containsExactly("Sepsis");
        assertThat(saved.topicsOf(TopicKind.ISSUE)).extracting(Topic::getName).containsExactly("Patient safety");
        assertThat(saved.getMethods()).extracting(QiMethod::getName).containsExactly("PDSA");
        assertThat(saved.getLinks()).extracting(ProjectLink::getUrl).containsExactly(link);
        assertThat(saved.getVisibility()).isEqualTo(Visibility.MEMBERS);
        assertThat(saved.getTeam()).anySatisfy(t -> {
            assertThat(t.getMember().getId()).isEqualTo(convenorId);
            assertThat(t.getRole()).isEqualTo("Data analyst");
        });
    }

    @Test
    void aLeadRemovesATeamMemberFromTheirProjectByKeyboard() {
        MeetingsFixture as = fixtures(MeetingsFixture.class);
        Long convenorId = as.memberId(CONVENOR);
        String title = "Keyboard team edit " + randomWord();
        Project project = as.as(DemoAccounts.MEMBER, () -> {
            Project p = projects.draft();
            p.setTitle(title);
            p.setSummary("A project whose team changes by keyboard.");
            p.setTeam(Set.of(new TeamMembership(members.profile(convenorId).orElseThrow(), "Data analyst")));
            return projects.create(p);
        });
        String convenorName = as.as(
                DemoAccounts.MEMBER,
                () -> members.profile(convenorId).orElseThrow().getFullName());

        signIn(DemoAccounts.MEMBER, DEMO_PASSWORD);
        open("projects/" + project.getId());
        skipToMain();
        tabThrough(40, "vaadin-button (Edit)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/edit/" + project.getId()));
        waitForVaadin();
        assertFocusStaysInView();
        tabThrough(
                40,
                "input (Title)",
                "textarea (Summary)",
                "textarea (Links)",
                "input (Member)",
                "vaadin-button (Add to team)",
                "th",
                "td");
        enterRowButton("Remove " + convenorName + " from the team", 3);
        press(Keys.ENTER);
        waitUpTo(10).until(d -> (Boolean) js(
                "return ![...document.querySelectorAll('vaadin-grid-cell-content')]"
                        + ".some(c => c.textContent === arguments[0] && c.checkVisibility())",
                convenorName));
        // The row and its button are gone: focus goes back to the team editor's first field, not to the page.
        waitUpTo(10)
                .withMessage(() -> "focus back in the team editor, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Member)"));
        assertFocusVisible();
        tabThrough(8, "vaadin-button (Add to team)", "vaadin-button (Save)");
        press(Keys.ENTER);
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/projects/" + project.getId()));
        waitForVaadin();
        assertFocusStaysInView();
        assertThat(as.as(DemoAccounts.MEMBER, () -> projects.project(project.getId()))
                        .orElseThrow()
                        .getTeam())
                .noneSatisfy(t -> assertThat(t.getMember().getId()).isEqualTo(convenorId));
    }
}
