package org.qcommons.buddying;

import java.time.LocalDate;
import java.util.List;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reminds quiet pairs to check in: the one job of buddying that runs without a member acting. */
@Service
public class BuddyNudges {

    private final BuddyPairRepository pairs;
    private final NotificationService notifications;

    BuddyNudges(BuddyPairRepository pairs, NotificationService notifications) {
        this.pairs = pairs;
        this.notifications = notifications;
    }

    /**
     * Nudges both members of every active pair with no check-in (or start) for six weeks, at most once per six
     * weeks. Runs daily from {@link BuddyNudgeScheduler}; tests call it with any date.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('SYSTEM','ADMIN')")
    public int nudgeQuietPairs(LocalDate today) {
        List<BuddyPair> quiet = pairs.findQuiet(today.minusDays(BuddyPairService.QUIET_DAYS));
        for (BuddyPair p : quiet) {
            String since = p.getLastCheckInOn() == null
                    ? "you started on " + BuddyPairService.DAY.format(p.getActivatedOn())
                    : "your last check-in on " + BuddyPairService.DAY.format(p.getLastCheckInOn());
            for (Member m : List.of(p.getBuddy(), p.getNewcomer())) {
                notifications.notify(
                        m,
                        "Time for a buddy check-in with " + p.other(m.getId()).getFullName(),
                        "It has been six weeks or more since " + since + ". A short call is enough.",
                        BuddyPairService.link(p),
                        p.other(m.getId()));
            }
            p.setLastNudgedOn(today);
        }
        return quiet.size();
    }
}
