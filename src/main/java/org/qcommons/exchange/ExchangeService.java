package org.qcommons.exchange;

import jakarta.persistence.EntityManager;
import org.qcommons.base.BusinessException;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.base.security.CurrentUser;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The exchange workflow. Each step locks the exchange row, asks {@link ExchangeWorkflow} whether the step is legal
 * for this person now, applies it and tells the people concerned (bell and email, sent after commit).
 */
@Service
@Transactional(readOnly = true)
public class ExchangeService {

    private final ExchangeRepository exchanges;
    private final ExpertiseRequestRepository requests;
    private final SignatoryRepository signatories;
    private final ExchangeQueries queries;
    private final LedgerPoster ledger;
    private final NotificationService notifications;
    private final EntityManager em;

    ExchangeService(ExchangeRepository exchanges, ExpertiseRequestRepository requests, SignatoryRepository signatories,
                    ExchangeQueries queries, LedgerPoster ledger, NotificationService notifications, EntityManager em) {
        this.exchanges = exchanges;
        this.requests = requests;
        this.signatories = signatories;
        this.queries = queries;
        this.ledger = ledger;
        this.notifications = notifications;
        this.em = em;
    }

    /** The host's coordinator invites a member of another signatory. */
    @Transactional
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public Exchange invite(Long requestId, Long memberId) {
        ExpertiseRequest r = requests.findById(requestId)
                .orElseThrow(() -> new BusinessException("This request no longer exists."));
        if (!Acting.coordinates(r.getRequestingOrg())) {
            throw new AccessDeniedException("Only the requesting organisation's coordinators invite candidates");
        }
        if (r.getStatus() != RequestStatus.OPEN) {
            throw new BusinessException("This request is " + r.getStatus().label().toLowerCase() + "; reopen it to invite anyone.");
        }
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.isActive()) {
            throw new BusinessException("That member is not active on Q Commons.");
        }
        if (member.getOrganisation() == null || member.getOrganisation().equals(r.getRequestingOrg())) {
            throw new BusinessException(member.getFullName() + " works for your own organisation; the concordat lends between organisations.");
        }
        Signatory lender = signatories.findByOrganisationId(member.getOrganisation().getId()).orElseThrow(() ->
                new BusinessException(member.getOrganisation().getName() + " has not signed the concordat, so it cannot lend staff."));
        if (exchanges.existsFor(requestId, memberId)) {
            throw new BusinessException(member.getFullName() + " has already been invited to this request.");
        }
        if (lender.getLendingCapDays() != null
                && queries.committedThisQuarter(lender.getOrganisation().getId(), LocalDate.now()) >= lender.getLendingCapDays()) {
            throw new BusinessException(lender.getOrganisation().getName() + " has reached its lending cap for this quarter.");
        }
        Exchange e = new Exchange(r, member, member.getOrganisation(), em.getReference(Member.class, Acting.memberId()),
                r.getDaysNeeded());
        try {
            e = exchanges.saveAndFlush(e);
        } catch (DataIntegrityViolationException ex) {
            throw new BusinessException(member.getFullName() + " has already been invited to this request.");
        }
        notifications.notify(member, "You are invited: " + r.getTitle(),
                r.getRequestingOrg().getName() + " invites you to lend " + r.getDaysNeeded() + " days of your expertise "
                        + "through the concordat. Please accept or decline.", link(e));
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Exchange accept(Long id) {
        Exchange e = step(id, ExchangeAction.ACCEPT);
        notifyAll(e, coordinatorsOf(e.getLender().getId()), "Release needed: " + e.getMember().getFullName(),
                e.getMember().getFullName() + " has accepted an invitation from " + e.getHost().getName() + " for "
                        + e.getDaysAgreed() + " days. Please approve or refuse the release.");
        notifyAll(e, coordinatorsOf(e.getHost().getId()), "Invitation accepted: " + e.getRequest().getTitle(),
                e.getMember().getFullName() + " has accepted. Their home organisation now decides on the release.");
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Exchange decline(Long id, String reason) {
        Exchange e = step(id, ExchangeAction.DECLINE);
        e.setReason(optional(reason));
        notifyAll(e, coordinatorsOf(e.getHost().getId()), "Invitation declined: " + e.getRequest().getTitle(),
                e.getMember().getFullName() + " has declined." + because(e.getReason()));
        return e;
    }

    /**
     * READ COMMITTED so that, once this transaction holds the lender's lock, the committed-days sum sees every approval
     * that committed before it; under REPEATABLE READ it would read an older snapshot and could overshoot the cap.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public Exchange approveRelease(Long id, String note) {
        Exchange locked = exchanges.lockById(id).orElseThrow(() -> new BusinessException("This exchange no longer exists."));
        ExchangeWorkflow.next(locked.getState(), ExchangeAction.APPROVE_RELEASE, partiesOf(locked));
        // Lock the lender's signature so two approvals at once cannot both slip under the cap.
        Signatory lender = signatories.lockByOrganisationId(locked.getLender().getId()).orElseThrow(() ->
                new BusinessException(locked.getLender().getName() + " is no longer a signatory of the concordat."));
        if (lender.getLendingCapDays() != null) {
            int committed = queries.committedThisQuarter(lender.getOrganisation().getId(), LocalDate.now());
            if (committed + locked.getDaysAgreed() > lender.getLendingCapDays()) {
                throw new BusinessException("Approving would exceed " + lender.getOrganisation().getName()
                        + "'s lending cap of " + lender.getLendingCapDays() + " days this quarter (" + committed
                        + " already committed).");
            }
        }
        Exchange e = step(id, ExchangeAction.APPROVE_RELEASE);
        e.setReleaseNote(optional(note));
        String body = e.getLender().getName() + " has released " + e.getMember().getFullName() + " for "
                + e.getDaysAgreed() + " days. The exchange is agreed.";
        notifications.notify(e.getMember(), "Release approved: " + e.getRequest().getTitle(), body, link(e));
        notifyAll(e, coordinatorsOf(e.getHost().getId()), "Exchange agreed: " + e.getRequest().getTitle(), body);
        return e;
    }

    @Transactional
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public Exchange refuseRelease(Long id, String reason) {
        String why = required(reason, "Give a reason for refusing the release; the member and the host will see it.");
        Exchange e = step(id, ExchangeAction.REFUSE_RELEASE);
        e.setReason(why);
        String body = e.getLender().getName() + " cannot release " + e.getMember().getFullName() + because(why);
        notifications.notify(e.getMember(), "Release refused: " + e.getRequest().getTitle(), body, link(e));
        notifyAll(e, coordinatorsOf(e.getHost().getId()), "Release refused: " + e.getRequest().getTitle(), body);
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Exchange logDays(Long id, int days) {
        if (days < 1) {
            throw new BusinessException("Log at least one day.");
        }
        Exchange e = step(id, ExchangeAction.LOG_DAYS);
        if (days > e.getDaysAgreed() * 2) {
            throw new BusinessException("That is more than twice the " + e.getDaysAgreed()
                    + " days agreed. Check the figure, or ask the host to agree more days first.");
        }
        e.setDaysLogged(days);
        notifyAll(e, coordinatorsOf(e.getHost().getId()), "Days to confirm: " + e.getRequest().getTitle(),
                e.getMember().getFullName() + " has logged " + days + " days delivered. Please confirm them.");
        return e;
    }

    /** The host confirms the days: the moment the ledger records them. */
    @Transactional
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public Exchange confirmDays(Long id) {
        Exchange e = step(id, ExchangeAction.CONFIRM_DAYS);
        ledger.post(e, e.getDaysLogged(), "CONFIRM", "Days confirmed by " + e.getHost().getName());
        String body = e.getHost().getName() + " has confirmed " + e.getDaysLogged() + " days given by "
                + e.getMember().getFullName() + ". Please leave feedback to complete the exchange.";
        notifications.notify(e.getMember(), "Days confirmed: " + e.getRequest().getTitle(), body, link(e));
        notifyAll(e, coordinatorsOf(e.getLender().getId()), "Days confirmed: " + e.getRequest().getTitle(), body);
        return e;
    }

    /** Each side leaves feedback once; when both have, the exchange is complete. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Exchange leaveFeedback(Long id, String feedback) {
        String text = required(feedback, "Write your feedback before sending it.");
        Exchange e = step(id, ExchangeAction.LEAVE_FEEDBACK);
        Set<Party> parties = partiesOf(e);
        boolean member = parties.contains(Party.MEMBER) && e.getMemberFeedback() == null;
        boolean host = !member && parties.contains(Party.HOST_COORDINATOR) && e.getHostFeedback() == null;
        if (!member && !host) {
            throw new IllegalTransitionException("You have already left feedback on this exchange.");
        }
        if (member) {
            e.setMemberFeedback(text);
        } else {
            e.setHostFeedback(text);
        }
        if (e.getMemberFeedback() != null && e.getHostFeedback() != null) {
            e.moveTo(ExchangeState.COMPLETE);
            String body = "Both sides have left feedback. The exchange of " + e.getDaysLogged() + " days is complete.";
            notifications.notify(e.getMember(), "Exchange complete: " + e.getRequest().getTitle(), body, link(e));
            notifyAll(e, coordinatorsOf(e.getHost().getId()), "Exchange complete: " + e.getRequest().getTitle(), body);
            notifyAll(e, coordinatorsOf(e.getLender().getId()), "Exchange complete: " + e.getRequest().getTitle(), body);
        } else if (member) {
            notifyAll(e, coordinatorsOf(e.getHost().getId()), "Feedback received: " + e.getRequest().getTitle(),
                    e.getMember().getFullName() + " has left feedback. Leave yours to complete the exchange.");
        } else {
            notifications.notify(e.getMember(), "Feedback received: " + e.getRequest().getTitle(),
                    e.getHost().getName() + " has left feedback. Leave yours to complete the exchange.", link(e));
        }
        return e;
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public Exchange cancel(Long id, String reason) {
        String why = required(reason, "Give a reason for cancelling; the other side will see it.");
        Exchange e = step(id, ExchangeAction.CANCEL);
        e.setReason(why);
        Set<Member> told = new LinkedHashSet<>();
        told.add(e.getMember());
        told.addAll(coordinatorsOf(e.getHost().getId()));
        told.addAll(coordinatorsOf(e.getLender().getId()));
        Long me = Acting.memberId();
        told.removeIf(m -> m.getId().equals(me));
        notifyAll(e, told, "Exchange cancelled: " + e.getRequest().getTitle(),
                "The exchange between " + e.getLender().getName() + " and " + e.getHost().getName() + " for "
                        + e.getMember().getFullName() + " was cancelled" + because(why));
        return e;
    }

    /** An exchange is visible to its member, both organisations' coordinators and ADMINs. */
    @PreAuthorize("isAuthenticated()")
    public Optional<Exchange> exchange(Long id) {
        return id == null ? Optional.empty()
                : exchanges.findById(id).filter(e -> CurrentUser.isAdmin() || !partiesOf(e).isEmpty());
    }

    @PreAuthorize("isAuthenticated()")
    public Page<Exchange> visibleExchanges(ExchangeState state, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt"));
        return exchanges.findVisible(CurrentUser.isAdmin(), Acting.memberId(), Acting.coordinatorOrgId().orElse(-1L),
                state, sorted);
    }

    @PreAuthorize("isAuthenticated()")
    public List<Exchange> exchangesFor(Long requestId) {
        ExpertiseRequest r = requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        if (!CurrentUser.isAdmin() && !Acting.coordinates(r.getRequestingOrg())) {
            return exchanges.findByRequest(requestId).stream().filter(e -> !partiesOf(e).isEmpty()).toList();
        }
        return exchanges.findByRequest(requestId);
    }

    /** Which sides of this exchange the current user stands on; empty for anyone else. */
    @PreAuthorize("isAuthenticated()")
    public Set<Party> partiesOf(Exchange e) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (CurrentUser.memberId().filter(e.getMember().getId()::equals).isPresent()) {
            parties.add(Party.MEMBER);
        }
        if (Acting.coordinates(e.getLender())) {
            parties.add(Party.HOME_COORDINATOR);
        }
        if (Acting.coordinates(e.getHost())) {
            parties.add(Party.HOST_COORDINATOR);
        }
        return parties;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean canDo(Exchange e, ExchangeAction action) {
        if (action == ExchangeAction.LEAVE_FEEDBACK && e.getState() == ExchangeState.CONFIRMED) {
            Set<Party> p = partiesOf(e);
            return (p.contains(Party.MEMBER) && e.getMemberFeedback() == null)
                    || (p.contains(Party.HOST_COORDINATOR) && e.getHostFeedback() == null);
        }
        return ExchangeWorkflow.allowed(e.getState(), action, partiesOf(e));
    }

    private Exchange step(Long id, ExchangeAction action) {
        Exchange e = exchanges.lockById(id).orElseThrow(() -> new BusinessException("This exchange no longer exists."));
        e.moveTo(ExchangeWorkflow.next(e.getState(), action, partiesOf(e)));
        return e;
    }

    private List<Member> coordinatorsOf(Long orgId) {
        return exchanges.findCoordinatorsOf(orgId);
    }

    private void notifyAll(Exchange e, Iterable<Member> recipients, String title, String body) {
        for (Member m : recipients) {
            notifications.notify(m, title, body, link(e));
        }
    }

    private static String link(Exchange e) {
        return "exchange/exchanges/" + e.getId();
    }

    private static String because(String reason) {
        return reason == null ? "." : ". Reason: " + reason;
    }

    private static String optional(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String required(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new BusinessException(message);
        }
        return s.trim();
    }
}
