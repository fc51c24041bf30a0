package org.qcommons.meetings.coedit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.qcommons.meetings.coedit.SyncMessages.Edit;
import org.qcommons.meetings.coedit.SyncMessages.Reply;
import org.qcommons.meetings.coedit.SyncMessages.Request;

/**
 * The server side of differential synchronisation against browsers simulated with the same algorithm as
 * live-minutes.js: people typing at once, late and lost messages, and never a character lost.
 */
class ServerShadowTest {

    private final DiffMatchPatch dmp = new DiffMatchPatch();

    /** A browser, as the client script behaves: its text, its shadow, versions and unacknowledged edits. */
    final class Browser {
        String text;
        String shadow;
        String confirmed;
        long n;
        long m;
        final List<Edit> stack = new ArrayList<>();
        final ServerShadow server;
        final List<String> notices = new ArrayList<>();

        Browser(LiveText live) {
            server = new ServerShadow(live);
            SyncMessages.Reset start = server.start();
            text = shadow = confirmed = start.text();
            n = start.n();
            m = start.m();
        }

        void type(int at, String s) {
            int pos = Math.min(at, text.length());
            text = text.substring(0, pos) + s + text.substring(pos);
        }

        void delete(int at, int length) {
            int from = Math.min(at, text.length());
            int to = Math.min(text.length(), from + length);
            text = text.substring(0, from) + text.substring(to);
        }

        Request send() {
            if (!text.equals(shadow)) {
                stack.add(new Edit(n, Delta.encode(Delta.between(dmp, shadow, text))));
                shadow = text;
                n++;
            }
            return new Request(m, List.copyOf(stack));
        }

        void receive(Reply reply) {
            if (reply.notice() != null) {
                notices.add(reply.notice());
            }
            if (reply.reset() != null) {
                LinkedList<Diff> mine = Delta.between(dmp, confirmed, text);
                text = Rebase.onto(dmp, confirmed, reply.reset().text(), mine);
                shadow = confirmed = reply.reset().text();
                n = reply.reset().n();
                m = reply.reset().m();
                stack.clear();
                return;
            }
            stack.removeIf(e -> e.v() < reply.n());
            for (Edit e : reply.edits()) {
                if (e.v() < m) {
                    continue;
                }
                assertThat(e.v()).isEqualTo(m);
                LinkedList<Diff> diffs = Delta.decode(shadow, e.d());
                text = Rebase.onto(dmp, shadow, text, diffs);
                shadow = dmp.diffText2(diffs);
                m++;
            }
            if (stack.isEmpty()) {
                confirmed = shadow;
            }
        }

        void sync() {
            receive(server.receive(dmp, send()));
        }
    }

    @Test
    void twoPeopleTypingInTurnSeeEachOthersWords() {
        LiveText live = new LiveText(1L, "Minutes:", 16_000);
        Browser a = new Browser(live);
        Browser b = new Browser(live);
        a.type(8, " Ann");
        a.sync();
        b.sync();
        assertThat(b.text).isEqualTo("Minutes: Ann");
        b.type(0, "Draft ");
        b.sync();
        a.sync();
        assertThat(a.text).isEqualTo("Draft Minutes: Ann").isEqualTo(live.text());
    }

    /** Each person types characters nobody else types, so a lost or doubled character is seen at once. */
    @RepeatedTest(20)
    void typingAtOnceLosesNoCharacter(org.junit.jupiter.api.RepetitionInfo run) {
        Random random = new Random(run.getCurrentRepetition());
        LiveText live = new LiveText(1L, "The group agreed the plan.", 16_000);
        List<Browser> people = List.of(new Browser(live), new Browser(live), new Browser(live));
        List<StringBuilder> typed = List.of(new StringBuilder(), new StringBuilder(), new StringBuilder());
        char[] next = {'\u0400', '\u0500', '\u0600'};
        for (int step = 0; step < 400; step++) {
            int who = random.nextInt(people.size());
            Browser p = people.get(who);
            if (random.nextInt(3) > 0) {
                String s = String.valueOf(next[who]++);
                typed.get(who).append(s);
                // Mostly near one another: the hard case for a merge.
                p.type(random.nextInt(8) + (random.nextBoolean() ? 0 : p.text.length() / 2), s);
            } else {
                p.sync();
            }
        }
        settle(people);
        for (Browser p : people) {
            assertThat(p.text).isEqualTo(live.text());
            assertThat(p.notices).isEmpty();
        }
        assertThat(live.text().replaceAll("[^ -~]", "")).isEqualTo("The group agreed the plan.");
        for (StringBuilder t : typed) {
            for (char c : t.toString().toCharArray()) {
                assertThat(live.text().chars().filter(x -> x == c).count())
                        .as("character %s", (int) c)
                        .isEqualTo(1);
            }
        }
    }

