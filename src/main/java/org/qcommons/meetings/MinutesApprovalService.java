package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Minutes as committees approve them: circulated for amendments, then approved at the next meeting (whose agenda
 * opens with "Minutes of the last meeting", and approving there is a decision of that meeting) or, where the group
 * chose it, by circulation once the review ends with no open amendment; then published. Unpublishing needs a reason,
 * and every stage is kept in the minutes' history.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MinutesApprovalService {

    public static final String ITEM_TITLE = "Minutes of the last meeting";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final MinutesApprovalItemRepository links;
    private final AgendaItemRepository items;
    private final AmendmentRepository amendments;
    private final DecisionRepository decisions;
    private final MinutesEventRepository history;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;
    private final Clock clock;

    MinutesApprovalService(
            MinutesApprovalItemRepository links,
            AgendaItemRepository items,
            AmendmentRepository amendments,
            DecisionRepository decisions,
            MinutesEventRepository history,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            EntityManager em,
            Clock clock) {
        this.links = links;
        this.items = items;
        this.amendments = amendments;
        this.decisions = decisions;
        this.history = history;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.em = em;
        this.clock = clock;
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The previous meeting whose minutes this meeting's agenda approves, if any. */
    @PreAuthorize("permitAll()")
    public Optional<Meeting> approvesMinutesOf(Meeting meeting) {
        return access.canSeeAgenda(meeting)
                ? links.findByMeeting(meeting.getId()).map(MinutesApprovalItem::getPreviousMeeting)
                : Optional.empty();
    }

    /** The audited history of the minutes' stages, for the group's seat holders. */
    @PreAuthorize("permitAll()")
    public List<MinutesEvent> history(Meeting meeting) {
        return access.isSeatHolder(meeting.getGroup()) ? history.findByMeeting(meeting.getId()) : List.of();
    }

    // ---- the next meeting's agenda -------------------------------------------------------------------------

    @EventListener
    void onCirculated(MinutesStageEvents.MinutesCirculated e) {
        Meeting previous = lookup.meeting(e.meetingId());
        history.save(new MinutesEvent(previous, MinutesEventKind.CIRCULATED, me(), null, clock.instant()));
        if (!previous.getGroup().isApproveByCirculation()) {
            links.findNextMeeting(previous.getGroup().getId(), previous.getStartsAt())
                    .ifPresent(next -> placeOnAgenda(next, previous));
        }
    }

    @EventListener
    void onScheduled(MinutesStageEvents.MeetingScheduled e) {
        Meeting next = lookup.meeting(e.meetingId());
        if (next.getGroup().isApproveByCirculation()) {
            return;
        }
        links.findAwaitingBefore(next.getGroup().getId(), next.getStartsAt())
                .filter(prev -> links.findNextMeeting(prev.getGroup().getId(), prev.getStartsAt())
                        .filter(next::equals)
                        .isPresent())
                .ifPresent(prev -> placeOnAgenda(next, prev));
    }

    /** Opens the agenda with the item, the others moving down one; once per previous meeting. */
    private void placeOnAgenda(Meeting next, Meeting previous) {
        if (links.findByPreviousMeetingId(previous.getId()).isPresent()) {
            return;
        }
        List<AgendaItem> current = items.findByMeetingIdOrderByPosition(next.getId());
        for (AgendaItem i : current) {
            i.setPosition(i.getPosition() + 1);
        }
        AgendaItem item = items.save(new AgendaItem(next, 1, ITEM_TITLE, "Convenor", 5));
        links.save(new MinutesApprovalItem(item, previous));
        next.bumpSequence();
        broadcaster.meetingChanged(next.getId(), MeetingChange.Kind.AGENDA, item.getId());
    }

    // ---- approval ------------------------------------------------------------------------------------------

    /**
     * The convenor approves the last meeting's minutes at this meeting, once it has begun: recorded as a decision
     * of this meeting.
     */
    @Transactional
    public Meeting approveAtMeeting(Long meetingId) {
        Meeting at = lookup.meeting(meetingId);
        access.requireApprove(at.getGroup());
        MinutesApprovalItem link = links.findByMeeting(meetingId)
                .orElseThrow(() -> new BusinessException("This meeting's agenda has no minutes of a last meeting."));
        Meeting previous = lookup.meeting(link.getPreviousMeeting().getId());
        if (at.isMinutesFrozen() || at.isCancelled()) {
            throw new BusinessException("This meeting's own minutes are approved; it can no longer approve others.");
        }
        if (at.getStartsAt().isAfter(LocalDateTime.now(clock))) {
            throw new BusinessException("The last meeting's minutes are approved at this meeting, once it has begun.");
        }
        requireApprovable(previous);
        approve(previous, MinutesEventKind.APPROVED_AT_MEETING);
        Decision d = decisions.save(new Decision(
                at,
                "The minutes of " + previous.getTitle() + " on " + DAY.format(previous.getStartsAt())
                        + " were approved as a true record.",
                null));
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.DECISIONS, d.getId());
        return previous;
    }

    /**
     * For groups that approve by circulation: the minutes whose review ended before today with no open amendment
     * are approved. Run daily by {@link MinutesCirculationScheduler}; returns how many were approved.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public int approveDueByCirculation() {
        int approved = 0;
        for (Meeting m : links.findCirculationDue(access.today())) {
            if (amendments.countOpen(m.getId()) == 0) {
                approve(m, MinutesEventKind.APPROVED_BY_CIRCULATION);
                approved++;
            }
        }
        return approved;
    }

    @Transactional
    public Meeting publish(Long meetingId) {
        Meeting m = lookup.meeting(meetingId);
        access.requireManage(m.getGroup());
        if (m.getStatus() != MeetingStatus.MINUTES_APPROVED) {
            throw new BusinessException("Only approved minutes can be published.");
        }
        m.setStatus(MeetingStatus.MINUTES_PUBLISHED);
        return record(m, MinutesEventKind.PUBLISHED, null);
    }

    /** Takes published minutes back to approved-but-unpublished, with the reason kept in their history. */
    @Transactional
    public Meeting unpublish(Long meetingId, String reason) {
        Meeting m = lookup.meeting(meetingId);
        access.requireApprove(m.getGroup());
        if (!m.isMinutesPublished()) {
            throw new BusinessException("These minutes are not published.");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.length() < 10 || why.length() > 1000) {
            throw new BusinessException("Give the reason for unpublishing in 10 to 1,000 characters.");
        }
        m.setStatus(MeetingStatus.MINUTES_APPROVED);
        return record(m, MinutesEventKind.UNPUBLISHED, why);
    }

    private void requireApprovable(Meeting previous) {
        if (previous.getStatus() != MeetingStatus.MINUTES_DRAFTED) {
            throw new BusinessException("Only minutes circulated for amendments can be approved.");
        }
        long open = amendments.countOpen(previous.getId());
        if (open > 0) {
            throw new BusinessException("Accept or reject the " + open + " open amendment" + (open == 1 ? "" : "s")
                    + " before approving the minutes.");
        }
    }

    private void approve(Meeting m, MinutesEventKind how) {
        m.setStatus(MeetingStatus.MINUTES_APPROVED);
        m.setMinutesApprovedAt(clock.instant());
        record(m, how, null);
    }

    private Meeting record(Meeting m, MinutesEventKind kind, String reason) {
        history.save(new MinutesEvent(m, kind, me(), reason, clock.instant()));
        items.flush();
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.STATUS, null);
        broadcaster.groupChanged(m.getGroup().getId(), MeetingChange.Kind.STATUS);
        return m;
    }

    /** The member who acted; none for scheduled work and seeding. */
    private Member me() {
        return CurrentUser.memberId().map(id -> em.find(Member.class, id)).orElse(null);
    }
}
