package org.qcommons.meetings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;

import java.time.LocalDateTime;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.qcommons.base.demo.DemoAccounts;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.BrowserTestBase;
import org.qcommons.testsupport.SlowLink;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two people, two browsers, one agenda item's minutes, typing at the same time (issue 20): every character of
 * both arrives in both windows, with 300 ms more round trip on one connection, and after the network drops.
 */
class LiveMinutesBT extends BrowserTestBase {

    static final String ANN = "ann records the welcome and the apologies";
    static final String BEN = "BEN NOTES TWO DECLARATIONS OF INTEREST";

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    AccountService accounts;

    @Test
    void twoPeopleTypingAtOnceLoseNoCharacterEvenWithOneSlowConnection() throws Exception {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        Meeting m = heldMeeting(fx);
        // Ben's browser reaches the app through a link that adds 150 ms each way.
        try (SlowLink slow = new SlowLink(port, 150)) {
            ChromeDriver second = anotherBrowser();
            try {
                LiveMinutesWindow ann = new LiveMinutesWindow(driver(), url(""));
                LiveMinutesWindow ben = new LiveMinutesWindow(second, "http://localhost:" + slow.port() + "/");
                ann.signIn(CONVENOR, DemoAccounts.PASSWORD);
                ben.signIn(MEMBER, DemoAccounts.PASSWORD);
                ann.openMeeting(m.getId());
                ben.openMeeting(m.getId());

                WebElement annBox = ann.box();
                WebElement benBox = ben.box();
                benBox.click();
                String benName = accounts.loadUserByUsername(MEMBER).displayName();
                ann.until(10, d -> ann.editors().contains(benName));
                annBox.click();

                // Both at the end of the same (empty) text, each typing a key at a time, at once.
                CompletableFuture<Void> annTyping = CompletableFuture.runAsync(() -> type(annBox, ANN));
                CompletableFuture<Void> benTyping = CompletableFuture.runAsync(() -> type(benBox, BEN));
                CompletableFuture.allOf(annTyping, benTyping).join();

                int expected = ANN.length() + BEN.length();
                ann.until(
                        20,
                        d -> !ann.pending()
                                && !ben.pending()
                                && ann.value().length() == expected
                                && ann.value().equals(ben.value()));
                String result = ann.value();
                assertThat(sorted(result)).isEqualTo(sorted(ANN + BEN));
                assertThat(isSubsequence(ANN, result)).as(result).isTrue();
                assertThat(isSubsequence(BEN, result)).as(result).isTrue();
                assertThat(ann.alert()).isEmpty();
                assertThat(ben.alert()).isEmpty();

                // A pause in typing saves the live text as a version of the minutes.
                Long itemId = firstItem(fx, m).getId();
                ann.until(
                        15,
                        d -> result.equals(fx.as(CONVENOR, () -> agendaService.item(itemId))
                                .map(AgendaItem::getMinutesText)
                                .orElse(null)));
            } finally {
                second.quit();
            }
        }
    }

    @Test
    void typingDuringATenSecondDropIsMergedOnReconnect() throws Exception {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        Meeting m = heldMeeting(fx);
        try (SlowLink link = new SlowLink(port, 0)) {
            ChromeDriver second = anotherBrowser();
            try {
                LiveMinutesWindow ann = new LiveMinutesWindow(driver(), url(""));
                LiveMinutesWindow ben = new LiveMinutesWindow(second, "http://localhost:" + link.port() + "/");
                ann.signIn(CONVENOR, DemoAccounts.PASSWORD);
                ben.signIn(MEMBER, DemoAccounts.PASSWORD);
                ann.openMeeting(m.getId());
                ben.openMeeting(m.getId());
                WebElement annBox = ann.box();
                WebElement benBox = ben.box();
                type(annBox, "Agreed. ");
                ben.until(10, d -> ben.value().equals("Agreed. "));

                link.drop(10_000);
                benBox.click();
                benBox.sendKeys(Keys.END);
                type(benBox, "ben typed this offline");
                annBox.sendKeys(Keys.HOME);
                type(annBox, "ANN ONLINE ");
                ben.until(10, d -> ben.status().startsWith("Offline"));
                assertThat(ann.value()).doesNotContain("offline");

                ben.until(
                        40,
                        d -> !ben.pending()
                                && ben.value().equals(ann.value())
                                && ann.value().contains("ben typed this offline"));
                assertThat(ann.value()).isEqualTo("ANN ONLINE Agreed. ben typed this offline");
                assertThat(ben.alert()).contains("merged");
            } finally {
                second.quit();
            }
        }
    }

    private Meeting heldMeeting(MeetingsFixture fx) {
        Meeting m = fx.meeting(fx.group(Visibility.MEMBERS), LocalDateTime.now().minusHours(1));
        fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));
        return m;
    }

    private AgendaItem firstItem(MeetingsFixture fx, Meeting m) {
        Meeting fresh = fx.as(CONVENOR, () -> meetings.meeting(m.getId()).orElseThrow());
        return fx.as(CONVENOR, () -> agendaService.agenda(fresh).getFirst());
    }

    static void type(WebElement box, String text) {
        for (char c : text.toCharArray()) {
            box.sendKeys(String.valueOf(c));
        }
    }

    static String sorted(String s) {
        char[] chars = s.toCharArray();
        java.util.Arrays.sort(chars);
        return new String(chars);
    }

    static boolean isSubsequence(String part, String whole) {
        int at = 0;
        for (char c : whole.toCharArray()) {
            if (at < part.length() && part.charAt(at) == c) {
                at++;
            }
        }
        return at == part.length();
    }
}
