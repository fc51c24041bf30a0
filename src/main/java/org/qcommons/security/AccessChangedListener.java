package org.qcommons.security;

import org.qcommons.base.security.AccessChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends access at once when it changes (issue 17, item 5). After the change commits, every session of the member on
 * this node is expired in the session registry and invalidated, which closes its Vaadin UIs; and the account's
 * stamp is raised, so a session on any other node fails its re-check at the next navigation ({@link AccessCheck}).
 * Synchronous on purpose: "at once" must not wait for a task thread.
 */
@Component
class AccessChangedListener {

    private final SignedInSessions sessions;
    private final UserAccountRepository accounts;
    private final SecurityEventService events;
    private final TransactionTemplate newTransaction;

    AccessChangedListener(
            SignedInSessions sessions,
            UserAccountRepository accounts,
            SecurityEventService events,
            PlatformTransactionManager transactions) {
        this.sessions = sessions;
        this.accounts = accounts;
        this.events = events;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(AccessChanged event) {
        newTransaction.executeWithoutResult(tx -> accounts.bumpStamp(event.memberId()));
        int ended = sessions.end(event.memberId(), null);
        String user = accounts.findByMemberId(event.memberId())
                .map(UserAccount::getUsername)
                .orElse(null);
        events.record(SecurityEventType.ACCESS_ENDED, user, null, event.reason() + "; sessions ended: " + ended);
    }
}
