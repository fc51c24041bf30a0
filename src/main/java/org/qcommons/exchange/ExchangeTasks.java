package org.qcommons.exchange;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.base.tasks.MemberTask;
import org.qcommons.base.tasks.MemberTaskSource;
import org.qcommons.base.tasks.TaskUrgency;
import org.qcommons.base.tasks.WorkItem;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exchange steps that wait for this user, by the workflow's own rule of who acts at each stage, and new
 * requests that need a skill the member offers.
 */
@Component
@Transactional(readOnly = true)
class ExchangeTasks implements MemberTaskSource {

    static final String GROUP = "Exchanges";
    /** How long a new request counts as new on the home page. */
    static final Duration NEW_REQUEST = Duration.ofDays(30);

    private static final EnumSet<ExchangeState> WAITING = EnumSet.of(
            ExchangeState.INVITED, ExchangeState.ACCEPTED, ExchangeState.DAYS_LOGGED, ExchangeState.CONFIRMED);
    private static final EnumSet<ExchangeState> RUNNING = EnumSet.of(
            ExchangeState.INVITED,
            ExchangeState.ACCEPTED,
            ExchangeState.AGREED,
            ExchangeState.DAYS_LOGGED,
            ExchangeState.CONFIRMED);

    private final ExchangeTaskRepository repository;
    private final Clock clock;

    ExchangeTasks(ExchangeTaskRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public List<MemberTask> tasks(QUser user, LocalDate today) {
        Long orgId = user.has(Role.ORG_COORDINATOR) ? user.coordinatorForId() : null;
        List<MemberTask> tasks = new ArrayList<>();
        for (Exchange e : repository.findOpenFor(user.memberId(), orgId, WAITING)) {
            String step = step(e, user.memberId(), orgId);
            if (step != null) {
                // Each step holds up the other parties, so it needs the member soon even once the work has begun.
                LocalDate due = upcoming(e.getRequest().getStartsOn(), today);
                tasks.add(new MemberTask(
                        GROUP,
                        "exchange." + e.getState().name().toLowerCase(),
                        step + ": " + e.getRequest().getTitle(),
                        "exchange/exchanges/" + e.getId(),
                        due == null ? TaskUrgency.SOON : MemberTask.urgencyFor(due, today),
                        due));
            }
        }
        for (ExpertiseRequest r : repository.findMatchingOpenRequests(
                user.memberId(), clock.instant().minus(NEW_REQUEST))) {
            tasks.add(new MemberTask(
                    GROUP,
                    "exchange.matching-request",
                    "A request needs your skills: " + r.getTitle(),
                    "exchange/requests/" + r.getId(),
                    TaskUrgency.LATER,
                    upcoming(r.getStartsOn(), today)));
        }
        return tasks;
    }

    private static LocalDate upcoming(LocalDate day, LocalDate today) {
        return day == null || day.isBefore(today) ? null : day;
    }

    /** What this user must do next on the exchange, or null when the next step is someone else's. */
    private static String step(Exchange e, Long memberId, Long orgId) {
        boolean member = e.getMember().getId().equals(memberId);
        boolean lender = orgId != null && orgId.equals(e.getLender().getId());
        boolean host = orgId != null && orgId.equals(e.getHost().getId());
        return switch (e.getState()) {
            case INVITED -> member ? "Answer the invitation" : null;
            case ACCEPTED -> lender ? "Decide on the staff release" : null;
            case DAYS_LOGGED -> host ? "Confirm the days given" : null;
            case CONFIRMED ->
                member && e.getMemberFeedback() == null
                        ? "Give your feedback"
                        : host && e.getHostFeedback() == null ? "Give the host's feedback" : null;
            default -> null;
        };
    }

    /**
     * Every running exchange the user takes part in: as the member lent, or as coordinator of the organisation that
     * lends or hosts; and the open requests they raised, which are exchanges still looking for their people.
     */
    @Override
    public List<WorkItem> work(QUser user) {
        Long orgId = user.has(Role.ORG_COORDINATOR) ? user.coordinatorForId() : null;
        List<WorkItem> work = new ArrayList<>();
        for (Exchange e : repository.findOpenFor(user.memberId(), orgId, RUNNING)) {
            work.add(new WorkItem(
                    GROUP,
                    e.getRequest().getTitle() + " (" + role(e, user.memberId(), orgId) + ", "
                            + e.getState().label().toLowerCase() + ")",
                    "exchange/exchanges/" + e.getId()));
        }
        for (ExpertiseRequest r : repository.findOpenRequestsOf(user.memberId(), orgId)) {
            work.add(new WorkItem(GROUP, "Request: " + r.getTitle() + " (open)", "exchange/requests/" + r.getId()));
        }
        return work;
    }

    private static String role(Exchange e, Long memberId, Long orgId) {
        if (e.getMember().getId().equals(memberId)) {
            return "you give your time";
        }
        return orgId != null && orgId.equals(e.getHost().getId())
                ? "your organisation hosts"
                : "your organisation lends";
    }
}
