package org.qcommons.exchange;

import static org.qcommons.exchange.ExchangeSteps.because;
import static org.qcommons.exchange.ExchangeSteps.optional;
import static org.qcommons.exchange.ExchangeSteps.partiesOf;
import static org.qcommons.exchange.ExchangeSteps.required;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.Words;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An accepted exchange from release to completion: the home organisation releases the member, the member logs the
 * days, the host confirms them into the ledger, and both sides leave feedback. Most steps are a coordinator's.
 */
@Service
@Transactional
@PreAuthorize("hasRole('ORG_COORDINATOR')")
public class ExchangeDeliveryService {

    private final SignatoryRepository signatories;
    private final ExchangeQueries queries;
    private final ExchangeSteps steps;
    private final LedgerPoster ledger;
    private final Clock clock;

    ExchangeDeliveryService(
            SignatoryRepository signatories,
            ExchangeQueries queries,
            ExchangeSteps steps,
            LedgerPoster ledger,
            Clock clock) {
        this.signatories = signatories;
        this.queries = queries;
        this.steps = steps;
        this.ledger = ledger;
        this.clock = clock;
    }

    /**
     * READ COMMITTED so that, once this transaction holds the lender's lock, the committed-days sum sees every approval
     * that committed before it; under REPEATABLE READ it would read an older snapshot and could overshoot the cap.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    @PreAuthorize("hasAnyRole('ORG_COORDINATOR','ADMIN')")
    public Exchange approveRelease(Long id, String note) {
        Exchange locked = steps.lock(id);
        Set<Party> releasers = releasers(locked);
        ExchangeWorkflow.next(locked.getState(), ExchangeAction.APPROVE_RELEASE, releasers);
        // Lock the lender's signature so two approvals at once cannot both slip under the cap.
        Signatory lender = signatories
                .lockByOrganisationId(locked.getLender().getId())
                .orElseThrow(() -> new BusinessException(
                        locked.getLender().getName() + " is no longer a signatory of the concordat."));
        if (lender.getLendingCapDays() != null) {
            int committed =
                    queries.committedThisQuarter(lender.getOrganisation().getId(), LocalDate.now(clock));
            if (committed + locked.getDaysAgreed() > lender.getLendingCapDays()) {
                throw new BusinessException(
                        "Approving would exceed " + lender.getOrganisation().getName()
                                + "'s lending cap of " + lender.getLendingCapDays() + " days this quarter (" + committed
                                + " already committed).");
            }
        }
        Exchange e = steps.step(id, ExchangeAction.APPROVE_RELEASE, releasers);
        e.setReleaseNote(optional(note));
        String body = e.getLender().getName() + " has released " + e.getMember().getFullName() + " for "
                + e.getDaysAgreed() + " days. The exchange is agreed.";
        steps.notify(e, e.getMember(), "Release approved: " + e.getRequest().getTitle(), body);
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getHost().getId()),
                "Exchange agreed: " + e.getRequest().getTitle(),
                body);
        return e;
    }

    /**
     * Who may release the member: a coordinator of the lending organisation, or an ADMIN. Nobody approves their own
     * release: a coordinator who is also the invited member needs another coordinator, or an ADMIN.
     */
    private static Set<Party> releasers(Exchange e) {
        Set<Party> parties = partiesOf(e);
        if (CurrentUser.isAdmin()) {
            parties.add(Party.HOME_COORDINATOR);
        } else if (parties.contains(Party.MEMBER) && parties.contains(Party.HOME_COORDINATOR)) {
            ExchangeWorkflow.next(e.getState(), ExchangeAction.APPROVE_RELEASE);
            throw new IllegalTransitionException("You cannot approve your own release. Another coordinator at "
                    + e.getLender().getName() + ", or an administrator, must approve it.");
        }
        return parties;
    }

    public Exchange refuseRelease(Long id, String reason) {
        String why = required(reason, "Give a reason for refusing the release; the member and the host will see it.");
        Exchange e = steps.step(id, ExchangeAction.REFUSE_RELEASE);
        e.setReason(why);
        String body =
                e.getLender().getName() + " cannot release " + e.getMember().getFullName() + because(why);
        steps.notify(e, e.getMember(), "Release refused: " + e.getRequest().getTitle(), body);
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getHost().getId()),
                "Release refused: " + e.getRequest().getTitle(),
                body);
        return e;
    }

    /** The lent member logs the days delivered. */
    @PreAuthorize("isAuthenticated()")
    public Exchange logDays(Long id, int days) {
        if (days < 1) {
            throw new BusinessException("Log at least one day.");
        }
        Exchange e = steps.step(id, ExchangeAction.LOG_DAYS);
        if (days > e.getDaysAgreed() * 2) {
            throw new BusinessException(Words.get("exchange.tooManyDays", e.getDaysAgreed()));
        }
        e.setDaysLogged(days);
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getHost().getId()),
                "Days to confirm: " + e.getRequest().getTitle(),
                e.getMember().getFullName() + " has logged " + days + " days delivered. Please confirm them.");
        return e;
    }

    /** The host confirms the days: the moment the ledger records them. */
    public Exchange confirmDays(Long id) {
        Exchange e = steps.step(id, ExchangeAction.CONFIRM_DAYS);
        ledger.post(
                e,
                e.getDaysLogged(),
                "CONFIRM",
                "Days confirmed by " + e.getHost().getName());
        String body = e.getHost().getName() + " has confirmed " + e.getDaysLogged() + " days given by "
                + e.getMember().getFullName() + ". Please leave feedback to complete the exchange.";
        steps.notify(e, e.getMember(), "Days confirmed: " + e.getRequest().getTitle(), body);
        steps.notifyAll(
                e,
                steps.coordinatorsOf(e.getLender().getId()),
                "Days confirmed: " + e.getRequest().getTitle(),
                body);
        return e;
    }

    /** Each side (the member and the host) leaves feedback once; when both have, the exchange is complete. */
    @PreAuthorize("isAuthenticated()")
    public Exchange leaveFeedback(Long id, String feedback) {
        String text = required(feedback, "Write your feedback before sending it.");
        Exchange e = steps.step(id, ExchangeAction.LEAVE_FEEDBACK);
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
            steps.moveTo(e, ExchangeState.COMPLETE);
            String body = "Both sides have left feedback. The exchange of " + e.getDaysLogged() + " days is complete.";
            steps.notify(
                    e, e.getMember(), "Exchange complete: " + e.getRequest().getTitle(), body);
            steps.notifyAll(
                    e,
                    steps.coordinatorsOf(e.getHost().getId()),
                    "Exchange complete: " + e.getRequest().getTitle(),
                    body);
            steps.notifyAll(
                    e,
                    steps.coordinatorsOf(e.getLender().getId()),
                    "Exchange complete: " + e.getRequest().getTitle(),
                    body);
        } else if (member) {
            steps.notifyAll(
                    e,
                    steps.coordinatorsOf(e.getHost().getId()),
                    "Feedback received: " + e.getRequest().getTitle(),
                    e.getMember().getFullName() + " has left feedback. Leave yours to complete the exchange.");
        } else {
            steps.notify(
                    e,
                    e.getMember(),
                    "Feedback received: " + e.getRequest().getTitle(),
                    e.getHost().getName() + " has left feedback. Leave yours to complete the exchange.");
        }
        return e;
    }
}
