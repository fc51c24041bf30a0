package org.qcommons.meetings.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingGroup;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.MeetingsFixture;
import org.qcommons.meetings.Visibility;
import org.qcommons.testsupport.Fields;
import org.qcommons.testsupport.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The schedule dialog with its default length of two hours. That default once mapped to "no value" and failed
 * with an unexpected error on save (found by MinutesPublishingBT).
 */
class ScheduleMeetingDialogKT extends KaribuTest {

    @Autowired
    GroupService groups;

    @Autowired
    MeetingService meetings;

    @Autowired
    AgendaService agendaService;

    @Test
    void aMeetingOfTheDefaultTwoHoursIsScheduledAndABlankOrTooLongLengthIsRefused() {
        MeetingsFixture fx = new MeetingsFixture(groups, meetings, agendaService, accountService);
        MeetingGroup group = fx.group(Visibility.PUBLIC);
        signInAs(MeetingsFixture.CONVENOR);
        GroupView view = navigateTo("groups/" + group.getSlug() + "?tab=meetings", GroupView.class);
        _click(view.meetingsPanel.schedule);
        ScheduleMeetingDialog dialog = _get(ScheduleMeetingDialog.class);
        assertThat(dialog.durationMinutes.getValue()).isEqualTo(Meeting.TIME_LIMIT_MINUTES);
        Fields.setValue(
                dialog.startsAt, LocalDateTime.now().plusDays(7).withSecond(0).withNano(0));

        Fields.setValue(dialog.durationMinutes, null);
        _click(dialog.save);
        assertThat(dialog.durationMinutes.isInvalid()).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        Fields.setValue(dialog.durationMinutes, Meeting.TIME_LIMIT_MINUTES + 1);
        _click(dialog.save);
        assertThat(dialog.durationMinutes.isInvalid()).isTrue();
        assertThat(dialog.durationMinutes.getErrorMessage()).isEqualTo("Meetings last two hours at most");

        Fields.setValue(dialog.durationMinutes, Meeting.TIME_LIMIT_MINUTES);
        _click(dialog.save);
        MeetingView meeting = (MeetingView) currentView();
        assertThat(meeting.meeting.getDurationMinutes()).isEqualTo(Meeting.TIME_LIMIT_MINUTES);
        assertThat(meeting.meeting.getGroup().getId()).isEqualTo(group.getId());
    }
}
