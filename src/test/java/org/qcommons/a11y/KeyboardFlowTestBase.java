package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.buddying.BuddyMatchService;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.BuddyService;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.AttendanceService;
import org.qcommons.meetings.DecisionService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingService;
import org.qcommons.people.MemberService;
import org.qcommons.projects.ProjectRecords;
import org.qcommons.projects.ProjectTaxonomy;
import org.qcommons.testsupport.KeyboardTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * What the keyboard walkthroughs of every feature share: the services they check outcomes through, one way to
 * get a fixture, and the steps more than one feature's walkthrough takes (dates, multi-selects, field errors).
 */
abstract class KeyboardFlowTestBase extends KeyboardTestBase {

    static final String DEMO_PASSWORD = DemoAccounts.PASSWORD;
    static final String FIXTURE_PASSWORD = "fixture-password";

    /** The date format headless Chromium asks for (en-US). */
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    BuddyService buddying;

    @Autowired
    BuddyMatchService matching;

    @Autowired
    BuddyPairService buddyPairs;

    @Autowired
    MemberService members;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ProjectRecords projects;

    @Autowired
    ProjectTaxonomy taxonomy;

    @Autowired
    ActionService actionService;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AttendanceService attendanceService;

    @Autowired
    DecisionService decisionService;

    /**
     * A fresh fixture of the given type, its constructor's arguments taken from the application context. Fresh
     * per call because fixtures make rows of their own (an exchange fixture makes its own skill), so each test
     * asks for its own; and built without the context's post-processing, so a fixture is never proxied.
     */
    <T> T fixtures(Class<T> type) {
        return type.cast(applicationContext
                .getAutowireCapableBeanFactory()
                .autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }

    static Exchange exchange(ExchangeFixtures fx, String user, Exchange e) {
        return fx.as(user, () -> fx.exchanges.exchange(e.getId())).orElseThrow();
    }

    static ExchangeState state(ExchangeFixtures fx, String user, Exchange e) {
        return exchange(fx, user, e).getState();
    }

    /** The label of the focused radio button, or null if focus is not on one (its input is named after its group). */
    String radioLabel() {
        return (String) js(
                "const a = arguments[0]; return a && a.type === 'radio'"
                        + " ? a.closest('vaadin-radio-button').querySelector('label').textContent.trim() : null;",
                active());
    }

    /**
     * Types a date into the focused date field (in the browser's format: headless Chromium asks for en-US) and
     * closes the calendar with Enter; focus stays on the field.
     */
    void typeDate(LocalDate date) {
        WebElement field = active();
        type(date.format(UK_DATE));
        press(Keys.ENTER);
        waitForFocusOn(field);
    }

    /** Types into the focused multi-select combo box, moves to the first match and picks it; the box keeps focus. */
    void pickInMultiSelect(String item) {
        WebElement input = active();
        type(item);
        press(Keys.ARROW_DOWN);
        press(Keys.ENTER);
        waitUpTo(10).until(d -> (Boolean) js(
                "return [...arguments[0].closest('vaadin-multi-select-combo-box')"
                        + ".querySelectorAll('vaadin-multi-select-combo-box-chip[slot=chip]')].some(c => c.getAttribute('title') === arguments[1])",
                input,
                item));
        assertThat(active()).isEqualTo(input);
    }

    /** The text of whatever the element's aria-describedby points at: what a screen reader reads after its name. */
    String describedBy(WebElement el) {
        return (String) js(
                "return (arguments[0].getAttribute('aria-describedby') || '').split(' ')"
                        + ".map(id => document.getElementById(id)).filter(x => x).map(x => x.textContent).join(' ');",
                el);
    }

    /** The value of the field of that tag whose label is {@code label}. */
    String fieldValue(String tag, String label) {
        return present(By.xpath("//" + tag + "[label[normalize-space(.)='" + label + "']]"))
                .getDomProperty("value");
    }

    /**
     * After a save refused by validation: focus moves to the field described, shows there, and the field's error
     * message is tied to it by aria-describedby, so it is read out with the field.
     */
    void assertFocusMovesToError(String field, String message) {
        waitUpTo(10)
                .withMessage(() -> "focus moves to the field in error, " + field + ", not " + describe(active()))
                .until(d -> describe(active()).equals(field));
        assertFocusVisible();
        assertThat(describedBy(active())).contains(message);
    }
}
