package org.qcommons.security;

import org.qcommons.base.security.Role;
import org.qcommons.notifications.NotificationService;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.MemberMoved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A member who moves organisation stops coordinating for the old one (recorded like any revocation), and is told
 * of the move, in the moving transaction.
 */
@Component
class MemberMoveFollowUp {

    private final UserAccountRepository accounts;
    private final RoleAdministration roles;
    private final OrganisationService organisations;
    private final NotificationService notifications;

    MemberMoveFollowUp(
            UserAccountRepository accounts,
            RoleAdministration roles,
            OrganisationService organisations,
            NotificationService notifications) {
        this.accounts = accounts;
        this.roles = roles;
        this.organisations = organisations;
        this.notifications = notifications;
    }

    @EventListener
    void on(MemberMoved moved) {
        accounts.findByMemberId(moved.memberId()).ifPresent(account -> {
            boolean coordinatedOld = account.getRoles().contains(Role.ORG_COORDINATOR)
                    && account.getCoordinatorFor() != null
                    && account.getCoordinatorFor().getId().equals(moved.fromOrganisationId());
            if (coordinatedOld) {
                roles.revoke(moved.memberId(), Role.ORG_COORDINATOR, "Moved organisation: " + moved.reason());
            }
            String to = organisations
                    .organisation(moved.toOrganisationId())
                    .map(o -> o.getName())
                    .orElse("");
            notifications.notify(
                    account.getMember(),
                    "You are now listed at " + to,
                    "An administrator moved your record to " + to + ". Reason given: " + moved.reason(),
                    "people/" + moved.memberId());
        });
    }
}
