package org.qcommons.a11y;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.buddying.BuddyFixtures;
import org.qcommons.buddying.BuddyPair;
import org.qcommons.buddying.BuddyPairService;
import org.qcommons.buddying.CheckIn;
import org.qcommons.buddying.PairStatus;
import org.qcommons.exchange.Exchange;
import org.qcommons.exchange.ExchangeFixtures;
import org.qcommons.exchange.ExchangeState;
import org.qcommons.meetings.ActionService;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.people.Member;
import org.qcommons.security.AccountService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;

/**
 * The core flows done on a phone (375 × 812), step by step with clicks and typing as a person would: each step
 * checks that it worked (something saved and shown) and that the page did not need scrolling sideways. The layout
 * of every page alone is {@link PhoneLayoutBT}'s.
 */
class PhoneFlowsBT extends PhoneTestBase {

    @Autowired
    BuddyPairService buddyPairs;

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendas;

    @Autowired
    ActionService actions;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    @Test
    void aVisitorSearchesTheRegisterAndOpensAProject() {
        open("projects");
        noSidewaysScroll("the register");
        WebElement search = waitFor(By.cssSelector("#project-search input"));
        search.sendKeys("sepsis");
        waitUpTo(20).until(d -> d.getCurrentUrl().contains("q=sepsis"));
        waitForVaadin();
        WebElement first = waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("#project-results a.project-card-title")).stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
        String title = first.getText();
        assertThat(title).containsIgnoringCase("sepsis");
        noSidewaysScroll("the search results");
        scrollTo(first);
        first.click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/projects/\\d+$"));
        waitForVaadin();
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo(title);
        noSidewaysScroll("a project page");
    }

    @Test
    void aMemberOpensARequestFromTheBoardsCards() {
        signIn(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);
        open("exchange/requests?status=ANY");
        WebElement title = waitFor(By.cssSelector("vaadin-grid .grid-card .grid-card-title"));
        String request = title.getText();
        assertThat(visibleColumns()).as("the board is one column of cards").isEqualTo(1);
        noSidewaysScroll("the requests board");
        scrollTo(title);
        title.click();
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/exchange/requests/\\d+$"));
        waitForVaadin();
        assertThat(waitFor(By.tagName("h2")).getText()).isEqualTo(request);
        noSidewaysScroll("a request's page");
    }

    @Test
    void aLendingCoordinatorApprovesARelease() {
        ExchangeFixtures fx = new ExchangeFixtures(applicationContext);
        var lender = fx.newLender(null);
        String member = fx.newMember(lender.org(), fx.testSkill);
        Exchange e = fx.exchangeIn(
                ExchangeState.ACCEPTED,
                member,
                fx.newRequest(ExchangeFixtures.HOST_COORDINATOR, fx.testSkill, 2),
                lender);

        signIn(lender.coordinator(), "fixture-password");
        open("exchange/exchanges/" + e.getId());
        waitFor(By.id("exchange-state"));
        noSidewaysScroll("an exchange waiting for release");
        clickShown(By.id("action-approve-release"));
        noSidewaysScroll("the release prompt");
        clickShown(By.id("prompt-confirm"));
        waitUpTo(20).until(d -> d.findElement(By.id("exchange-state")).getText().equals(ExchangeState.AGREED.label()));
        assertThat(fx.as(lender.coordinator(), () -> fx.exchanges.exchange(e.getId()))
                        .orElseThrow()
                        .getState())
                .isEqualTo(ExchangeState.AGREED);
        noSidewaysScroll("an agreed exchange");
    }

    @Test
    void aNewcomerAsksForABuddyAndTheBuddyRecordsACheckIn() {
        BuddyFixtures fx = fixtures(BuddyFixtures.class);
        Member buddy = fx.experienced("Phone Buddy");
        Member newcomer = fx.newcomer("Phone Newcomer");
        fx.offer(buddy, 2, "Business cases");

        signIn(newcomer.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying");
        noSidewaysScroll("the buddying page");
        clickShown(By.xpath("//vaadin-button[normalize-space(.)='Ask for a buddy']"));
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/buddying/request"));
        waitForVaadin();
        waitFor(By.xpath("//vaadin-text-area[label[normalize-space()='What would you like help with?']]//textarea"))
                .sendKeys("Write a business case for our frailty pathway");
        WebElement skill = waitFor(By.cssSelector("vaadin-multi-select-combo-box input"));
        skill.sendKeys("Business cases");
        waitForVaadin();
        skill.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waitForVaadin();
        skill.sendKeys(Keys.TAB);
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-multi-select-combo-box[opened]"))
                        .isEmpty());
        noSidewaysScroll("the request form");
        clickShown(By.xpath("//vaadin-button[normalize-space(.)='Ask for a buddy']"));
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/request/\\d+/suggestions$"));
        waitForVaadin();

        // The suggestions are cards, each with its own Ask button.
        clickShown(By.cssSelector(
                ".grid-card vaadin-button[aria-label='Ask " + buddy.getFullName() + " to be the buddy']"));
        noSidewaysScroll("the suggestions");
        clickShown(By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']"));
        waitUpTo(20).until(d -> d.getCurrentUrl().matches(".*/buddying/pair/\\d+$"));
        waitForVaadin();
        List<BuddyPair> asked = fx.as(newcomer, () -> buddyPairs.myPairs());
        assertThat(asked).singleElement().satisfies(p -> {
            assertThat(p.getBuddy().getId()).isEqualTo(buddy.getId());
            assertThat(p.getStatus()).isEqualTo(PairStatus.PROPOSED);
        });
        noSidewaysScroll("the new pair");
        Long pairId = asked.getFirst().getId();

        driver().manage().deleteAllCookies();
        fx.as(buddy, () -> buddyPairs.accept(pairId));
        signIn(buddy.getEmail(), BuddyFixtures.PASSWORD);
        open("buddying/pair/" + pairId);
        String note =
                "Agreed a first draft by Friday " + UUID.randomUUID().toString().substring(0, 6);
        waitFor(By.xpath("//vaadin-text-area[label[starts-with(normalize-space(), 'Short note')]]//textarea"))
                .sendKeys(note, Keys.TAB);
        waitForVaadin();
        // The button is pressed by script: the "You are now ... buddy" toast can sit over it on a short screen.
        WebElement record = waitFor(By.xpath("//vaadin-button[normalize-space(.)='Record check-in']"));
        ((JavascriptExecutor) driver()).executeScript("arguments[0].click()", record);
        waitForVaadin();
        waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-grid .grid-card")).stream()
                        .anyMatch(c -> c.getText().contains(note)));
        List<CheckIn> checkIns = fx.as(buddy, () -> buddyPairs.checkIns(pairId));
        assertThat(checkIns)
                .singleElement()
                .satisfies(c -> assertThat(c.getNote()).isEqualTo(note));
        noSidewaysScroll("the pair with a check-in");
    }

    @Test
    void aMemberRepliesToAMeetingFromTheHomePageAndTheConvenorAddsAnAction() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendas, accounts);
        MeetingGroup group = fx.group(Visibility.MEMBERS);
        Meeting meeting = fx.meeting(
                group, LocalDateTime.now(clock).plusDays(5).withHour(10).withMinute(0));

        signIn(MeetingsFixture.MEMBER, DemoAccounts.PASSWORD);
        open("");
        noSidewaysScroll("the home page");
        clickShown(By.cssSelector("#what-needs-you a[href='meetings/" + meeting.getId() + "']"));
        waitUpTo(20).until(d -> d.getCurrentUrl().endsWith("/meetings/" + meeting.getId()));
        waitForVaadin();
        noSidewaysScroll("a meeting page");
        clickShown(By.xpath("//vaadin-radio-button[normalize-space(.)='Apologies']"));
        clickShown(By.xpath("//vaadin-button[normalize-space(.)='Send reply']"));
        waitFor(By.xpath("//vaadin-notification-card[contains(., 'Your reply has been sent')]"));
        waitUpTo(20)
                .until(d -> d.findElement(By.cssSelector("#meeting-reply span"))
                        .getText()
                        .contains("Apologies"));
        noSidewaysScroll("a meeting page after replying");

        // The convenor records an action at a meeting held this morning.
        Meeting held = fx.meeting(group, LocalDateTime.now(clock).minusHours(2));
        fx.as(MeetingsFixture.CONVENOR, () -> meetings.markHeld(held.getId()));
        driver().manage().deleteAllCookies();
        signIn(MeetingsFixture.CONVENOR, DemoAccounts.PASSWORD);
        open("meetings/" + held.getId());
        String action =
                "Share the audit with the board " + UUID.randomUUID().toString().substring(0, 6);
        WebElement description = waitFor(By.xpath("//vaadin-text-field[label[normalize-space()='Action']]//input"));
        scrollTo(description);
        description.sendKeys(action);
        waitForVaadin();
        clickShown(By.xpath("//vaadin-button[normalize-space(.)='Add action']"));
        // The actions grid is cards on a phone, the status select in the card.
        WebElement card = waitUpTo(20)
                .until(d -> d.findElements(By.cssSelector("vaadin-grid .grid-card")).stream()
                        .filter(c -> c.getText().contains(action))
                        .findFirst()
                        .orElse(null));
        assertThat(card.findElements(By.tagName("vaadin-select"))).hasSize(1);
        assertThat(fx.as(MeetingsFixture.CONVENOR, () -> actions.actions(held)))
                .anyMatch(a -> a.getDescription().equals(action));
        noSidewaysScroll("a meeting page with an action");
    }

    private void noSidewaysScroll(String step) {
        waitForVaadin();
        Object overflow = ((JavascriptExecutor) driver()).executeScript(PhoneLayoutBT.OVERFLOW);
        assertThat((List<?>) overflow).as(step + " scrolls sideways").isEmpty();
    }

    private int visibleColumns() {
        return ((Number) ((JavascriptExecutor) driver())
                        .executeScript("return document.querySelectorAll("
                                + "'vaadin-grid vaadin-grid-column:not([hidden])').length"))
                .intValue();
    }

    private void scrollTo(WebElement el) {
        ((JavascriptExecutor) driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
    }

    private <T> T fixtures(Class<T> type) {
        return type.cast(applicationContext
                .getAutowireCapableBeanFactory()
                .autowire(type, AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR, false));
    }
}
