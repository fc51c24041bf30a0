package org.qcommons.governance;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.meetings.GroupService;
import org.qcommons.meetings.MeetingGroup;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Elections for a group's seats, from opening to publication (decisions 092 and 133). Nominations and ballots
 * have their own services; seats are taken at the term start by {@link ElectionSeating}.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("permitAll()")
public class ElectionService {

    static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final BallotRepository ballots;
    private final ElectorateSnapshot electorate;
    private final ElectionLogRepository logs;
    private final ElectionAccess access;
    private final ElectionLedger ledger;
    private final ElectionCounter counter;
    private final ElectionSeating seating;
    private final GroupService groups;
    private final Clock clock;

    ElectionService(
            ElectionRepository elections,
            CandidateRepository candidates,
            BallotRepository ballots,
            ElectorateSnapshot electorate,
            ElectionLogRepository logs,
            ElectionAccess access,
            ElectionLedger ledger,
            ElectionCounter counter,
            ElectionSeating seating,
            GroupService groups,
            Clock clock) {
        this.elections = elections;
        this.candidates = candidates;
        this.ballots = ballots;
        this.electorate = electorate;
        this.logs = logs;
        this.access = access;
        this.ledger = ledger;
        this.counter = counter;
        this.seating = seating;
        this.groups = groups;
        this.clock = clock;
    }

    /** The group's elections as the reader may see them: anonymous visitors see published results only. */
    public List<Election> forGroup(MeetingGroup group) {
        if (groups.byId(group.getId()).isEmpty()) {
            return List.of();
        }
        return elections.findByGroup(group.getId()).stream()
                .filter(e -> CurrentUser.isSignedIn() || e.resultsOut())
                .toList();
    }

    public Optional<Election> byId(Long id) {
        return id == null ? Optional.empty() : elections.findWithGroup(id).filter(access::canSee);
    }

    /** Today in the application's clock, for forms that suggest dates. */
    public LocalDate today() {
        return access.today();
    }

