package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qcommons.meetings.MeetingsFixture.ADMIN;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** What the meetings search returns, and counts, for each kind of reader. */
class MeetingSearchVisibilityIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    DecisionService decisionService;

    @Autowired
    MinutesApprovalService approval;

    @Autowired
    MeetingSearch search;

    @Autowired
    AccountService accounts;

    @Autowired
    Clock clock;

    MeetingsFixture fx;
    String word;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
        // One made-up word per run, of consonants so that no stemmer shortens it: only this test's meetings have it.
        Random r = new Random();
        StringBuilder b = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            b.append("bcdfghjklmnpqrtvwz".charAt(r.nextInt(18)));
        }
        word = b.append('x').toString();
    }

    @Test
    void eachReaderFindsOnlyWhatTheyMayRead() {
        Meeting publicPublished = meeting(Visibility.PUBLIC, "public published <b>minutes</b>", true);
        Meeting publicDraft = meeting(Visibility.PUBLIC, "public draft minutes", false);
        Meeting membersPublished = meeting(Visibility.MEMBERS, "members-only minutes", true);
        Meeting privatePublished = meeting(Visibility.PRIVATE, "private minutes", true);

        MeetingSearch.Found anonymous = fx.as(null, () -> search.search(word, 50));
        assertThat(ids(anonymous)).containsExactly(publicPublished.getId());
        assertThat(anonymous.total()).isEqualTo(1);
        String html = anonymous.hits().get(0).snippets().stream()
                .map(MeetingHit.Snippet::html)
                .reduce("", String::concat);
        assertThat(html)
                .contains("<mark>" + word + "</mark>")
                .contains("&lt;b&gt;")
                .doesNotContain("<b>");
        assertThat(html).doesNotContain("draft").doesNotContain("members-only").doesNotContain("private");

        MeetingSearch.Found outsider = fx.as(OUTSIDER, () -> search.search(word, 50));
        assertThat(ids(outsider)).containsExactlyInAnyOrder(publicPublished.getId(), membersPublished.getId());
        assertThat(outsider.total()).isEqualTo(2);

        MeetingSearch.Found seatHolder = fx.as(MEMBER, () -> search.search(word, 50));
        assertThat(ids(seatHolder))
                .containsExactlyInAnyOrder(
                        publicPublished.getId(),
                        publicDraft.getId(),
                        membersPublished.getId(),
                        privatePublished.getId());
        assertThat(fx.as(ADMIN, () -> search.search(word, 50)).total()).isEqualTo(4);

        // Draft words find nothing, and count nothing, for anyone outside the group.
        for (String who : new String[] {null, OUTSIDER}) {
            MeetingSearch.Found draft = fx.as(who, () -> search.search(word + " draft", 50));
            assertThat(draft.total()).as(String.valueOf(who)).isZero();
            assertThat(draft.hits()).isEmpty();
        }
        assertThat(fx.as(MEMBER, () -> search.search(word + " draft", 50)).total())
                .isEqualTo(1);
        assertThat(fx.as(null, () -> search.search(word + " members", 50)).total())
                .isZero();

        // Decisions and agenda titles are searched too, and the index follows the minutes' stage.
        assertThat(fx.as(null, () -> search.search("decision " + word, 50)).hits())
                .singleElement()
                .satisfies(h -> assertThat(h.snippets())
                        .extracting(MeetingHit.Snippet::where)
                        .contains("Decision"));
        fx.as(CONVENOR, () -> approval.unpublish(publicPublished.getId(), "Checking a name before it goes out"));
        assertThat(fx.as(null, () -> search.search(word, 50)).total()).isZero();
        assertThat(fx.as(MEMBER, () -> search.search(word, 50)).total()).isEqualTo(4);
    }

    private Meeting meeting(Visibility visibility, String minutes, boolean publish) {
        MeetingGroup g = fx.group(visibility);
        Meeting m = fx.meeting(g, LocalDateTime.now(clock).minusDays(10));
        AgendaItem item = fx.as(CONVENOR, () -> agendaService.agenda(m)).get(1);
        fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));
        fx.as(CONVENOR, () -> minutesService.saveMinutes(item.getId(), item.getVersion(), null, word + " " + minutes));
        fx.as(CONVENOR, () -> decisionService.addDecision(m.getId(), "A decision about " + word, null));
        if (publish) {
            fx.as(CONVENOR, () -> meetings.circulateDraft(m.getId(), 7));
            fx.as(CONVENOR, () -> meetings.approveMinutes(m.getId()));
        }
        return m;
    }

    private static List<Long> ids(MeetingSearch.Found found) {
        return found.hits().stream().map(MeetingHit::meetingId).toList();
    }
}
