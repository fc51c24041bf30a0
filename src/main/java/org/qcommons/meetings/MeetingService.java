package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.blankToNull;
import static org.qcommons.meetings.MeetingRules.cut;
import static org.qcommons.meetings.MeetingRules.requireStatus;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings and their stages, from planning to published minutes. Agenda, papers, attendance, minutes, decisions
 * and actions have their own services. Every change is broadcast to the open views of the meeting after it
 * commits, which is what makes co-editing live.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private final MeetingRepository meetings;
    private final SeatRepository seats;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final NotificationService notifications;
    private final MeetingInvitations invitations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    MeetingService(
            MeetingRepository meetings,
            SeatRepository seats,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            NotificationService notifications,
            MeetingInvitations invitations,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.invitations = invitations;
        this.meetings = meetings;
        this.seats = seats;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.notifications = notifications;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    @PreAuthorize("permitAll()")
    public Optional<Meeting> meeting(Long id) {
        return id == null ? Optional.empty() : meetings.findWithGroup(id).filter(m -> access.canSee(m.getGroup()));
    }

    @PreAuthorize("permitAll()")
    public List<Meeting> meetings(MeetingGroup group) {
        access.requireSee(group);
        return meetings.findByGroup(group.getId());
    }

    @PreAuthorize("permitAll()")
    public List<Meeting> upcoming(MeetingGroup group) {
        LocalDateTime now = LocalDateTime.now(clock).minusHours(3);
        return meetings(group).stream()
                .filter(m -> m.getStartsAt().isAfter(now))
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .toList();
    }

    /** Only meetings whose minutes were approved and published; the one list anonymous readers get. */
    @PreAuthorize("permitAll()")
    public List<Meeting> withPublishedMinutes(MeetingGroup group) {
        access.requireSee(group);
        return meetings.findByGroupAndStatus(group.getId(), List.of(MeetingStatus.MINUTES_PUBLISHED));
    }

    /** The current user as this meeting sees them; views show their controls by it. */
    @PreAuthorize("permitAll()")
    public MeetingViewer viewer(Meeting meeting) {
        return access.viewer(meeting);
    }

    /** The meeting before this one, whose PDSA review opens this meeting. */
    @PreAuthorize("permitAll()")
    public Optional<Meeting> previous(Meeting meeting) {
        return meetings.findPrevious(meeting.getGroup().getId(), meeting.getStartsAt())
                .filter(access::canSeeMinutes);
    }

    // ---- stages --------------------------------------------------------------------------------------------

    @Transactional
    public Meeting schedule(
            Long groupId, String title, LocalDateTime startsAt, int durationMinutes, String place, String videoLink) {
        MeetingGroup group = lookup.group(groupId);
        access.requireManage(group);
        if (durationMinutes > Meeting.TIME_LIMIT_MINUTES) {
            throw new BusinessException("Meetings last two hours at most.");
        }
        Meeting m = new Meeting(group, title, startsAt);
        m.setCreatedAt(clock.instant());
        m.setDurationMinutes(durationMinutes);
        m.setPlace(blankToNull(place));
        m.setVideoLink(blankToNull(videoLink));
        Meeting saved = meetings.save(m);
        broadcaster.groupChanged(groupId, MeetingChange.Kind.STATUS);
        invitations.invite(saved, false);
        events.publishEvent(new MinutesStageEvents.MeetingScheduled(saved.getId()));
        return saved;
    }

    @Transactional
    public Meeting updateDetails(Meeting edited) {
        Meeting current = lookup.meeting(edited.getId());
        access.requireManage(current.getGroup());
        if (current.getVersion() != edited.getVersion()) {
            throw new ConcurrentEditException("This meeting");
        }
        if (current.isCancelled()) {
            throw new BusinessException("This meeting has been cancelled.");
        }
        boolean moved = !current.getStartsAt().equals(edited.getStartsAt())
                || current.getDurationMinutes() != edited.getDurationMinutes()
                || !Objects.equals(current.getPlace(), blankToNull(edited.getPlace()))
                || !Objects.equals(current.getVideoLink(), blankToNull(edited.getVideoLink()));
        current.setTitle(edited.getTitle());
        current.setStartsAt(edited.getStartsAt());
        current.setDurationMinutes(edited.getDurationMinutes());
        current.setPlace(blankToNull(edited.getPlace()));
        current.setVideoLink(blankToNull(edited.getVideoLink()));
        current.bumpSequence();
        Meeting saved = flushMeeting(current);
        if (moved) {
            invitations.invite(saved, true);
        }
        return saved;
    }

    /** Calls a meeting off before it is held; seat holders get a CANCEL for their calendars. */
    @Transactional
    public Meeting cancel(Long meetingId) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        if (m.isCancelled()) {
            throw new BusinessException("This meeting has already been cancelled.");
        }
        if (m.getStatus().atLeast(MeetingStatus.HELD)) {
            throw new BusinessException("A meeting that has been held cannot be cancelled.");
        }
        m.cancel(clock.instant());
        Meeting saved = flushMeeting(m);
        invitations.cancel(saved);
        return saved;
    }

    @Transactional
    public Meeting publishAgenda(Long meetingId) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        requireStatus(m, MeetingStatus.PLANNED, "The agenda has already been published.");
        if (m.isCancelled()) {
            throw new BusinessException("This meeting has been cancelled.");
        }
        m.setStatus(MeetingStatus.AGENDA_PUBLISHED);
        m.bumpSequence();
        Meeting saved = flushMeeting(m);
        invitations.agendaPublished(saved);
        return saved;
    }

    @Transactional
    public Meeting markHeld(Long meetingId) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        if (m.getStatus().atLeast(MeetingStatus.HELD)) {
            throw new BusinessException("This meeting is already marked as held.");
        }
        m.setStatus(MeetingStatus.HELD);
        return flushMeeting(m);
    }

    /** The administrator circulates the draft: attendees may propose amendments until the window closes. */
    @Transactional
    public Meeting circulateDraft(Long meetingId, int reviewDays) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        requireStatus(m, MeetingStatus.HELD, "Only the minutes of a held meeting can be circulated as a draft.");
        if (reviewDays < 1 || reviewDays > 28) {
            throw new BusinessException("Give attendees between 1 and 28 days to comment.");
        }
        m.setStatus(MeetingStatus.MINUTES_DRAFTED);
        m.setReviewUntil(LocalDate.now(clock).plusDays(reviewDays));
        Long me = CurrentUser.memberId().orElse(-1L);
        // Start-up seeding runs as SYSTEM and must not email the demo accounts.
        List<Seat> toNotify =
                CurrentUser.get().isPresent() ? seats.findByGroup(m.getGroup().getId()) : List.of();
        for (Seat s : toNotify) {
            if (s.getMember() != null && !s.getMember().getId().equals(me)) {
                notifications.notify(
                        s.getMember(),
                        cut("Draft minutes to review: " + m.getTitle()),
                        "Please propose any amendments by " + m.getReviewUntil() + ".",
                        "meetings/" + m.getId());
            }
        }
        Meeting saved = flushMeeting(m);
        events.publishEvent(new MinutesStageEvents.MinutesCirculated(saved.getId()));
        return saved;
    }

    /**
     * Approves and publishes in one step, for minutes approved outside the application (demo seeding, a paper
     * record). The application's own path is {@link MinutesApprovalService}: approval at the next meeting or by
     * circulation, then publication.
     */
    @Transactional
    public Meeting approveMinutes(Long meetingId) {
        Meeting m = lookup.meeting(meetingId);
        access.requireApprove(m.getGroup());
        requireStatus(m, MeetingStatus.MINUTES_DRAFTED, "Circulate the draft minutes before approving them.");
        m.setStatus(MeetingStatus.MINUTES_PUBLISHED);
        m.setMinutesApprovedAt(clock.instant());
        return flushMeeting(m);
    }

    @Transactional
    public Meeting savePdsa(Long meetingId, long expectedVersion, String plan, String done, String study, String act) {
        Meeting m = lookup.meeting(meetingId);
        access.requireSeatHolder(m.getGroup());
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This meeting's PDSA review");
        }
        m.setPdsaPlan(plan);
        m.setPdsaDo(done);
        m.setPdsaStudy(study);
        m.setPdsaAct(act);
        return flushMeeting(m);
    }

    private Meeting flushMeeting(Meeting m) {
        try {
            meetings.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This meeting");
        }
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.STATUS, null);
        broadcaster.groupChanged(m.getGroup().getId(), MeetingChange.Kind.STATUS);
        return m;
    }
}
