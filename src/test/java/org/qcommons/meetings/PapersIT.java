package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.OUTSIDER;

import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.base.BusinessException;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

class PapersIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Autowired
    PaperService paperService;

    @Autowired
    AccountService accounts;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void storesCheckedPapersAndRefusesTheRest() throws Exception {
        MeetingGroup g = fx.group(Visibility.MEMBERS);
        Meeting m = fx.meeting(g, LocalDateTime.now().plusDays(7));
        AgendaItem item = fx.as(MEMBER, () -> agendaService.agenda(m)).get(0);

        Paper paper =
                fx.as(MEMBER, () -> paperService.addPaper(item.getId(), "../Board paper.pdf", PaperInspectorTest.PDF));
        assertThat(paper.getFileName()).isEqualTo("Board paper.pdf");
        assertThat(paper.getContentType()).isEqualTo("application/pdf");
        assertThat(fx.as(OUTSIDER, () -> paperService.paperContent(paper.getId())))
                .isEqualTo(PaperInspectorTest.PDF);
        assertThatThrownBy(() -> fx.as(null, () -> paperService.paperContent(paper.getId())))
                .isInstanceOf(AccessDeniedException.class);

        byte[] docx = PaperInspectorTest.docx();
        fx.as(CONVENOR, () -> paperService.addPaper(item.getId(), "Report.docx", docx));
        assertThatThrownBy(() ->
                        fx.as(MEMBER, () -> paperService.addPaper(item.getId(), "agenda.pdf", PaperInspectorTest.EXE)))
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() ->
                        fx.as(MEMBER, () -> paperService.addPaper(item.getId(), "photo.pdf", PaperInspectorTest.PNG)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining(".pdf");
        byte[] big = new byte[(int) PaperInspector.MAX_BYTES + 10];
        System.arraycopy(PaperInspectorTest.PDF, 0, big, 0, PaperInspectorTest.PDF.length);
        assertThatThrownBy(() -> fx.as(MEMBER, () -> paperService.addPaper(item.getId(), "big.pdf", big)))
                .isInstanceOf(BusinessException.class)
                .hasMessageContaining("20 MB");
        assertThatThrownBy(() ->
                        fx.as(OUTSIDER, () -> paperService.addPaper(item.getId(), "x.pdf", PaperInspectorTest.PDF)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fx.as(MEMBER, () -> paperService.papers(m)))
                .extracting(Paper::getFileName)
                .containsExactly("Board paper.pdf", "Report.docx");
        fx.as(CONVENOR, () -> paperService.removePaper(paper.getId()));
        assertThat(fx.as(MEMBER, () -> paperService.papers(m))).hasSize(1);
    }
}