    /**
     * One connection 300 ms slower: while Ann's message is on its way and her reply comes back, Ben's browser
     * goes round several times. Both keep typing throughout.
     */
    @RepeatedTest(10)
    void aSlowConnectionLosesNothingEither(org.junit.jupiter.api.RepetitionInfo run) {
        Random random = new Random(100 + run.getCurrentRepetition());
        LiveText live = new LiveText(1L, "", 16_000);
        Browser ann = new Browser(live);
        Browser ben = new Browser(live);
        StringBuilder annTyped = new StringBuilder();
        StringBuilder benTyped = new StringBuilder();
        char a = '\u0400';
        char b = '\u3041';
        for (int round = 0; round < 40; round++) {
            ann.type(Math.max(0, ann.text.length() - random.nextInt(3)), String.valueOf(a));
            annTyped.append(a++);
            Request onItsWay = ann.send();
            for (int i = 0; i < 3; i++) {
                ben.type(random.nextInt(ben.text.length() + 1), String.valueOf(b));
                benTyped.append(b++);
                ben.sync();
            }
            Reply back = ann.server.receive(dmp, onItsWay);
            ben.type(random.nextInt(ben.text.length() + 1), String.valueOf(b));
            benTyped.append(b++);
            ben.sync();
            ann.type(0, String.valueOf(a));
            annTyped.append(a++);
            ann.receive(back);
        }
        settle(List.of(ann, ben));
        assertThat(ann.text).isEqualTo(ben.text).isEqualTo(live.text());
        // Every character is typed once by one person, so each must be there exactly once.
        for (char c : (annTyped.toString() + benTyped).toCharArray()) {
            assertThat(live.text().chars().filter(x -> x == c).count())
                    .as("character %s", (int) c)
                    .isEqualTo(1);
        }
        assertThat(live.text()).hasSize(annTyped.length() + benTyped.length());
    }

    /** The network drops: replies are lost and messages sent again, and the versions sort it out. */
    @RepeatedTest(10)
    void lostRepliesAndRepeatedMessagesApplyEachEditOnce(org.junit.jupiter.api.RepetitionInfo run) {
        Random random = new Random(200 + run.getCurrentRepetition());
        LiveText live = new LiveText(1L, "Actions:", 16_000);
        Browser a = new Browser(live);
        Browser b = new Browser(live);
        StringBuilder typed = new StringBuilder();
        char c = '\u0400';
        for (int step = 0; step < 200; step++) {
            Browser p = random.nextBoolean() ? a : b;
            p.type(random.nextInt(p.text.length() + 1), String.valueOf(c));
            typed.append(c++);
            Request r = p.send();
            Reply reply = p.server.receive(dmp, r);
            int fate = random.nextInt(4);
            if (fate == 0) {
                continue; // the reply is lost; the edit stays on the stack
            }
            if (fate == 1) {
                p.server.receive(dmp, r); // sent twice
            }
            p.receive(reply);
        }
        settle(List.of(a, b));
        assertThat(a.text).isEqualTo(b.text).isEqualTo(live.text());
        assertThat(live.text()).hasSize("Actions:".length() + typed.length());
        for (char x : typed.toString().toCharArray()) {
            assertThat(live.text().indexOf(x)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void deletingAndTypingAtOnceEndsInTheSameTextEverywhere() {
        Random random = new Random(7);
        LiveText live = new LiveText(1L, "Item 1 discussed. Item 2 deferred. Item 3 agreed.", 16_000);
        Browser a = new Browser(live);
        Browser b = new Browser(live);
        for (int i = 0; i < 200; i++) {
            Browser p = random.nextBoolean() ? a : b;
            if (random.nextInt(4) == 0) {
                p.delete(random.nextInt(p.text.length() + 1), 1 + random.nextInt(3));
            } else {
                p.type(random.nextInt(p.text.length() + 1), "x");
            }
            if (random.nextBoolean()) {
                p.sync();
            }
        }
        settle(List.of(a, b));
        assertThat(a.text).isEqualTo(b.text).isEqualTo(live.text());
    }

    @Test
    void anEditMadeOnTextTheServerNeverHadStartsBothSidesAgainKeepingTheTyping() {
        LiveText live = new LiveText(1L, "Agreed.", 16_000);
        Browser a = new Browser(live);
        a.type(7, " Ann's words.");
        a.shadow = "Something else entirely"; // as if the browser had lost track
        Request wrong = a.send();
        Reply reply = a.server.receive(dmp, wrong);
        assertThat(reply.reset()).isNotNull();
        a.receive(reply);
        a.sync();
        assertThat(live.text()).contains("Agreed.").contains("Ann's words.");
        assertThat(a.text).isEqualTo(live.text());
    }

    @Test
    void typingPastTheLimitIsRefusedAndThePersonIsTold() {
        LiveText live = new LiveText(1L, "x".repeat(95), 100);
        Browser a = new Browser(live);
        a.type(95, "This is far too long for the limit");
        a.sync();
        assertThat(live.text()).hasSize(95);
        assertThat(a.notices).singleElement().asString().contains("limited to 100 characters");
        settle(List.of(a));
        assertThat(a.text).isEqualTo(live.text());
    }

    private static void settle(List<Browser> people) {
        for (int round = 0; round < 5; round++) {
            people.forEach(Browser::sync);
        }
    }
}
