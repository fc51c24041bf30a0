package org.qcommons.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.meetings.GroupService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The elected take their seats on the first day of their term (at publication if that day has come) and leave
 * them the day after it ends. Seats are made through the meetings module's own service, run as the system so
 * that its permission checks stay in place.
 */
@Component
@EnableConfigurationProperties(GovernanceProperties.class)
class ElectionSeating {

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final TermRepository terms;
    private final GroupService groups;
    private final ElectionLedger ledger;
    private final Clock clock;

    ElectionSeating(
            ElectionRepository elections,
            CandidateRepository candidates,
            TermRepository terms,
            GroupService groups,
            ElectionLedger ledger,
            Clock clock) {
        this.elections = elections;
        this.candidates = candidates;
        this.terms = terms;
        this.groups = groups;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Scheduled(cron = "${qcommons.governance.seats-cron:0 15 0 * * *}", zone = "${qcommons.time-zone:Europe/London}")
    @SchedulerLock(name = "governance.seats", lockAtMostFor = "PT30M")
    @Transactional
    public void daily() {
        LocalDate today = LocalDate.now(clock);
        elections.findDueForSeats(today).forEach(this::seatIfDue);
        for (Term t : terms.findEnded(today)) {
            Long seat = t.getSeatId();
            SystemRunner.asSystem(() -> groups.removeSeat(seat));
            t.seated(null, t.getSeatedAt());
        }
    }

    @Transactional
    void seatIfDue(Election e) {
        if (e.getSeatedAt() != null || LocalDate.now(clock).isBefore(e.getTermStart())) {
            return;
        }
        Long groupId = e.getGroup().getId();
        // An incumbent re-elected keeps the seat they hold; calling addSeat for them would fail and, inside this
        // transaction, mark it for rollback.
        Map<Long, Long> held = new HashMap<>();
        SystemRunner.asSystem(() -> groups.seats(e.getGroup())).forEach(h -> {
            if (h.memberId() != null) {
                held.putIfAbsent(h.memberId(), h.seatId());
            }
        });
        for (Candidate c : candidates.findByElection(e.getId())) {
            if (!c.isElected()) {
                continue;
            }
            Term term = terms.save(new Term(e, c.getMember()));
            Long memberId = c.getMember().getId();
            Long seatId = held.containsKey(memberId)
                    ? held.get(memberId)
                    : SystemRunner.asSystem(() -> groups.addSeat(groupId, memberId, e.getSeatRole(), false))
                            .getId();
            term.seated(seatId, clock.instant());
            ledger.record(
                    e,
                    "SEATED",
                    c.getMember().getFullName() + (held.containsKey(memberId) ? " (already held a seat)" : "")
                            + " until " + ElectionService.UK.format(e.getTermEnd()));
        }
        e.setSeatedAt(clock.instant());
    }
}
