package org.qcommons.security;

import java.time.Instant;
import java.util.List;
import org.qcommons.base.Words;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes registrations whose address was never confirmed (decision 128): once the last link sent to them expired
 * more than {@code qcommons.accounts.unconfirmed-retention} ago, the member, the account and its links go, and the
 * security log keeps its rows without the address. Nobody confirmed the address was theirs, so nothing of it should
 * stay, and the address is free to register again. Each registration goes in its own transaction: one that cannot
 * be removed (something else came to point at it) is left, logged, and does not stop the others.
 */
@Component
class UnconfirmedRegistrations {

    private static final Logger log = LoggerFactory.getLogger(UnconfirmedRegistrations.class);

    private final UserAccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordResetTokenRepository resets;
    private final MemberService members;
    private final SecurityEventService events;
    private final AccountsProperties settings;
    private final AddressTraces traces;
    private final TransactionTemplate transactions;

    UnconfirmedRegistrations(
            UserAccountRepository accounts,
            AccountTokenRepository tokens,
            PasswordResetTokenRepository resets,
            MemberService members,
            SecurityEventService events,
            AccountsProperties settings,
            AddressTraces traces,
            PlatformTransactionManager transactionManager) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.resets = resets;
        this.members = members;
        this.events = events;
        this.settings = settings;
        this.traces = traces;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Removes every registration past its time at {@code now}; returns how many went. Run as SYSTEM. */
    int removeExpired(Instant now) {
        Instant expiredBefore = now.minus(settings.unconfirmedRetention());
        Instant createdBefore = expiredBefore.minus(settings.verifyLinkValidity());
        List<Long> due = accounts.findUnconfirmedSince(createdBefore, expiredBefore, AccountToken.Purpose.VERIFY_EMAIL);
        int removed = 0;
        for (Long accountId : due) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> remove(accountId, expiredBefore)))) {
                    removed++;
                }
            } catch (DataAccessException e) {
                log.warn("Could not remove unconfirmed registration of account {}: {}", accountId, e.getMessage());
            }
        }
        if (removed > 0) {
            String detail = Words.get("accounts.registrationsRemoved", removed);
            transactions.executeWithoutResult(
                    status -> events.record(SecurityEventType.REGISTRATIONS_REMOVED, null, null, detail));
            log.info("Removed {} registrations whose email address was never confirmed", removed);
        }
        return removed;
    }

    private boolean remove(Long accountId, Instant expiredBefore) {
        UserAccount account = accounts.findById(accountId).orElse(null);
        // Read again inside the transaction: the person may have asked for a fresh link since the list was made.
        if (account == null
                || account.getMember().getStatus() != MemberStatus.UNVERIFIED
                || tokens.countExpiringAfter(
                                account.getMember().getId(), AccountToken.Purpose.VERIFY_EMAIL, expiredBefore)
                        > 0) {
            return false;
        }
        Long memberId = account.getMember().getId();
        String username = account.getUsername().toLowerCase();
        tokens.deleteByMemberId(memberId);
        resets.deleteByAccountId(accountId);
        // The confirmation mails named the address and no member; nothing else was ever sent to it.
        traces.forget(username);
        accounts.delete(account);
        accounts.flush();
        return members.removeUnconfirmed(memberId);
    }
}
