package org.qcommons.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.SeatHolder;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Elections move on by their dates without waiting for a convenor (decision 115): on the first voting day
 * nominations end and voting opens (or the few standing are elected unopposed); on the day after the last voting
 * day voting closes and the ballots are counted, leaving publication to the convenor, who reads the count sheet
 * first. Each step goes through {@link ElectionService} as SYSTEM, in its own transaction with its notifications,
 * so one election that cannot move does not hold up the others.
 */
@Component
class ElectionCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(ElectionCalendar.class);
    static final String NO_CANDIDATES = "NO_CANDIDATES";

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final ElectorateRepository electorate;
    private final ElectorateSnapshot snapshot;
    private final ElectionLogRepository logs;
    private final ElectionService service;
    private final ElectionLedger ledger;
    private final GroupService groups;
    private final NotificationService notifications;
    private final TransactionTemplate tx;
    private final Clock clock;

    ElectionCalendar(
            ElectionRepository elections,
            CandidateRepository candidates,
            ElectorateRepository electorate,
            ElectorateSnapshot snapshot,
            ElectionLogRepository logs,
            ElectionService service,
            ElectionLedger ledger,
            GroupService groups,
            NotificationService notifications,
            TransactionTemplate tx,
            Clock clock) {
        this.elections = elections;
        this.candidates = candidates;
        this.electorate = electorate;
        this.snapshot = snapshot;
        this.logs = logs;
        this.service = service;
        this.ledger = ledger;
        this.groups = groups;
        this.notifications = notifications;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${qcommons.governance.elections-cron:0 5 0 * * *}", zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "governance.election-calendar", lockAtMostFor = "PT30M")
    public void daily() {
        SystemRunner.asSystem(() -> moveDue(LocalDate.now(clock)));
    }

    /** How many elections moved on, on this day. */
    int moveDue(LocalDate today) {
        int moved = 0;
        for (Election due : elections.findDueToMove(today)) {
            try {
                Boolean done = tx.execute(s -> move(due.getId(), today));
                moved += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException ex) {
                // Logged and retried tomorrow; a convenor can still move it by hand.
                LOG.warn("Election {} could not move on by date: {}", due.getId(), ex.getMessage());
            }
        }
        return moved;
    }

    private boolean move(Long id, LocalDate today) {
        Election e = elections.findWithGroup(id).orElseThrow();
        if (e.getStatus() == ElectionStatus.NOMINATIONS) {
            return openVoting(e);
        }
        if (e.getStatus() == ElectionStatus.VOTING && today.isAfter(e.getVotingClose())) {
            service.closeVoting(id);
            service.count(id);
            tellManagers(
                    e,
                    "Voting has closed in " + e.getTitle(),
                    "Voting closed at the end of " + ElectionService.UK.format(e.getVotingClose()) + " and the"
                            + " ballots have been counted. Read the count sheet, then publish the results.");
            return true;
        }
        return false;
    }

    private boolean openVoting(Election e) {
        long standing = candidates.findByElection(e.getId()).stream()
                .filter(Candidate::isStanding)
                .count();
        if (standing == 0) {
            // Said once, not every night: the convenor extends the nominations or cancels.
            boolean told = logs.findByElection(e.getId()).stream().anyMatch(l -> NO_CANDIDATES.equals(l.getAction()));
            if (!told) {
                ledger.record(e, NO_CANDIDATES, "Voting could not open on its date: no one is standing");
                tellManagers(
                        e,
                        "No one is standing in " + e.getTitle(),
                        "Voting was due to open on " + ElectionService.UK.format(e.getVotingOpen()) + ", but no one"
                                + " is standing. Extend the nominations or cancel the election.");
            }
            return false;
        }
        Election after = service.startVoting(e.getId());
        if (after.getStatus() == ElectionStatus.VOTING) {
            String link = "elections/" + e.getId();
            for (Member m : snapshot.members(after)) {
                notifications.notify(
                        m,
                        "Voting is open: " + e.getTitle(),
                        "You can rank the candidates for " + e.getGroup().getName() + " until the end of "
                                + ElectionService.UK.format(e.getVotingClose()) + ". Your ballot is secret.",
                        link);
            }
        } else {
            tellManagers(e, "Elected unopposed in " + e.getTitle(), after.getOutcome() + " Publish the results.");
        }
        return true;
    }

    private void tellManagers(Election e, String title, String body) {
        List<SeatHolder> seats = groups.seats(e.getGroup());
        Set<Long> convenors = new LinkedHashSet<>();
        seats.stream()
                .filter(SeatHolder::convenor)
                .map(SeatHolder::memberId)
                .filter(Objects::nonNull)
                .forEach(convenors::add);
        for (Long memberId : convenors) {
            electorate
                    .findById(memberId)
                    .ifPresent(m -> notifications.notify(m, title, body, "elections/" + e.getId()));
        }
    }
}
