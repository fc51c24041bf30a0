package org.qcommons.exchange;

import static org.qcommons.exchange.ExchangeSteps.because;
import static org.qcommons.exchange.ExchangeSteps.optional;
import static org.qcommons.exchange.ExchangeSteps.partiesOf;
import static org.qcommons.exchange.ExchangeSteps.required;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.people.Member;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exchanges as people see them, and the invitation end of the workflow: invite, accept, decline, cancel. The
 * release and delivery steps live in {@link ExchangeDeliveryService}. Row-level rules (my exchange, my
 * organisation's) are checked in each method; signing in is the default rule.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ExchangeService {

    private final ExchangeRepository exchanges;
    private final ExpertiseRequestRepository requests;
    private final SignatoryRepository signatories;
    private final ExchangeQueries queries;
    private final ExchangeSteps steps;
    private final EntityManager em;
    private final Clock clock;

    ExchangeService(
            ExchangeRepository exchanges,
            ExpertiseRequestRepository requests,
            SignatoryRepository signatories,
            ExchangeQueries queries,
            ExchangeSteps steps,
            EntityManager em,
            Clock clock) {
        this.exchanges = exchanges;
        this.requests = requests;
        this.signatories = signatories;
        this.queries = queries;
        this.steps = steps;
        this.em = em;
        this.clock = clock;
    }

    /** The host's coordinator invites a member of another signatory. */
    @Transactional
    @PreAuthorize("hasRole('ORG_COORDINATOR')")
    public Exchange invite(Long requestId, Long memberId) {
        ExpertiseRequest r =
                requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        if (!Acting.coordinates(r.getRequestingOrg())) {
            throw new AccessDeniedException("Only the requesting organisation's coordinators invite candidates");
        }
        if (r.getStatus() != RequestStatus.OPEN) {
            throw new BusinessException(
                    "This request is " + r.getStatus().label().toLowerCase() + "; reopen it to invite anyone.");
        }
        Member member = em.find(Member.class, memberId);
        if (member == null || !member.isActive()) {
            throw new BusinessException("That member is not active on Q Commons.");
        }
        if (member.getOrganisation() == null || member.getOrganisation().equals(r.getRequestingOrg())) {
            throw new BusinessException(member.getFullName()
                    + " works for your own organisation; the concordat lends between organisations.");
        }
        Signatory lender = signatories
                .findByOrganisationId(member.getOrganisation().getId())
                .orElseThrow(() -> new BusinessException(member.getOrganisation()
                                .getName() + " has not signed the concordat, so it cannot lend staff."));
        if (exchanges.existsFor(requestId, memberId)) {
            throw new BusinessException(member.getFullName() + " has already been invited to this request.");
        }
        if (lender.getLendingCapDays() != null
                && queries.committedThisQuarter(lender.getOrganisation().getId(), LocalDate.now(clock))
                        >= lender.getLendingCapDays()) {
            throw new BusinessException(
                    lender.getOrganisation().getName() + " has reached its lending cap for this quarter.");
        }
        Exchange e = new Exchange(
                r,
                member,
                member.getOrganisation(),
                em.getReference(Member.class, Acting.memberId()),
                r.getDaysNeeded(),
                clock.instant());
        try {
            e = exchanges.saveAndFlush(e);
        } catch (DataIntegrityViolationException ex) {
            throw new BusinessException(member.getFullName() + " has already been invited to this request.");
        }
        steps.notify(
                e,
                member,
                "You are invited: " + r.getTitle(),
                r.getRequestingOrg().getName() + " invites you to lend " + r.getDaysNeeded()
                        + " days of your expertise " + "through the concordat. Please accept or decline.");
        return e;
    }

    @Transactional
    public Exchange accept(Long id) {
        Exchange e = steps.step(id, ExchangeAction.ACCEPT);
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getLender().getId()),
                "Release needed: " + e.getMember().getFullName(),
                e.getMember().getFullName() + " has accepted an invitation from "
                        + e.getHost().getName() + " for " + e.getDaysAgreed()
                        + " days. Please approve or refuse the release.");
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getHost().getId()),
                "Invitation accepted: " + e.getRequest().getTitle(),
                e.getMember().getFullName() + " has accepted. Their home organisation now decides on the release.");
        return e;
    }

    @Transactional
    public Exchange decline(Long id, String reason) {
        Exchange e = steps.step(id, ExchangeAction.DECLINE);
        e.setReason(optional(reason));
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getHost().getId()),
                "Invitation declined: " + e.getRequest().getTitle(),
                e.getMember().getFullName() + " has declined." + because(e.getReason()));
        return e;
    }

    @Transactional
    public Exchange cancel(Long id, String reason) {
        String why = required(reason, "Give a reason for cancelling; the other side will see it.");
        Exchange e = steps.step(id, ExchangeAction.CANCEL);
        e.setReason(why);
        Set<Member> told = new LinkedHashSet<>();
        told.add(e.getMember());
        told.addAll(steps.coordinatorsOf(e.getHost().getId()));
        told.addAll(steps.coordinatorsOf(e.getLender().getId()));
        Long me = Acting.memberId();
        told.removeIf(m -> m.getId().equals(me));
        steps.notifyAll(
                e,
                told,
                "Exchange cancelled: " + e.getRequest().getTitle(),
                "The exchange between " + e.getLender().getName() + " and "
                        + e.getHost().getName() + " for " + e.getMember().getFullName() + " was cancelled"
                        + because(why));
        return e;
    }

    /** An exchange is visible to its member, both organisations' coordinators and ADMINs. */
    public Optional<Exchange> exchange(Long id) {
        return id == null
                ? Optional.empty()
                : exchanges
                        .findById(id)
                        .filter(e -> CurrentUser.isAdmin() || !partiesOf(e).isEmpty());
    }

    public Page<Exchange> visibleExchanges(ExchangeState state, Pageable pageable) {
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(
                        pageable.getPageNumber(), pageable.getPageSize(), Sort.by(Sort.Direction.DESC, "updatedAt"));
        return exchanges.findVisible(
                CurrentUser.isAdmin(),
                Acting.memberId(),
                Acting.coordinatorOrgId().orElse(-1L),
                state,
                sorted);
    }

    public List<Exchange> exchangesFor(Long requestId) {
        ExpertiseRequest r =
                requests.findById(requestId).orElseThrow(() -> new BusinessException("This request no longer exists."));
        if (!CurrentUser.isAdmin() && !Acting.coordinates(r.getRequestingOrg())) {
            return exchanges.findByRequest(requestId).stream()
                    .filter(e -> !partiesOf(e).isEmpty())
                    .toList();
        }
        return exchanges.findByRequest(requestId);
    }

    /** The sides the current user stands on and the steps open to them now; both empty for anyone else. */
    public ExchangeViewer viewerOf(Exchange e) {
        Set<Party> parties = partiesOf(e);
        Set<ExchangeAction> next = Arrays.stream(ExchangeAction.values())
                .filter(a -> allowed(e, a, parties))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ExchangeAction.class)));
        return new ExchangeViewer(parties, next);
    }

    private static boolean allowed(Exchange e, ExchangeAction action, Set<Party> parties) {
        if (action == ExchangeAction.LEAVE_FEEDBACK && e.getState() == ExchangeState.CONFIRMED) {
            return (parties.contains(Party.MEMBER) && e.getMemberFeedback() == null)
                    || (parties.contains(Party.HOST_COORDINATOR) && e.getHostFeedback() == null);
        }
        return ExchangeWorkflow.allowed(e.getState(), action, parties);
    }
}
