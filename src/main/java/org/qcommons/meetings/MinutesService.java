package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.nullToEmpty;
import static org.qcommons.meetings.MeetingRules.requireNotPublished;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The minutes of each agenda item, drafted by the seat holders together, and the amendments proposed to them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MinutesService {

    private final AgendaItemRepository items;
    private final CommentRepository comments;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;
    private final Clock clock;

    MinutesService(
            AgendaItemRepository items,
            CommentRepository comments,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            EntityManager em,
            Clock clock) {
        this.items = items;
        this.comments = comments;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.em = em;
        this.clock = clock;
    }

    /** Proposed amendments are part of the drafting, so only seat holders see them. */
    @PreAuthorize("permitAll()")
    public List<MinutesComment> comments(Meeting meeting) {
        return access.isSeatHolder(meeting.getGroup()) ? comments.findByMeeting(meeting.getId()) : List.of();
    }

    /**
     * Saves one item's minutes. If someone saved in between, their text wins unless it is still the text this
     * editor started from (then nobody else touched the minutes, only the item's details); otherwise the caller
     * gets both versions to merge.
     */
    @Transactional
    public AgendaItem saveMinutes(Long itemId, long expectedVersion, String baseText, String newText) {
        AgendaItem item = lookup.item(itemId);
        access.requireSeatHolder(item.getMeeting().getGroup());
        requireNotPublished(item.getMeeting());
        if (newText != null && newText.length() > 60000) {
            throw new BusinessException("Minutes for one item are limited to 60,000 characters.");
        }
        if (item.getVersion() != expectedVersion
                && !Objects.equals(nullToEmpty(item.getMinutesText()), nullToEmpty(baseText))) {
            throw new MinutesConflictException(item.getMinutesText(), item.getVersion());
        }
        item.setMinutesText(newText);
        try {
            items.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            AgendaItem theirs = items.findById(itemId).orElseThrow();
            throw new MinutesConflictException(theirs.getMinutesText(), theirs.getVersion());
        }
        broadcaster.meetingChanged(item.getMeeting().getId(), MeetingChange.Kind.MINUTES, itemId);
        return item;
    }

    @Transactional
    public MinutesComment proposeAmendment(Long itemId, String text) {
        AgendaItem item = lookup.item(itemId);
        Meeting m = item.getMeeting();
        access.requireSeatHolder(m.getGroup());
        if (m.getStatus() != MeetingStatus.MINUTES_DRAFTED || !m.isReviewOpen(access.today())) {
            throw new BusinessException("Amendments can be proposed only while the draft minutes are out for review.");
        }
        if (text == null || text.isBlank() || text.length() > 2000) {
            throw new BusinessException("Write your proposed amendment in 2,000 characters or fewer.");
        }
        Member me =
                em.find(Member.class, CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member")));
        MinutesComment c = comments.save(new MinutesComment(item, me, text.strip(), clock.instant()));
        broadcaster.meetingChanged(m.getId(), MeetingChange.Kind.COMMENTS, itemId);
        return c;
    }
}
