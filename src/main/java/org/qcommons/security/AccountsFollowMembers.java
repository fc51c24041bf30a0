package org.qcommons.security;

import org.qcommons.people.MembersMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The closed duplicate's account can no longer sign in; its sessions end through AccessChanged. */
@Component
class AccountsFollowMembers {

    private final UserAccountRepository accounts;

    AccountsFollowMembers(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(MembersMerged merged) {
        accounts.findByMemberId(merged.fromId()).ifPresent(a -> a.setEnabled(false));
    }
}
