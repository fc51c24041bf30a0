package org.qcommons.meetings;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.ConcurrentEditException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meetings as linked PDSA cycles: each part is read from the meeting's own records, so the review can never drift
 * from what was planned, done and decided; people add only the aims of agenda items and the reflection. What a
 * reader sees of a cycle follows what they may see of the minutes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class PdsaService {

    private final MeetingRepository meetings;
    private final AgendaService agenda;
    private final ActionService actions;
    private final DecisionService decisions;
    private final AttendanceService attendance;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;

    PdsaService(
            MeetingRepository meetings,
            AgendaService agenda,
            ActionService actions,
            DecisionService decisions,
            AttendanceService attendance,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster) {
        this.meetings = meetings;
        this.agenda = agenda;
        this.actions = actions;
        this.decisions = decisions;
        this.attendance = attendance;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
    }

    public Optional<PdsaCycle> cycle(Meeting meeting) {
        Meeting m = lookup.meeting(meeting.getId());
        return access.canSeeMinutes(m) ? Optional.of(build(m)) : Optional.empty();
    }

    /** The group's held meetings as cycles, oldest first, each as far as the reader may see it. */
    public List<PdsaCycle> cycles(MeetingGroup group) {
        access.requireSee(group);
        return meetings.findByGroup(group.getId()).stream()
                .filter(m -> m.getStatus().atLeast(MeetingStatus.HELD) && !m.isCancelled())
                .filter(access::canSeeMinutes)
                .sorted(Comparator.comparing(Meeting::getStartsAt))
                .map(this::build)
                .toList();
    }

    private PdsaCycle build(Meeting m) {
        List<PdsaCycle.Plan> plan = agenda.agenda(m).stream()
                .map(i -> new PdsaCycle.Plan(i.getId(), i.getTitle(), i.getAim()))
                .toList();
        List<String> done = actions.actions(m).stream()
                .map(a -> a.getDescription()
                        + (a.getOwnerName() == null ? "" : " (" + a.getOwnerName() + ")")
                        + " · " + a.getStatus().label())
                .toList();
        List<AttendanceRow> rows = attendance.attendance(m);
        int recorded = (int) rows.stream().filter(r -> r.status() != null).count();
        int present = (int) rows.stream()
                .filter(r -> r.status() == AttendanceStatus.PRESENT)
                .count();
        int allotted = plan.isEmpty() ? 0 : agenda.allottedMinutes(m);
        int carriedOpen = actions.carriedActions(m).size();
        int carriedDone = meetings.findPrevious(m.getGroup().getId(), m.getStartsAt())
                .filter(access::canSeeMinutes)
                .map(prev -> (int) actions.actions(prev).stream()
                        .filter(a -> a.getStatus() == ActionStatus.DONE)
                        .count())
                .orElse(0);
        PdsaCycle.Study study =
                new PdsaCycle.Study(present, recorded, allotted, m.getDurationMinutes(), carriedDone, carriedOpen);
        List<String> act =
                decisions.decisions(m).stream().map(Decision::getText).toList();
        return new PdsaCycle(
                m.getId(),
                m.getVersion(),
                m.getTitle(),
                m.getStartsAt(),
                plan,
                done,
                study,
                act,
                m.getPdsaReflection());
    }

    /** The aim of an agenda item, planned by the group's convenors and administrators before the minutes are approved. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public AgendaItem saveAim(Long itemId, String aim) {
        AgendaItem item = lookup.item(itemId);
        access.requireManage(item.getMeeting().getGroup());
        MeetingRules.requireNotPublished(item.getMeeting());
        String clean = MeetingRules.blankToNull(aim);
        if (clean != null && clean.length() > 500) {
            throw new BusinessException("Keep the aim to 500 characters or fewer.");
        }
        item.setAim(clean);
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.AGENDA, itemId);
        return item;
    }

    /** The one part of the cycle that is written: what the seat holders make of it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Meeting saveReflection(Long meetingId, long expectedVersion, String reflection) {
        Meeting m = lookup.meeting(meetingId);
        access.requireSeatHolder(m.getGroup());
        if (m.getVersion() != expectedVersion) {
            throw new ConcurrentEditException("This meeting's PDSA reflection");
        }
        if (reflection != null && reflection.length() > 16_000) {
            throw new BusinessException("Keep the reflection to 16,000 characters or fewer.");
        }
        m.setPdsaReflection(MeetingRules.blankToNull(reflection));
        try {
            meetings.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ConcurrentEditException("This meeting's PDSA reflection");
        }
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.STATUS, null);
        return m;
    }
}
