package org.qcommons.meetings;

import static org.qcommons.meetings.MeetingRules.blankToNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Seat holders answer a meeting's invitation in the app: attending, tentative, or apologies with an optional note.
 * The answers are the attendance register's expected list; the convenor still records who came.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingReplies {

    private final MeetingReplyRepository replies;
    private final SeatRepository seats;
    private final MeetingLookup lookup;
    private final MeetingBroadcaster broadcaster;
    private final Clock clock;

    MeetingReplies(
            MeetingReplyRepository replies,
            SeatRepository seats,
            MeetingLookup lookup,
            MeetingBroadcaster broadcaster,
            Clock clock) {
        this.replies = replies;
        this.seats = seats;
        this.lookup = lookup;
        this.broadcaster = broadcaster;
        this.clock = clock;
    }

    /** The signed-in member's reply, if they have given one; none for anonymous readers of a public meeting. */
    @PreAuthorize("permitAll()")
    public Optional<MeetingReply> mine(Long meetingId) {
        return CurrentUser.memberId().flatMap(me -> replies.findOne(meetingId, me));
    }

    /** Whether the signed-in member may reply: they hold a seat and the meeting is still to come. */
    @PreAuthorize("permitAll()")
    public boolean canReply(Meeting meeting) {
        return CurrentUser.memberId()
                .map(me -> !meeting.isCancelled()
                        && !meeting.getStatus().atLeast(MeetingStatus.HELD)
                        && !seats.findHeldBy(meeting.getGroup().getId(), me).isEmpty())
                .orElse(false);
    }

    @Transactional
    public MeetingReply reply(Long meetingId, ReplyAnswer answer, String note) {
        if (answer == null) {
            throw new BusinessException("Choose attending, tentative or apologies.");
        }
        Meeting m = lookup.meeting(meetingId);
        Long me = CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("Sign in first"));
        List<Seat> mine = seats.findHeldBy(m.getGroup().getId(), me);
        if (mine.isEmpty()) {
            throw new AccessDeniedException("Only the group's seat holders reply to its meetings");
        }
        if (m.isCancelled()) {
            throw new BusinessException("This meeting has been cancelled.");
        }
        if (m.getStatus().atLeast(MeetingStatus.HELD)) {
            throw new BusinessException("This meeting has already been held.");
        }
        String cleanNote = blankToNull(note);
        if (cleanNote != null && cleanNote.length() > MeetingReply.MAX_NOTE) {
            throw new BusinessException("Keep your note to " + MeetingReply.MAX_NOTE + " characters or fewer.");
        }
        // Answered before it is saved: the insert happens at once and the answer is required.
        MeetingReply reply = replies.findOne(meetingId, me)
                .orElseGet(() -> new MeetingReply(m, mine.getFirst().getMember()));
        reply.answer(answer, cleanNote, clock.instant());
        reply = replies.save(reply);
        broadcaster.meetingChanged(meetingId, MeetingChange.Kind.ATTENDANCE, null);
        return reply;
    }
}
