package org.qcommons.buddying;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a pair after it is proposed: the buddy accepts or declines, the pair checks in, pauses, resumes and
 * closes with feedback. Only the two members of a pair act on it; check-in notes are readable by them alone.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class BuddyPairService {

    /** A pair that has not met for this long gets a nudge. */
    public static final int QUIET_DAYS = 42;

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final BuddyPairRepository pairs;
    private final CheckInRepository checkIns;
    private final BuddyFeedbackRepository feedback;
    private final NotificationService notifications;
    private final Clock clock;

    BuddyPairService(
            BuddyPairRepository pairs,
            CheckInRepository checkIns,
            BuddyFeedbackRepository feedback,
            NotificationService notifications,
            Clock clock) {
        this.pairs = pairs;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.notifications = notifications;
        this.clock = clock;
    }

    public List<BuddyPair> myPairs() {
        return CurrentUser.memberId().map(pairs::findInvolving).orElse(List.of());
    }

    /** The pair itself (never its notes) is visible to its two members, ADMINs and convenors. */
    public Optional<BuddyPair> pair(Long pairId) {
        return pairId == null
                ? Optional.empty()
                : pairs.findWithPeople(pairId)
                        .filter(p -> p.involves(CurrentUser.memberId().orElse(null)) || BuddyRules.isCoordinator());
    }

    /** Whether the current person is this pair's buddy, its newcomer, or someone looking on. */
    public PairRole roleIn(BuddyPair pair) {
        Long me = CurrentUser.memberId().orElse(null);
        if (me != null && me.equals(pair.getBuddy().getId())) {
            return PairRole.BUDDY;
        }
        return me != null && me.equals(pair.getNewcomer().getId()) ? PairRole.NEWCOMER : PairRole.OBSERVER;
    }

    public List<BuddyPair> pairsOfRequest(Long requestId) {
        return pairs.findByRequest(requestId).stream()
                .filter(p -> p.involves(CurrentUser.memberId().orElse(null)) || BuddyRules.isCoordinator())
                .toList();
    }

    /** Check-ins with their notes, for the pair's own members only: anyone else gets an empty list. */
    public List<CheckIn> checkIns(Long pairId) {
        return CurrentUser.memberId()
                .map(me -> checkIns.findForPairMember(pairId, me))
                .orElse(List.of());
    }

    public long checkInCount(Long pairId) {
        return pair(pairId).map(p -> checkIns.countByPairId(p.getId())).orElse(0L);
    }

    public boolean hasLeftFeedback(Long pairId) {
        return CurrentUser.memberId()
                .map(me -> feedback.existsByPairIdAndAuthorId(pairId, me))
                .orElse(false);
    }

    @Transactional
    public BuddyPair accept(Long pairId) {
        BuddyPair p = asBuddy(pairId, "Only the proposed buddy can accept");
        p.moveTo(PairStatus.ACTIVE);
        p.setActivatedOn(LocalDate.now(clock));
        p.getRequest().setStatus(RequestStatus.MATCHED);
        notifications.notify(
                p.getNewcomer(),
                p.getBuddy().getFullName() + " is your buddy",
                p.getBuddy().getFullName() + " accepted. Agree how you will meet and record your check-ins.",
                link(p),
                p.getBuddy());
        return p;
    }

    @Transactional
    public BuddyPair decline(Long pairId, String reason) {
        BuddyPair p = asBuddy(pairId, "Only the proposed buddy can decline");
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Give a short reason, so we can find a better match.");
        }
        if (reason.length() > 500) {
            throw new BusinessException("Keep the reason to 500 characters or fewer.");
        }
        p.moveTo(PairStatus.DECLINED);
        p.setDeclineReason(reason.trim());
        p.getRequest().setStatus(RequestStatus.WAITING);
        notifications.notify(
                p.getNewcomer(),
                "Your buddy request is back in the queue",
                p.getBuddy().getFullName() + " cannot be your buddy just now. Your request keeps its place in the "
                        + "queue and we will suggest someone else.",
                "buddying/request/" + p.getRequest().getId() + "/suggestions",
                p.getBuddy());
        return p;
    }

    @Transactional
    public CheckIn checkIn(Long pairId, LocalDate heldOn, BuddyMode mode, String note) {
        BuddyPair p = asMember(pairId);
        if (p.getStatus() != PairStatus.ACTIVE) {
            throw new BusinessException(
                    switch (p.getStatus()) {
                        case PROPOSED -> "The buddy has not accepted yet, so there is nothing to check in on.";
                        case PAUSED -> "This pair is paused. Resume it before recording a check-in.";
                        default -> "This pair is " + p.getStatus().label().toLowerCase() + "; check-ins are closed.";
                    });
        }
        if (heldOn == null) {
            throw new BusinessException("Enter the date you met.");
        }
        if (heldOn.isAfter(LocalDate.now(clock))) {
            throw new BusinessException(
                    "A check-in records a meeting that has happened; the date cannot be in the future.");
        }
        if (mode == null) {
            throw new BusinessException("Choose how you met.");
        }
        if (note != null && note.length() > CheckIn.NOTE_MAX) {
            throw new BusinessException("Keep the note to " + CheckIn.NOTE_MAX + " characters or fewer.");
        }
        Member author = me(p);
        CheckIn saved = checkIns.save(new CheckIn(
                p, author, heldOn, mode, note == null || note.isBlank() ? null : note.trim(), clock.instant()));
        if (p.getLastCheckInOn() == null || heldOn.isAfter(p.getLastCheckInOn())) {
            p.setLastCheckInOn(heldOn);
        }
        // The note stays out of the notification: emails and bells can be seen by others.
        notifications.notify(
                p.other(author.getId()),
                author.getFullName() + " recorded a check-in",
                "Check-in on " + DAY.format(heldOn) + " (" + mode.label().toLowerCase() + ").",
                link(p),
                author);
        return saved;
    }

    @Transactional
    public BuddyPair pause(Long pairId) {
        BuddyPair p = asMember(pairId);
        p.moveTo(PairStatus.PAUSED);
        Member me = me(p);
        notifications.notify(
                p.other(me.getId()),
                me.getFullName() + " paused your buddy pair",
                "Either of you can resume it when you are ready.",
                link(p),
                me);
        return p;
    }

    @Transactional
    public BuddyPair resume(Long pairId) {
        BuddyPair p = asMember(pairId);
        if (p.getStatus() != PairStatus.PAUSED) {
            throw new BusinessException("Only a paused pair can be resumed; this pair is "
                    + p.getStatus().label().toLowerCase() + ".");
        }
        p.moveTo(PairStatus.ACTIVE);
        // The pause was agreed, not silence: count the next six weeks from the resume, as if nudged today.
        p.setLastNudgedOn(LocalDate.now(clock));
        Member me = me(p);
        notifications.notify(
                p.other(me.getId()),
                me.getFullName() + " resumed your buddy pair",
                "Time to arrange your next check-in.",
                link(p),
                me);
        return p;
    }

    @Transactional
    public BuddyPair close(Long pairId, Integer rating, String comment) {
        BuddyPair p = asMember(pairId);
        requireRating(rating, comment);
        p.moveTo(PairStatus.CLOSED);
        p.setClosedAt(clock.instant());
        p.getRequest().setStatus(RequestStatus.CLOSED);
        Member me = me(p);
        feedback.save(new BuddyFeedback(p, me, rating, blankToNull(comment), clock.instant()));
        notifications.notify(
                p.other(me.getId()),
                me.getFullName() + " closed your buddy pair",
                "Thank you for taking part. Please leave your own rating and comment on the pair's page.",
                link(p),
                me);
        return p;
    }

    /** The other side's feedback after the pair is closed; one per person. */
    @Transactional
    public void leaveFeedback(Long pairId, Integer rating, String comment) {
        BuddyPair p = asMember(pairId);
        if (p.getStatus() != PairStatus.CLOSED) {
            throw new BusinessException("Feedback is given when the pair closes; close the pair to leave it.");
        }
        requireRating(rating, comment);
        Member me = me(p);
        if (feedback.existsByPairIdAndAuthorId(pairId, me.getId())) {
            throw new BusinessException("You have already left feedback for this pair.");
        }
        feedback.save(new BuddyFeedback(p, me, rating, blankToNull(comment), clock.instant()));
    }

    /** Demo data only: pairs that started weeks ago, so the overview and the nudge have something to show. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public void backdateForDemo(Long pairId, LocalDate activatedOn) {
        pairs.findById(pairId).orElseThrow().setActivatedOn(activatedOn);
    }

    private BuddyPair asMember(Long pairId) {
        BuddyPair p = pairs.findWithPeople(pairId)
                .orElseThrow(() -> new BusinessException("This buddy pair no longer exists."));
        if (!p.involves(CurrentUser.memberId().orElse(null))) {
            throw new AccessDeniedException("Only the two members of a pair can change it");
        }
        return p;
    }

    private BuddyPair asBuddy(Long pairId, String message) {
        BuddyPair p = asMember(pairId);
        if (!p.getBuddy().getId().equals(CurrentUser.memberId().orElse(null))) {
            throw new AccessDeniedException(message);
        }
        return p;
    }

    private static Member me(BuddyPair p) {
        Long me = CurrentUser.memberId().orElseThrow();
        return me.equals(p.getBuddy().getId()) ? p.getBuddy() : p.getNewcomer();
    }

    private static void requireRating(Integer rating, String comment) {
        if (rating == null || rating < 1 || rating > 5) {
            throw new BusinessException("Choose a rating from 1 (poor) to 5 (excellent).");
        }
        if (comment != null && comment.length() > 1000) {
            throw new BusinessException("Keep the comment to 1,000 characters or fewer.");
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String link(BuddyPair p) {
        return "buddying/pair/" + p.getId();
    }
}
