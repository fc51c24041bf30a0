package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Decisions recorded at meetings, and the group's register of them with their review dates. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class DecisionService {

    private final DecisionRepository decisions;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;

    DecisionService(
            DecisionRepository decisions, MeetingLookup lookup, GroupAccess access, MeetingBroadcaster broadcaster) {
        this.decisions = decisions;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
    }

    @PreAuthorize("permitAll()")
    public List<Decision> decisions(Meeting meeting) {
        return access.canSeeMinutes(meeting) ? decisions.findByMeetingIdOrderById(meeting.getId()) : List.of();
    }

    /** The group's decisions: every one for seat holders, those of published minutes for everyone else. */
    @PreAuthorize("permitAll()")
    public List<Decision> publishedDecisions(MeetingGroup group) {
        access.requireSee(group);
        EnumSet<MeetingStatus> statuses = access.isSeatHolder(group)
                ? EnumSet.allOf(MeetingStatus.class)
                : EnumSet.of(MeetingStatus.MINUTES_PUBLISHED);
        return decisions.findByGroup(group.getId(), statuses);
    }

    /** Decisions whose review date has come (or comes within 30 days), for the group's seat holders. */
    public List<Decision> reviewsDue(MeetingGroup group) {
        access.requireSeatHolder(group);
        return decisions.findReviewsDue(group.getId(), access.today().plusDays(30));
    }

    @Transactional
    public Decision addDecision(Long meetingId, String text, LocalDate reviewDate) {
        Meeting m = lookup.meeting(meetingId);
        access.requireSeatHolder(m.getGroup());
        requireNotPublished(m);
        if (text == null || text.isBlank()) {
            throw new BusinessException("Describe the decision.");
        }
        Decision d = decisions.save(new Decision(m, text.strip(), reviewDate));
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.DECISIONS, d.getId());
        return d;
    }

    @Transactional
    public void removeDecision(Long decisionId) {
        Decision d = decisions
                .findById(decisionId)
                .orElseThrow(() -> new BusinessException("That decision no longer exists."));
        Meeting m = lookup.meeting(d.getMeeting().getId());
        access.requireSeatHolder(m.getGroup());
        requireNotPublished(m);
        decisions.delete(d);
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.DECISIONS, decisionId);
    }
}