    public boolean canManage(MeetingGroup group) {
        return access.canManage(group);
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','CONVENOR')")
    public Election open(Long groupId, ElectionForm f) {
        MeetingGroup group =
                groups.byId(groupId).orElseThrow(() -> new BusinessException("That group no longer exists."));
        access.requireManage(group);
        if (group.getRegion() == null) {
            throw new BusinessException(
                    "This group has no region, so there is no electorate. Set the group's region" + " first.");
        }
        f.check();
        Election e = new Election(group, f.title().trim(), f.seats(), f.role());
        e.setNominationsOpen(f.nominationsOpen());
        e.setNominationsClose(f.nominationsClose());
        e.setVotingOpen(f.votingOpen());
        e.setVotingClose(f.votingClose());
        e.setTermStart(f.termStart());
        e.setTermEnd(f.termEnd());
        e.setLotSeed(RANDOM.nextLong());
        e.setCreatedAt(clock.instant());
        Election saved = elections.save(e);
        ledger.record(
                saved,
                "OPENED",
                f.seats() + " seat(s); nominations " + UK.format(f.nominationsOpen()) + "-"
                        + UK.format(f.nominationsClose()) + ", voting " + UK.format(f.votingOpen()) + "-"
                        + UK.format(f.votingClose()) + ", term " + UK.format(f.termStart()) + "-"
                        + UK.format(f.termEnd()));
        return saved;
    }

    /**
     * Ends nominations. Candidates who have left the region are taken off the ballot. With no candidates there
     * is nothing to vote on; with no more candidates than seats, they are elected unopposed; otherwise voting opens
     * and the electorate is fixed (decision 133).
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Election startVoting(Long id) {
        Election e = changing(id, ElectionStatus.NOMINATIONS);
        if (access.today().isBefore(e.getVotingOpen())) {
            throw new BusinessException("Voting opens on " + UK.format(e.getVotingOpen()) + ".");
        }
        List<Candidate> nominated = candidates.findByElection(id).stream()
                .filter(Candidate::isStanding)
                .toList();
        List<Candidate> standing = electorate.ballot(e, nominated);
        if (standing.isEmpty()) {
            throw new BusinessException("No one is standing"
                    + (nominated.isEmpty() ? "" : " who is still an active" + " member of the region")
                    + ", so there is nothing to vote on. Extend the nominations or cancel"
                    + " the election.");
        }
        if (standing.size() <= e.getSeats()) {
            for (int i = 0; i < standing.size(); i++) {
                standing.get(i).setElectedRank(i + 1);
            }
            e.setStatus(ElectionStatus.COUNTED);
            e.setCountedAt(clock.instant());
            e.setOutcome(standing.size() + " candidate(s) for " + e.getSeats() + " seat(s): elected unopposed, no"
                    + " vote needed"
                    + (standing.size() < e.getSeats()
                            ? "; " + (e.getSeats() - standing.size()) + " seat(s) stay vacant."
                            : "."));
            ledger.record(e, "UNOPPOSED", e.getOutcome());
            return e;
        }
        e.setStatus(ElectionStatus.VOTING);
        electorate.fix(e);
        ledger.record(
                e,
                "VOTING_OPENED",
                standing.size() + " candidates for " + e.getSeats() + " seat(s); electorate " + electorate.size(e));
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Election closeVoting(Long id) {
        Election e = changing(id, ElectionStatus.VOTING);
        if (access.today().isBefore(e.getVotingClose())) {
            throw new BusinessException(
                    "Voting runs until " + UK.format(e.getVotingClose()) + "; it can be closed" + " from that day.");
        }
        ballots.eraseReceipts(id);
        e.setStatus(ElectionStatus.CLOSED);
        ledger.record(e, "VOTING_CLOSED", ballots.countRoll(id) + " voted; " + ballots.countBallots(id) + " ballots");
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CountSheet count(Long id) {
        Election e = changing(id, ElectionStatus.CLOSED);
        CountSheet result = counter.count(e);
        List<String> elected = result.sheet().elected();
        candidates.findByElection(id).forEach(c -> {
            int rank = elected.indexOf(String.valueOf(c.getId()));
            c.setElectedRank(rank < 0 ? null : rank + 1);
        });
        e.setStatus(ElectionStatus.COUNTED);
        e.setCountedAt(clock.instant());
        e.setOutcome("Elected: "
                + String.join(", ", elected.stream().map(result::name).toList()) + ". Quota "
                + StvCount.Sheet.votes(result.sheet().quota()) + " of "
                + result.sheet().validPapers()
                + " valid ballots, " + result.sheet().stages().size() + " stages.");
        ledger.record(e, "COUNTED", e.getOutcome());
        return result;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Election publish(Long id) {
        Election e = changing(id, ElectionStatus.COUNTED);
        e.setStatus(ElectionStatus.PUBLISHED);
        e.setPublishedAt(clock.instant());
        ledger.record(e, "PUBLISHED", e.getOutcome());
        seating.seatIfDue(e);
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Election cancel(Long id, String reason) {
        Election e =
                elections.findForChange(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
        access.requireManage(e.getGroup());
        if (e.getStatus() == ElectionStatus.PUBLISHED || e.getStatus() == ElectionStatus.CANCELLED) {
            throw new BusinessException("A published or cancelled election cannot be cancelled.");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why the election is cancelled; members will see it.");
        }
        e.setStatus(ElectionStatus.CANCELLED);
        e.setOutcome("Cancelled: " + reason.trim());
        ballots.eraseReceipts(id);
        ledger.record(e, "CANCELLED", reason.trim());
        return e;
    }

    /** The stage-by-stage sheet: for managers once counted, for every reader once published. */
    public Optional<CountSheet> countSheet(Long id) {
        Election e = byId(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
        boolean counted = e.getStatus() == ElectionStatus.COUNTED && e.getCountedAt() != null;
        if (!(e.resultsOut() || (counted && access.canManage(e.getGroup())))) {
            return Optional.empty();
        }
        if (ballots.countBallots(id) == 0) {
            return Optional.empty();
        }
        return Optional.of(counter.count(e));
    }

    public List<Candidate> elected(Long id) {
        Election e = byId(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
        if (!e.resultsOut() && !access.canManage(e.getGroup())) {
            return List.of();
        }
        return candidates.findByElection(id).stream()
                .filter(Candidate::isElected)
                .sorted((a, b) -> a.getElectedRank() - b.getElectedRank())
                .toList();
    }

    /** How many have voted of the electorate fixed when voting opened: the roll's size, never its names. */
    public Turnout turnout(Long id) {
        Election e = byId(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
        return new Turnout(ballots.countRoll(id), electorate.size(e));
    }

    @PreAuthorize("isAuthenticated()")
    public List<ElectionLog> auditTrail(Long id) {
        Election e = byId(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
        access.requireManage(e.getGroup());
        return logs.findByElection(id);
    }

    public record Turnout(long voted, long electorate) {}

    private Election changing(Long id, ElectionStatus expected) {
        Election e =
                elections.findForChange(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
        access.requireManage(e.getGroup());
        if (e.getStatus() != expected) {
            throw new BusinessException("This election is now at the stage \""
                    + e.getStatus().label() + "\"; reload the page to see what has changed.");
        }
        return e;
    }
}
