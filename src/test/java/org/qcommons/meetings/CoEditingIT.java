package org.qcommons.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qcommons.meetings.MeetingsFixture.CONVENOR;
import static org.qcommons.meetings.MeetingsFixture.MEMBER;
import static org.qcommons.meetings.MeetingsFixture.PATIENT;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qcommons.security.AccountService;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people in one meeting: changes reach every listener, and nobody's minutes are silently overwritten. */
class CoEditingIT extends IntegrationTestBase {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    ActionService actionService;

    @Autowired
    AgendaService agendaService;

    @Autowired
    MinutesService minutesService;

    @Autowired
    AccountService accounts;

    @Autowired
    MeetingBroadcaster broadcaster;

    MeetingsFixture fx;

    @BeforeEach
    void setUp() {
        fx = new MeetingsFixture(groups, meetings, agendaService, accounts);
    }

    @Test
    void everyViewerHearsEachChangeAfterItCommits() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.meeting(g, LocalDateTime.now().minusHours(1));
        List<MeetingChange> first = new CopyOnWriteArrayList<>();
        List<MeetingChange> second = new CopyOnWriteArrayList<>();
        Runnable stopFirst = broadcaster.listenToMeeting(m.getId(), first::add);
        Runnable stopSecond = broadcaster.listenToMeeting(m.getId(), second::add);
        try {
            AgendaItem item = fx.as(CONVENOR, () -> agendaService.addItem(m.getId(), "Late item", null, 5, null));
            fx.as(MEMBER, () -> minutesService.saveMinutes(item.getId(), item.getVersion(), null, "Noted"));
            fx.as(MEMBER, () -> actionService.addAction(m.getId(), "Follow up", null, null));
            assertThat(first)
                    .extracting(MeetingChange::kind)
                    .containsExactly(MeetingChange.Kind.AGENDA, MeetingChange.Kind.MINUTES, MeetingChange.Kind.ACTIONS);
            assertThat(second).isEqualTo(first);
            assertThat(first.get(1).itemId()).isEqualTo(item.getId());

            // A change that fails is not announced.
            int before = first.size();
            assertThatThrownBy(() -> fx.as(PATIENT, () -> agendaService.addItem(m.getId(), "No", null, 5, null)));
            assertThat(first).hasSize(before);
        } finally {
            stopFirst.run();
            stopSecond.run();
        }
        fx.as(CONVENOR, () -> agendaService.addItem(m.getId(), "After closing", null, 5, null));
        assertThat(first).hasSize(3);
    }

    @Test
    void presenceListsEachPersonOnceAndForgetsThemOnLeaving() {
        Long meetingId = -System.nanoTime();
        List<MeetingChange> heard = new CopyOnWriteArrayList<>();
        Runnable stop = broadcaster.listenToMeeting(meetingId, heard::add);
        Runnable a = broadcaster.join(meetingId, new MeetingBroadcaster.Viewer("tab-1", 1L, "Alex Member"));
        Runnable b = broadcaster.join(meetingId, new MeetingBroadcaster.Viewer("tab-2", 1L, "Alex Member"));
        Runnable c = broadcaster.join(meetingId, new MeetingBroadcaster.Viewer("tab-3", 2L, "Morgan Convenor"));
        assertThat(broadcaster.viewerNames(meetingId)).containsExactly("Alex Member", "Morgan Convenor");
        c.run();
        a.run();
        assertThat(broadcaster.viewerNames(meetingId)).containsExactly("Alex Member");
        b.run();
        assertThat(broadcaster.viewerNames(meetingId)).isEmpty();
        assertThat(heard).hasSize(6).allMatch(ch -> ch.kind() == MeetingChange.Kind.PRESENCE);
        stop.run();
    }

    @Test
    void concurrentMinutesEditsAskForAMerge() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.meeting(g, LocalDateTime.now().minusHours(2));
        AgendaItem loaded = fx.as(MEMBER, () -> agendaService.agenda(m)).get(0);
        AgendaItem savedByPatient = fx.as(
                PATIENT,
                () -> minutesService.saveMinutes(
                        loaded.getId(), loaded.getVersion(), loaded.getMinutesText(), "Patient's notes"));

        MinutesConflictException conflict = Assertions.assertThrows(
                MinutesConflictException.class,
                () -> fx.as(
                        MEMBER,
                        () -> minutesService.saveMinutes(
                                loaded.getId(), loaded.getVersion(), loaded.getMinutesText(), "Member's notes")));
        assertThat(conflict.theirText()).isEqualTo("Patient's notes");
        assertThat(conflict.theirVersion()).isEqualTo(savedByPatient.getVersion());
        assertThat(fx.as(MEMBER, () -> agendaService.item(loaded.getId()))
                        .orElseThrow()
                        .getMinutesText())
                .isEqualTo("Patient's notes");

        AgendaItem merged = fx.as(
                MEMBER,
                () -> minutesService.saveMinutes(
                        loaded.getId(),
                        conflict.theirVersion(),
                        conflict.theirText(),
                        "Patient's notes\n\nMember's notes"));
        assertThat(merged.getMinutesText()).isEqualTo("Patient's notes\n\nMember's notes");
    }

    @Test
    void aChangeToTheItemDetailsDoesNotBlockSavingMinutes() {
        MeetingGroup g = fx.group(Visibility.PUBLIC);
        Meeting m = fx.meeting(g, LocalDateTime.now().minusHours(2));
        AgendaItem loaded = fx.as(MEMBER, () -> agendaService.agenda(m)).get(1);
        fx.as(
                CONVENOR,
                () -> agendaService.updateItem(
                        loaded.getId(), loaded.getVersion(), "Project register (renamed)", "Member", 45, null));
        AgendaItem saved =
                fx.as(MEMBER, () -> minutesService.saveMinutes(loaded.getId(), loaded.getVersion(), null, "Notes"));
        assertThat(saved.getMinutesText()).isEqualTo("Notes");
        assertThat(saved.getTitle()).isEqualTo("Project register (renamed)");
        assertThat(fx.as(MEMBER, () -> agendaService.allottedMinutes(m))).isEqualTo(55);
    }
}
