package org.qcommons.buddying;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.qcommons.base.security.QUser;
import org.qcommons.base.tasks.MemberTask;
import org.qcommons.base.tasks.MemberTaskSource;
import org.qcommons.base.tasks.TaskUrgency;
import org.qcommons.base.tasks.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Buddy proposals for the buddy to answer, and check-ins falling due in an active pair: due when the pair has been
 * quiet for the nudge's six weeks, so the home page says it before the nudge does.
 */
@Component
@Transactional(readOnly = true)
class BuddyTasks implements MemberTaskSource {

    static final String GROUP = "Buddying";

    private final BuddyPairRepository pairs;

    BuddyTasks(BuddyPairRepository pairs) {
        this.pairs = pairs;
    }

    @Override
    public List<MemberTask> tasks(QUser user, LocalDate today) {
        List<MemberTask> tasks = new ArrayList<>();
        for (BuddyPair p : pairs.findInvolving(user.memberId())) {
            String link = "buddying/pair/" + p.getId();
            if (p.getStatus() == PairStatus.PROPOSED && p.getBuddy().getId().equals(user.memberId())) {
                tasks.add(new MemberTask(
                        GROUP,
                        "buddying.proposal",
                        "Answer the buddy proposal for " + p.getNewcomer().getFullName(),
                        link,
                        TaskUrgency.SOON,
                        null));
            } else if (p.getStatus() == PairStatus.ACTIVE) {
                LocalDate since = p.getLastCheckInOn() != null ? p.getLastCheckInOn() : p.getActivatedOn();
                LocalDate due = since == null ? today : since.plusDays(BuddyPairService.QUIET_DAYS);
                if (!due.isAfter(today.plusDays(7))) {
                    tasks.add(new MemberTask(
                            GROUP,
                            "buddying.check-in",
                            "Check in with " + other(p, user.memberId()),
                            link,
                            MemberTask.urgencyFor(due, today),
                            due));
                }
            }
        }
        return tasks;
    }

    @Override
    public List<WorkItem> work(QUser user) {
        return pairs.findInvolving(user.memberId()).stream()
                .filter(p -> p.getStatus() == PairStatus.ACTIVE || p.getStatus() == PairStatus.PAUSED)
                .map(p -> new WorkItem(
                        GROUP, "Buddy pair with " + other(p, user.memberId()), "buddying/pair/" + p.getId()))
                .toList();
    }

    private static String other(BuddyPair p, Long me) {
        return p.getBuddy().getId().equals(me)
                ? p.getNewcomer().getFullName()
                : p.getBuddy().getFullName();
    }
}
