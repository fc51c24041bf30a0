package org.qcommons.governance;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Standing, nominating, accepting and withdrawing, while nominations are open. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class NominationService {

    static final int MAX_WORDS = 300;

    private final ElectionRepository elections;
    private final CandidateRepository candidates;
    private final ElectorateRepository electorate;
    private final ElectionAccess access;
    private final ElectionLedger ledger;
    private final NotificationService notifications;
    private final EntityManager em;
    private final Clock clock;

    NominationService(
            ElectionRepository elections,
            CandidateRepository candidates,
            ElectorateRepository electorate,
            ElectionAccess access,
            ElectionLedger ledger,
            NotificationService notifications,
            EntityManager em,
            Clock clock) {
        this.elections = elections;
        this.candidates = candidates;
        this.electorate = electorate;
        this.access = access;
        this.ledger = ledger;
        this.notifications = notifications;
        this.em = em;
        this.clock = clock;
    }

    /** Candidates on the ballot; the signed-in member also sees their own pending or withdrawn nomination. */
    @PreAuthorize("permitAll()")
    public List<Candidate> candidates(Long electionId) {
        Election e = election(electionId);
        access.requireSee(e);
        Long me = CurrentUser.memberId().orElse(-1L);
        return candidates.findByElection(electionId).stream()
                .filter(c -> c.isStanding() || c.getMember().getId().equals(me) || access.canManage(e.getGroup()))
                .toList();
    }

    /** Who may be nominated: the active members of the group's region. */
    public List<Member> electorate(Long electionId) {
        Election e = election(electionId);
        access.requireSee(e);
        return electorate.findElectorate(e.getGroup().getRegion().getId());
    }

    /**
     * The candidates on the ballot who are no longer active members of the region. They stay on it: the ballot is
     * fixed when voting opens (decision 133), and voters are told beside their names.
     */
    @PreAuthorize("permitAll()")
    public Set<Long> leftTheRegionSinceVotingOpened(Long electionId) {
        Election e = election(electionId);
        access.requireSee(e);
        // Once the results are out the note is history, not something a voter needs.
        if (e.getElectorateFixedAt() == null || e.resultsOut() || e.getStatus() == ElectionStatus.CANCELLED) {
            return Set.of();
        }
        Set<Long> moved = new HashSet<>();
        candidates.findByElection(electionId).stream()
                .filter(Candidate::isStanding)
                .filter(c -> !eligibleNow(e, c.getMember()))
                .forEach(c -> moved.add(c.getId()));
        return moved;
    }

    private boolean eligibleNow(Election e, Member m) {
        return m.isActive()
                && m.getRegion() != null
                && m.getRegion().getId().equals(e.getGroup().getRegion().getId());
    }

    /** Null when the current member may stand and vote; otherwise why not. */
    public String whyNotEligible(Long electionId) {
        Election e = election(electionId);
        return access.whyNotEligible(e, me());
    }

    @Transactional
    public Candidate stand(Long electionId, String statement, String interests) {
        Election e = open(electionId);
        Member me = me();
        access.requireEligible(e, me);
        if (candidates.findOne(electionId, me.getId()).isPresent()) {
            throw new BusinessException("You are already nominated in this election.");
        }
        Candidate c = new Candidate(e, me, null, CandidateStatus.STANDING, clock.instant());
        describe(c, statement, interests);
        ledger.record(e, "STANDS", me.getFullName());
        return candidates.save(c);
    }

    @Transactional
    public Candidate nominate(Long electionId, Long nomineeId) {
        Election e = open(electionId);
        Member me = me();
        access.requireEligible(e, me);
        Member nominee = em.find(Member.class, nomineeId);
        String why = access.whyNotEligible(e, nominee);
        if (why != null) {
            throw new BusinessException("That member cannot stand: they are not an active member of the "
                    + e.getGroup().getRegion().getName() + " region.");
        }
        if (candidates.findOne(electionId, nomineeId).isPresent()) {
            throw new BusinessException(nominee.getFullName() + " is already nominated in this election.");
        }
        Candidate c =
                candidates.save(new Candidate(e, nominee, me, CandidateStatus.AWAITING_ACCEPTANCE, clock.instant()));
        ledger.record(e, "NOMINATED", nominee.getFullName() + " by " + me.getFullName());
        notifications.notify(
                nominee,
                "You have been nominated for " + e.getGroup().getName(),
                me.getFullName() + " nominated you in \"" + e.getTitle()
                        + "\". Accept with a statement, or decline, by "
                        + ElectionService.UK.format(e.getNominationsClose()) + ".",
                "elections/" + e.getId());
        return c;
    }

    @Transactional
    public Candidate accept(Long candidateId, String statement, String interests) {
        Candidate c = mine(candidateId);
        if (c.getStatus() != CandidateStatus.AWAITING_ACCEPTANCE) {
            throw new BusinessException("This nomination is no longer waiting for your answer.");
        }
        open(c.getElection().getId());
        access.requireEligible(c.getElection(), c.getMember());
        describe(c, statement, interests);
        c.setStatus(CandidateStatus.STANDING);
        ledger.record(c.getElection(), "ACCEPTED", c.getMember().getFullName());
        return c;
    }

    @Transactional
    public Candidate decline(Long candidateId) {
        Candidate c = mine(candidateId);
        if (c.getStatus() != CandidateStatus.AWAITING_ACCEPTANCE) {
            throw new BusinessException("This nomination is no longer waiting for your answer.");
        }
        c.setStatus(CandidateStatus.DECLINED);
        ledger.record(c.getElection(), "DECLINED", c.getMember().getFullName());
        return c;
    }

    /** Before voting opens a candidate may withdraw; after, the ballot stays as the voters saw it. */
    @Transactional
    public Candidate withdraw(Long candidateId) {
        Candidate c = mine(candidateId);
        if (c.getElection().getStatus() != ElectionStatus.NOMINATIONS) {
            throw new BusinessException("Voting has started, so the ballot cannot change. If you are elected you may"
                    + " stand down from the seat.");
        }
        c.setStatus(CandidateStatus.WITHDRAWN);
        ledger.record(c.getElection(), "WITHDREW", c.getMember().getFullName());
        return c;
    }

    static int words(String text) {
        return text == null || text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private void describe(Candidate c, String statement, String interests) {
        if (words(statement) == 0) {
            throw new BusinessException("Write a statement for the voters.");
        }
        if (words(statement) > MAX_WORDS) {
            throw new BusinessException(
                    "The statement has " + words(statement) + " words; keep it to " + MAX_WORDS + ".");
        }
        c.setStatement(statement.trim());
        c.setInterests(interests == null || interests.isBlank() ? "None declared" : interests.trim());
    }

    private Candidate mine(Long candidateId) {
        Candidate c = candidates
                .findWithElection(candidateId)
                .orElseThrow(() -> new BusinessException("That nomination no longer exists."));
        if (!c.getMember().getId().equals(CurrentUser.memberId().orElse(-1L))) {
            throw new AccessDeniedException("Not your nomination");
        }
        return c;
    }

    private Election open(Long electionId) {
        Election e = election(electionId);
        if (!e.acceptsNominations(access.today())) {
            throw new BusinessException(
                    e.getStatus() == ElectionStatus.NOMINATIONS
                            ? "Nominations run from " + ElectionService.UK.format(e.getNominationsOpen()) + " to "
                                    + ElectionService.UK.format(e.getNominationsClose()) + "."
                            : "Nominations have closed in this election.");
        }
        return e;
    }

    private Election election(Long id) {
        return elections.findWithGroup(id).orElseThrow(() -> new BusinessException("This election no longer exists."));
    }

    private Member me() {
        return em.find(Member.class, CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member")));
    }
}
