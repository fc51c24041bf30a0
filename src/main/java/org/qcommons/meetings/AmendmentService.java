package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tracked amendments to circulated minutes: seat holders propose a changed text while the review is open, and the
 * convenor accepts (the change goes into the minutes) or rejects it. Minutes are approved only with none open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AmendmentService {

    static final int MAX_TEXT = 16_000;

    private final AmendmentRepository amendments;
    private final MinutesEventRepository history;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;
    private final Clock clock;

    AmendmentService(
            AmendmentRepository amendments,
            MinutesEventRepository history,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            EntityManager em,
            Clock clock) {
        this.amendments = amendments;
        this.history = history;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.em = em;
        this.clock = clock;
    }

    /** Amendments belong to the drafting, so only seat holders see them. */
    @PreAuthorize("permitAll()")
    public List<MinutesAmendment> amendments(Meeting meeting) {
        return access.isSeatHolder(meeting.getGroup()) ? amendments.findByMeeting(meeting.getId()) : List.of();
    }

    @PreAuthorize("permitAll()")
    public long openCount(Meeting meeting) {
        return access.isSeatHolder(meeting.getGroup()) ? amendments.countOpen(meeting.getId()) : 0;
    }

    @Transactional
    public MinutesAmendment propose(Long itemId, String proposedText, String reason) {
        AgendaItem item = lookup.item(itemId);
        Meeting m = item.getMeeting();
        access.requireSeatHolder(m.getGroup());
        if (m.getStatus() != MeetingStatus.MINUTES_DRAFTED || !m.isReviewOpen(access.today())) {
            throw new BusinessException("Amendments can be proposed only while the draft minutes are out for review.");
        }
        if (proposedText == null || proposedText.isBlank()) {
            throw new BusinessException("Write the minutes as you would have them.");
        }
        if (proposedText.length() > MAX_TEXT) {
            throw new BusinessException("Keep the minutes of one item to 16,000 characters or fewer.");
        }
        if (proposedText
                .strip()
                .equals(MeetingRules.nullToEmpty(item.getMinutesText()).strip())) {
            throw new BusinessException("Your text is the same as the circulated minutes: change something first.");
        }
        if (reason != null && reason.length() > 1000) {
            throw new BusinessException("Give the reason in 1,000 characters or fewer.");
        }
        MinutesAmendment a = amendments.save(new MinutesAmendment(
                item,
                me(),
                item.getMinutesText(),
                proposedText.strip(),
                MeetingRules.blankToNull(reason),
                clock.instant()));
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.COMMENTS, itemId);
        return a;
    }

    /** Puts the amendment into the minutes; refused when the same lines were changed since it was written. */
    @Transactional
    public MinutesAmendment accept(Long amendmentId) {
        MinutesAmendment a = openAmendment(amendmentId);
        AgendaItem item = a.getAgendaItem();
        String merged = TrackedChanges.apply(a.getBaseText(), a.getProposedText(), item.getMinutesText())
                .orElseThrow(
                        () -> new BusinessException(
                                "The minutes have changed where this amendment changes them: reject it and ask for a new one."));
        item.setMinutesText(merged);
        return decide(a, AmendmentStatus.ACCEPTED, MinutesEventKind.AMENDMENT_ACCEPTED);
    }

    @Transactional
    public MinutesAmendment reject(Long amendmentId) {
        return decide(openAmendment(amendmentId), AmendmentStatus.REJECTED, MinutesEventKind.AMENDMENT_REJECTED);
    }

    private MinutesAmendment openAmendment(Long id) {
        MinutesAmendment a =
                amendments.findById(id).orElseThrow(() -> new BusinessException("That amendment no longer exists."));
        Meeting m = lookup.meeting(a.getAgendaItem().getMeeting().getId());
        access.requireApprove(m.getGroup());
        if (!a.isOpen()) {
            throw new BusinessException(
                    "That amendment has already been " + a.getStatus().label().toLowerCase() + ".");
        }
        if (m.getStatus() != MeetingStatus.MINUTES_DRAFTED) {
            throw new BusinessException("Amendments are decided while the minutes are circulated.");
        }
        return a;
    }

    private MinutesAmendment decide(MinutesAmendment a, AmendmentStatus outcome, MinutesEventKind kind) {
        Member me = me();
        a.decide(outcome, me, clock.instant());
        Meeting m = a.getAgendaItem().getMeeting();
        history.save(new MinutesEvent(m, kind, me, a.getAgendaItem().getTitle(), clock.instant()));
        amendments.flush();
        broadcaster.meetingChanged(
                m.getId(), MeetingChange.Kind.MINUTES, a.getAgendaItem().getId());
        return a;
    }

    private Member me() {
        return em.find(
                Member.class, CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member profile")));
    }
}
