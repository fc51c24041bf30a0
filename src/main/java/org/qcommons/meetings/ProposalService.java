package org.qcommons.meetings;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions between meetings: a seat holder proposes with a closing date; seat holders answer agree, abstain,
 * disagree or block, each with a reason the group can read; after the close the convenor records the outcome, and
 * an agreed one joins the group's decisions with its review date.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProposalService {

    /** A proposal stays open at least until tomorrow and at most eight weeks: it must not outlast the next meeting. */
    static final int MAX_OPEN_DAYS = 56;

    private final ProposalRepository proposals;
    private final MeetingLookup lookup;
    private final GroupAccess access;
    private final MeetingBroadcaster broadcaster;
    private final EntityManager em;
    private final Clock clock;

    ProposalService(
            ProposalRepository proposals,
            MeetingLookup lookup,
            GroupAccess access,
            MeetingBroadcaster broadcaster,
            EntityManager em,
            Clock clock) {
        this.proposals = proposals;
        this.lookup = lookup;
        this.access = access;
        this.broadcaster = broadcaster;
        this.em = em;
        this.clock = clock;
    }

    /** The group's proposals, newest first; like the thread they are for the seat holders. */
    public List<Proposal> proposals(MeetingGroup group) {
        access.requireSeatHolder(group);
        return proposals.findByGroup(group.getId());
    }

    public List<ProposalResponse> responses(Long proposalId) {
        Proposal p = proposal(proposalId);
        access.requireSeatHolder(p.getGroup());
        return proposals.findResponses(proposalId);
    }

    /** Agreed outcomes, shown with the meeting decisions to whoever may see the group's decisions. */
    @PreAuthorize("permitAll()")
    public List<Proposal> decisions(MeetingGroup group) {
        access.requireSee(group);
        return proposals.findDecisions(group.getId());
    }

    @Transactional
    public Proposal propose(Long groupId, String title, String body, LocalDate closesOn) {
        MeetingGroup group = lookup.group(groupId);
        access.requireSeatHolder(group);
        LocalDate today = access.today();
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new BusinessException("Give the proposal a title of 200 characters or fewer.");
        }
        if (body == null || body.isBlank() || body.length() > 4000) {
            throw new BusinessException("Describe the proposal in 4,000 characters or fewer.");
        }
        if (closesOn == null || !closesOn.isAfter(today) || closesOn.isAfter(today.plusDays(MAX_OPEN_DAYS))) {
            throw new BusinessException("Choose a closing date between tomorrow and eight weeks from today.");
        }
        Proposal p = proposals.save(new Proposal(group, me(), title.strip(), body.strip(), closesOn, clock.instant()));
        broadcaster.groupChanged(groupId, MeetingChange.Kind.DISCUSSION);
        return p;
    }

    /** Answers, or changes one's answer, while the proposal is open. */
    @Transactional
    public ProposalResponse respond(Long proposalId, Stance stance, String reason) {
        Proposal p = proposal(proposalId);
        access.requireSeatHolder(p.getGroup());
        if (!p.isOpen(access.today())) {
            throw new BusinessException("This proposal has closed; responses are no longer taken.");
        }
        if (stance == null) {
            throw new BusinessException("Choose agree, abstain, disagree or block.");
        }
        if (reason == null || reason.isBlank() || reason.length() > 1000) {
            throw new BusinessException("Give your reason in 1,000 characters or fewer.");
        }
        Member me = me();
        ProposalResponse r = proposals.findResponse(proposalId, me.getId()).orElse(null);
        if (r == null) {
            r = new ProposalResponse(p, me, stance, reason.strip(), clock.instant());
            em.persist(r);
        } else {
            r.answer(stance, reason.strip(), clock.instant());
        }
        em.flush();
        broadcaster.groupChanged(p.getGroup().getId(), MeetingChange.Kind.DISCUSSION);
        return r;
    }

    /**
     * The convenor records the outcome once the closing date has passed (or earlier, to withdraw it). An agreed
     * outcome is a decision: it needs its wording and a review date.
     */
    @Transactional
    public Proposal recordOutcome(
            Long proposalId, long expectedVersion, ProposalOutcome outcome, String decisionText, LocalDate reviewDate) {
        Proposal p = proposal(proposalId);
        access.requireApprove(p.getGroup());
        if (p.getVersion() != expectedVersion) {
            throw new org.qcommons.base.ConcurrentEditException("This proposal");
        }
        if (p.isDecided()) {
            throw new BusinessException("The outcome of this proposal has already been recorded.");
        }
        if (outcome == null) {
            throw new BusinessException("Choose the outcome.");
        }
        LocalDate today = access.today();
        if (outcome != ProposalOutcome.WITHDRAWN && !today.isAfter(p.getClosesOn())) {
            throw new BusinessException("Record the outcome after the proposal closes on " + p.getClosesOn() + ".");
        }
        String text = MeetingRules.blankToNull(decisionText);
        if (outcome == ProposalOutcome.AGREED) {
            if (text == null || text.length() > 1000) {
                throw new BusinessException("Word the decision in 1,000 characters or fewer.");
            }
            if (reviewDate == null || !reviewDate.isAfter(today)) {
                throw new BusinessException("Choose a review date after today.");
            }
            boolean blocked = proposals.findResponses(proposalId).stream().anyMatch(r -> r.getStance() == Stance.BLOCK);
            if (blocked) {
                throw new BusinessException("A seat holder blocked this proposal: it cannot be recorded as agreed.");
            }
        }
        p.decide(outcome, text, outcome == ProposalOutcome.AGREED ? reviewDate : null, me(), clock.instant());
        em.flush();
        broadcaster.groupChanged(p.getGroup().getId(), MeetingChange.Kind.DISCUSSION);
        return p;
    }

    private Proposal proposal(Long id) {
        return proposals.findWithGroup(id).orElseThrow(() -> new BusinessException("This proposal no longer exists."));
    }

    private Member me() {
        return em.find(
                Member.class, CurrentUser.memberId().orElseThrow(() -> new AccessDeniedException("No member profile")));
    }
}
