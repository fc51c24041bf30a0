package org.qcommons.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.notifications.NotificationService;
import org.qcommons.organisations.Organisation;
import org.qcommons.organisations.OrganisationService;
import org.qcommons.people.Member;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN grants and revokes roles. Each change is recorded (who, when, why), tells the member, and publishes
 * {@link AccessChanged} so that their open sessions pick it up. The last active ADMIN cannot lose the role.
 */
@Service
@Transactional(readOnly = true)
public class RoleAdministration {

    /** The roles an ADMIN hands out here; MEMBER comes with every account. */
    public static final Set<Role> GRANTABLE = EnumSet.of(Role.ADMIN, Role.ORG_COORDINATOR, Role.CONVENOR);

    private final UserAccountRepository accounts;
    private final RoleChangeRepository changes;
    private final OrganisationService organisations;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoleAdministration(
            UserAccountRepository accounts,
            RoleChangeRepository changes,
            OrganisationService organisations,
            NotificationService notifications,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.changes = changes;
        this.organisations = organisations;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
    }

    /** Grants a role; a coordinator acts for the given organisation (one account, one organisation). */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void grant(Long memberId, Role role, Long organisationId, String reason) {
        String why = reason(reason);
        UserAccount account = account(memberId);
        checkGrantable(role);
        Organisation org = null;
        if (role == Role.ORG_COORDINATOR) {
            org = organisations
                    .organisation(organisationId)
                    .orElseThrow(() -> new BusinessException("Choose the organisation they will coordinate for."));
            if (org.isRetired()) {
                throw new BusinessException(org.getName() + " is retired.");
            }
            boolean same = account.getRoles().contains(role) && org.equals(account.getCoordinatorFor());
            if (same) {
                throw new BusinessException(name(account) + " already coordinates for " + org.getName() + ".");
            }
            if (account.getRoles().contains(role) && account.getCoordinatorFor() != null) {
                record(account, role, account.getCoordinatorFor(), false, "Moved to " + org.getName() + ": " + why);
            }
            account.setCoordinatorFor(org);
        } else if (account.getRoles().contains(role)) {
            throw new BusinessException(name(account) + " is already " + article(role) + ".");
        }
        account.getRoles().add(role);
        record(account, role, org, true, why);
        tell(account, "You are now " + article(role) + (org == null ? "" : " for " + org.getName()), why);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void revoke(Long memberId, Role role, String reason) {
        String why = reason(reason);
        UserAccount account = account(memberId);
        checkGrantable(role);
        if (!account.getRoles().contains(role)) {
            throw new BusinessException(name(account) + " is not " + article(role) + ".");
        }
        if (role == Role.ADMIN && accounts.countActiveAdmins() <= 1 && account.isEnabled()) {
            throw new BusinessException(
                    name(account) + " is the last administrator. Make someone else an administrator first.");
        }
        Organisation org = role == Role.ORG_COORDINATOR ? account.getCoordinatorFor() : null;
        account.getRoles().remove(role);
        if (role == Role.ORG_COORDINATOR) {
            account.setCoordinatorFor(null);
        }
        record(account, role, org, false, why);
        tell(account, "You are no longer " + article(role) + (org == null ? "" : " for " + org.getName()), why);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public boolean hasAccount(Long memberId) {
        return accounts.findByMemberId(memberId).isPresent();
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Set<Role> rolesOf(Long memberId) {
        return Set.copyOf(account(memberId).getRoles());
    }

    /** The organisation a coordinator acts for, if they are one. */
    @PreAuthorize("hasRole('ADMIN')")
    public Organisation coordinatorFor(Long memberId) {
        UserAccount a = account(memberId);
        return a.getRoles().contains(Role.ORG_COORDINATOR) ? a.getCoordinatorFor() : null;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RoleChange> historyOf(Long memberId) {
        return changes.findByMember(memberId);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<RoleChange> latestChanges(int max) {
        return changes.findLatest(PageRequest.of(0, max));
    }

    /** Everyone who holds a role, for the roles page. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<Member> holders(Role role) {
        return accounts.findEnabledWithRole(role).stream()
                .map(UserAccount::getMember)
                .toList();
    }

    /** The coordinators of an organisation, by name, for the concordat's public who's who. */
    @PreAuthorize("permitAll()")
    public List<Member> coordinatorsOf(Long organisationId) {
        return accounts.findCoordinatorsOf(organisationId).stream()
                .map(UserAccount::getMember)
                .filter(Member::isActive)
                .toList();
    }

    /** Used by the first-run setup only, inside its own guarded method. */
    boolean anyAdmin() {
        return accounts.anyAdmin();
    }

    void recordFirstAdmin(UserAccount account) {
        record(account, Role.ADMIN, null, true, "First-run setup");
    }

    private void record(UserAccount account, Role role, Organisation org, boolean granted, String why) {
        String by = CurrentUser.get().map(QUser::username).orElse("system");
        changes.save(new RoleChange(account.getMember(), role, org, granted, why, by, clock.instant()));
        events.publishEvent(new AccessChanged(
                account.getMember().getId(), (granted ? "role " + role + " granted" : "role " + role + " revoked")));
    }

    private void tell(UserAccount account, String title, String why) {
        notifications.notify(
                account.getMember(),
                title,
                "Reason given: " + why,
                "people/" + account.getMember().getId());
    }

    private static void checkGrantable(Role role) {
        if (role == null || !GRANTABLE.contains(role)) {
            throw new BusinessException("Choose a role to change.");
        }
    }

    private static String reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Say why, for the audit trail.");
        }
        if (reason.trim().length() > 500) {
            throw new BusinessException("Use 500 characters or fewer for the reason.");
        }
        return reason.trim();
    }

    private UserAccount account(Long memberId) {
        return accounts.findByMemberId(memberId)
                .orElseThrow(() -> new BusinessException("That member has no account."));
    }

    private static String name(UserAccount a) {
        return a.getMember().getFullName();
    }

    static String article(Role role) {
        return switch (role) {
            case ADMIN -> "an administrator";
            case ORG_COORDINATOR -> "an organisation coordinator";
            case CONVENOR -> "a convenor";
            case MEMBER -> "a member";
        };
    }
}
