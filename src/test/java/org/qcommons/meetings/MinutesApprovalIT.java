package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The minutes' path across two meetings: circulated, amended, approved at the next meeting, published, documented. */
class MinutesApprovalIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    AmendmentService amendmentService;

    @Autowired
    MinutesApprovalService approval;

    @Autowired
    DecisionService decisionService;

    @Autowired
    ActionService actionService;

    @Autowired
    MinutesDocuments documents;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void approvedAtTheNextMeetingThenPublishedUnpublishedWithAReasonAndDownloaded() throws IOException {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting first = fx.meeting(g, LocalDateTime.now(clock).minusDays(30));
        AgendaItem item = fx.as(CONVENOR, () -> agendaService.agenda(first)).get(1);
        fx.as(CONVENOR, () -> meetings.markHeld(first.getId()));
        fx.as(
                MEMBER,
                () -> minutesService.saveMinutes(
                        item.getId(),
                        item.getVersion(),
                        null,
                        "The group agreed the register.\nAlex will write to trusts."));
        fx.as(MEMBER, () -> decisionService.addDecision(first.getId(), "Adopt the register of skills", null));
        fx.as(CONVENOR, () -> meetings.circulateDraft(first.getId(), 7));

        // The next meeting's agenda opens with the last meeting's minutes.
        Meeting second = fx.meeting(g, LocalDateTime.now(clock).minusHours(1));
        List<AgendaItem> agenda = fx.as(CONVENOR, () -> agendaService.agenda(second));
        assertThat(agenda).extracting(AgendaItem::getTitle).startsWith(MinutesApprovalService.ITEM_TITLE);
        assertThat(agenda.get(0).getPosition()).isEqualTo(1);
        assertThat(fx.as(null, () -> approval.approvesMinutesOf(second))).contains(first);

        // A tracked amendment, shown as a deletion and an insertion; only seat holders see it.
        MinutesAmendment amendment = fx.as(
                PATIENT,
                () -> amendmentService.propose(
                        item.getId(),
                        "The group agreed the register.\nSam will write to trusts.",
                        "Sam offered, not Alex"));
        assertThat(TrackedChanges.html(amendment.getBaseText(), amendment.getProposedText()))
                .contains("<del>Alex</del>")
                .contains("<ins>Sam</ins>");
        assertThat(fx.as(OUTSIDER, () -> amendmentService.amendments(first))).isEmpty();
        assertThat(fx.as(MEMBER, () -> amendmentService.amendments(first))).hasSize(1);

        // Not approvable with an amendment open, and only the convenor decides amendments.
        assertThatThrownBy(() -> fx.as(CONVENOR, () -> approval.approveAtMeeting(second.getId())))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("1 open amendment");
        assertThatThrownBy(() -> fx.as(MEMBER, () -> amendmentService.accept(amendment.getId())))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(CONVENOR, () -> amendmentService.accept(amendment.getId()));
        assertThat(fx.as(MEMBER, () -> agendaService.item(item.getId()))
                        .orElseThrow()
                        .getMinutesText())
                .contains("Sam will write");

        // Approving at the second meeting is a decision of that meeting, and freezes the first one's minutes.
        assertThatThrownBy(() -> fx.as(MEMBER, () -> approval.approveAtMeeting(second.getId())))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(CONVENOR, () -> approval.approveAtMeeting(second.getId()));
        Meeting approved = fx.as(CONVENOR, () -> meetings.meeting(first.getId()).orElseThrow());
        assertThat(approved.getStatus()).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThat(fx.as(CONVENOR, () -> decisionService.decisions(second)))
                .extracting(Decision::getText)
                .anyMatch(t -> t.startsWith("The minutes of " + first.getTitle()) && t.endsWith("true record."));
        assertThatThrownBy(() -> fx.as(
                        MEMBER, () -> minutesService.saveMinutes(item.getId(), 99, null, "Rewritten after approval")))
                .isInstanceOf(BusinessException.class);

        // Approved but not yet published: still not for anonymous readers, nor downloadable.
        assertThat(fx.as(null, () -> agendaService.item(item.getId()))
                        .orElseThrow()
                        .getMinutesText())
                .isNull();
        assertThat(fx.as(null, () -> documents.pdf(first.getId()))).isEmpty();

        fx.as(CONVENOR, () -> approval.publish(first.getId()));
        assertThat(fx.as(null, () -> agendaService.item(item.getId()))
                        .orElseThrow()
                        .getMinutesText())
                .contains("Sam will write");

        // Unpublishing needs a reason, from the convenor, and is kept in the history.
        assertThatThrownBy(() -> fx.as(CONVENOR, () -> approval.unpublish(first.getId(), " ")))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> fx.as(MEMBER, () -> approval.unpublish(first.getId(), "A name must come out")))
                .isInstanceOf(AccessDeniedException.class);
        fx.as(CONVENOR, () -> approval.unpublish(first.getId(), "A patient's name must come out"));
        assertThat(fx.as(null, () -> agendaService.item(item.getId()))
                        .orElseThrow()
                        .getMinutesText())
                .isNull();
        List<MinutesEvent> history = fx.as(MEMBER, () -> approval.history(first));
        assertThat(history)
                .extracting(MinutesEvent::getKind)
                .containsExactly(
                        MinutesEventKind.CIRCULATED,
                        MinutesEventKind.AMENDMENT_ACCEPTED,
                        MinutesEventKind.APPROVED_AT_MEETING,
                        MinutesEventKind.PUBLISHED,
                        MinutesEventKind.UNPUBLISHED);
        assertThat(history.get(4).getReason()).isEqualTo("A patient's name must come out");
        assertThat(history.get(4).getActor().getId()).isEqualTo(fx.memberId(CONVENOR));
        assertThat(fx.as(OUTSIDER, () -> approval.history(first))).isEmpty();

        // Published again, the minutes download as a tagged PDF in British English, and as HTML.
        fx.as(CONVENOR, () -> approval.publish(first.getId()));
        byte[] pdf = fx.as(null, () -> documents.pdf(first.getId())).orElseThrow();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("Minutes: " + first.getTitle())
                    .contains(g.getName())
                    .contains("Attendance")
                    .contains("Declarations of interest")
                    .contains("Project register: Works for the supplier")
                    .contains("Sam will write to trusts.")
                    .contains("Adopt the register of skills")
                    .contains("Actions");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(structureTypes(
                            doc.getDocumentCatalog().getStructureTreeRoot().getKids()))
                    .contains("H1", "H2", "H3", "Table", "L");
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Minutes: " + first.getTitle());
        }
        String html = fx.as(null, () -> documents.html(first.getId())).orElseThrow();
        assertThat(html)
                .contains("lang=\"en-GB\"")
                .contains("<h2>Decisions</h2>")
                .contains("Sam will write");
        // The second meeting's minutes are not published: nothing to download.
        assertThat(fx.as(null, () -> documents.html(second.getId()))).isEmpty();
    }

    @Test
    void approvedByCirculationOnlyWhenTheReviewEndedWithNoOpenAmendment() {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        jdbc.update("update mtg_group set approve_by_circulation = true where id = ?", g.getId());
        Meeting quiet = fx.meeting(g, LocalDateTime.now(clock).minusDays(40));
        Meeting disputed = fx.meeting(g, LocalDateTime.now(clock).minusDays(20));
        AgendaItem disputedItem =
                fx.as(CONVENOR, () -> agendaService.agenda(disputed)).get(0);
        for (Meeting m : List.of(quiet, disputed)) {
            fx.as(CONVENOR, () -> meetings.markHeld(m.getId()));
            fx.as(CONVENOR, () -> meetings.circulateDraft(m.getId(), 3));
        }
        fx.as(
                MEMBER,
                () -> amendmentService.propose(disputedItem.getId(), "Welcome, apologies and declarations", null));
        // A group that approves by circulation gets no "Minutes of the last meeting" item.
        Meeting next = fx.meeting(g, LocalDateTime.now(clock).plusDays(30));
        assertThat(fx.as(CONVENOR, () -> agendaService.agenda(next)))
                .extracting(AgendaItem::getTitle)
                .doesNotContain(MinutesApprovalService.ITEM_TITLE);

        // Still in the review period: nothing is approved.
        SystemRunner.asSystem(approval::approveDueByCirculation);
        assertThat(status(quiet)).isEqualTo(MeetingStatus.MINUTES_DRAFTED);

        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        jdbc.update("update mtg_meeting set review_until = ? where group_id = ?", yesterday, g.getId());
        SystemRunner.asSystem(approval::approveDueByCirculation);
        assertThat(status(quiet)).isEqualTo(MeetingStatus.MINUTES_APPROVED);
        assertThat(status(disputed)).isEqualTo(MeetingStatus.MINUTES_DRAFTED);
        assertThat(fx.as(MEMBER, () -> approval.history(quiet)))
                .extracting(MinutesEvent::getKind)
                .contains(MinutesEventKind.APPROVED_BY_CIRCULATION);
        // Only scheduled work runs the approval by circulation.
        assertThatThrownBy(() -> fx.as(CONVENOR, approval::approveDueByCirculation))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** The tags of the PDF's structure tree, depth first. */
    private static List<String> structureTypes(List<Object> kids) {
        List<String> types = new java.util.ArrayList<>();
        for (Object kid : kids) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                types.addAll(structureTypes(e.getKids()));
            }
        }
        return types;
    }

    private MeetingStatus status(Meeting m) {
        return fx.as(CONVENOR, () -> meetings.meeting(m.getId()).orElseThrow().getStatus());
    }
}
