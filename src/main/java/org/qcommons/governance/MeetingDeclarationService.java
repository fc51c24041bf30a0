package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.meetings.AgendaItem;
import org.qcommons.meetings.AgendaService;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.Meeting;
import org.qcommons.meetings.MeetingService;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meeting's "declarations of interest" item as records (decision 094): who declared what against which agenda
 * item. Read with the minutes by whoever may read them; recorded by those who may edit the minutes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class MeetingDeclarationService {

    private final MeetingDeclarationRepository declarations;
    private final MeetingService meetings;
    private final AgendaService agenda;
    private final GroupService groups;
    private final EntityManager em;
    private final Clock clock;

    MeetingDeclarationService(
            MeetingDeclarationRepository declarations,
            MeetingService meetings,
            AgendaService agenda,
            GroupService groups,
            EntityManager em,
            Clock clock) {
        this.declarations = declarations;
        this.meetings = meetings;
        this.agenda = agenda;
        this.groups = groups;
        this.em = em;
        this.clock = clock;
    }

    public List<MeetingDeclaration> declarations(Meeting meeting) {
        if (!meetings.viewer(meeting).seeMinutes()) {
            throw new AccessDeniedException("Not visible");
        }
        return declarations.findByMeeting(meeting.getId());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MeetingDeclaration record(Long meetingId, Long agendaItemId, Long memberId, String interest, String action) {
        Meeting meeting =
                meetings.meeting(meetingId).orElseThrow(() -> new BusinessException("This meeting no longer exists."));
        if (!meetings.viewer(meeting).edit()) {
            throw new AccessDeniedException(
                    "Only the group's seat holders record declarations, while the minutes are" + " a draft");
        }
        AgendaItem item = agenda.agenda(meeting).stream()
                .filter(i -> i.getId().equals(agendaItemId))
                .findFirst()
                .orElseThrow(() -> new BusinessException("Choose an item on this meeting's agenda."));
        boolean holder = groups.seats(meeting.getGroup()).stream()
                .map(SeatHolder::memberId)
                .anyMatch(id -> id != null && id.equals(memberId));
        if (!holder) {
            throw new BusinessException("Choose one of the group's seat holders.");
        }
        if (interest == null || interest.isBlank() || interest.length() > 1000) {
            throw new BusinessException("Say what the interest is, in 1,000 characters or fewer.");
        }
        String by = CurrentUser.get().map(QUser::displayName).orElse("system");
        return declarations.save(new MeetingDeclaration(
                meetingId,
                item.getId(),
                em.find(Member.class, memberId),
                interest.trim(),
                action == null || action.isBlank() ? null : action.trim(),
                by,
                clock.instant()));
    }
}
