package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.insights.Measure;
import org.qcommons.insights.MeasureService;
import org.qcommons.meetings.MeetingsFixture;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A member's own skills and measures by keyboard alone: removing a skill, and a measure's annotation and data
 * point. When the row and its button go, focus must go to the form beside them, not drop to the page.
 */
class SkillsAndMeasuresKeyboardBT extends KeyboardFlowTestBase {

    @Autowired
    MeasureService measureService;

    @Test
    void aMemberRemovesOneOfTheirSkillsByKeyboard() {
        ExchangeFixtures fx = fixtures(ExchangeFixtures.class);
        String member = fx.newMember(fx.newLender(null).org(), fx.testSkill);

        signIn(member, FIXTURE_PASSWORD);
        open("skills/mine");
        skipToMain();
        tabThrough(20, "vaadin-button (Save availability)", "input (Skill)", "vaadin-button (Add skill)", "th", "td");
        // The row's cell holds Edit, then Remove: Enter into the cell lands on Edit, Tab moves on to Remove.
        enterRowButton("Edit " + fx.testSkill, 3);
        press(Keys.TAB);
        WebElement remove = active();
        assertThat(describe(remove)).isEqualTo("vaadin-button (Remove " + fx.testSkill + ")");
        assertFocusVisible();
        assertDialogKeepsAndReturnsFocus(remove, Keys.ENTER);
        assertThat(skillNames(fx, member)).as("Escape removed nothing").contains(fx.testSkill);
        press(Keys.ENTER);
        waitForDialog();
        assertThat(tabThroughDialog(4, "vaadin-button (Remove)"))
                .containsSubsequence("vaadin-button (Cancel)", "vaadin-button (Remove)");
        press(Keys.ENTER);
        waitForNoDialog();
        waitUpTo(20).until(d -> !skillNames(fx, member).contains(fx.testSkill));
        // The row and its button are gone: focus goes to the form for adding a skill, not to the page.
        waitUpTo(10)
                .withMessage(() -> "focus on the skill field, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Skill)"));
        assertFocusVisible();
    }

    @Test
    void aMemberRemovesAnAnnotationAndADataPointOfAMeasureByKeyboard() {
        MeetingsFixture as = fixtures(MeetingsFixture.class);
        String label = "PDSA 1: new triage form " + randomWord();
        Long id = as.as(DemoAccounts.MEMBER, () -> {
            Measure m = new Measure();
            m.setName("Keyboard measure " + randomWord());
            Long measureId = measureService.save(m).getId();
            measureService.addPoint(measureId, LocalDate.of(2024, 1, 1), 3.0);
            measureService.addPoint(measureId, LocalDate.of(2024, 2, 1), 5.0);
            measureService.annotate(measureId, LocalDate.of(2024, 2, 1), label, false);
            return measureId;
        });

        signIn(DemoAccounts.MEMBER, DEMO_PASSWORD);
        open("measures/" + id);
        skipToMain();
        // The annotation: past the data entry to the annotations table, into the row's labelled button.
        tabThrough(60, "vaadin-button (Add point)", "vaadin-button (Add annotation)", "th", "td");
        enterRowButton("Remove the annotation " + label, 3);
        press(Keys.ENTER);
        waitUpTo(20)
                .until(d -> as.as(DemoAccounts.MEMBER, () -> measureService.annotations(id))
                        .isEmpty());
        // The row and its button are gone: focus goes to the annotation form's first field, not to the page.
        waitUpTo(10)
                .withMessage(() -> "focus on the annotation's date, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Date)"));
        assertFocusVisible();
        tabThrough(1, "input (Label)");

        // A data point: back up to "All data points", open it with Enter, into its table, remove February's value.
        shiftTabTo("vaadin-details-summary (All data points)", 12);
        press(Keys.ENTER);
        tabThrough(3, "th", "td");
        enterRowButton("Remove the value for 01/02/2024", 3);
        press(Keys.ENTER);
        waitUpTo(20)
                .until(d -> as.as(DemoAccounts.MEMBER, () -> measureService.points(id))
                                .size()
                        == 1);
        waitUpTo(10)
                .withMessage(() -> "focus on the data point's date, not on " + describe(active()))
                .until(d -> describe(active()).equals("input (Date)"));
        assertFocusVisible();
        tabThrough(1, "input (Value)");
    }

    private List<String> skillNames(ExchangeFixtures fx, String member) {
        return fx.as(
                member,
                () -> fx.skills.skillsOf(fx.memberId(member)).stream()
                        .map(ms -> ms.getSkill().getName())
                        .toList());
    }
}
