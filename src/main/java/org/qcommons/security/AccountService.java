package org.qcommons.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.qcommons.base.BusinessException;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-in, registration, the ADMIN's approval of newcomers, and every change that ends access: each of those
 * publishes {@link AccessChanged}, so open sessions end at once ({@link AccessChangedListener}).
 */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final MemberService members;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final NotificationService notifications;
    private final ApplicationEventPublisher publisher;
    private final SecurityEventService events;
    private final Throttle throttle;
    private final SignedInSessions sessions;
    private final EmailVerificationService verification;
    private final String baseUrl;
    private final Clock clock;
    /** Argon2id is slow on purpose; the demo seeders create dozens of accounts with one password, hashed once. */
    private final Map<String, String> demoHashes = new ConcurrentHashMap<>();

    AccountService(
            UserAccountRepository accounts,
            MemberService members,
            PasswordEncoder passwordEncoder,
            PasswordPolicy policy,
            NotificationService notifications,
            ApplicationEventPublisher publisher,
            SecurityEventService events,
            Throttle throttle,
            SignedInSessions sessions,
            EmailVerificationService verification,
            QcommonsProperties settings,
            Clock clock) {
        this.sessions = sessions;
        this.verification = verification;
        this.clock = clock;
        this.accounts = accounts;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.notifications = notifications;
        this.publisher = publisher;
        this.events = events;
        this.throttle = throttle;
        this.baseUrl = settings.baseUrl();
    }

    @Override
    public QUser loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username == null ? "" : username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return toPrincipal(account);
    }

    static QUser toPrincipal(UserAccount account) {
        Member member = account.getMember();
        boolean usable = account.isEnabled() && member.getStatus() == MemberStatus.ACTIVE;
        return new QUser(
                account.getId(),
                member.getId(),
                account.getUsername(),
                account.getPasswordHash(),
                member.getFullName(),
                account.getRoles(),
                account.getCoordinatorFor() == null
                        ? null
                        : account.getCoordinatorFor().getId(),
                usable);
    }

    /**
     * What the registration page calls. It never says whether the address already has an account: that person is
     * told by email instead, so the page reads the same either way. Limited per client address.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public void requestToJoin(Registration registration, String clientAddress) {
        if (!throttle.take(Throttle.Kind.REGISTRATION, clientAddress)) {
            events.record(SecurityEventType.REGISTRATION_REFUSED, null, clientAddress, "rate limit");
            throw new BusinessException("Too many requests from your network. Please try again in an hour.");
        }
        String email = registration.getEmail().trim();
        if (accounts.existsByUsernameIgnoreCase(email) || members.emailTaken(email)) {
            policy.check(registration.getPassword());
            Optional<UserAccount> unconfirmed = accounts.findByUsernameIgnoreCase(email)
                    .filter(a -> a.getMember().getStatus() == MemberStatus.UNVERIFIED);
            if (unconfirmed.isPresent()) {
                // Asked again before confirming: a fresh link (the earlier one stops working), same words on the page.
                verification.send(unconfirmed.get().getMember());
                return;
            }
            notifications.sendSystemMail(
                    email,
                    "You already have an account",
                    "Someone, probably you, asked to join Q Commons with this email address, which already has an "
                            + "account. You can sign in at " + baseUrl + "/login, or set a new password at "
                            + baseUrl + "/forgot-password.\n\nIf this was not you, you can ignore this email.");
            return;
        }
        verification.send(create(registration, MemberStatus.UNVERIFIED));
    }

    /**
     * A request to join from an address already known to be the person's (tests and imports): it waits for an ADMIN
     * at once. The registration page goes through {@link #requestToJoin}, which first confirms the address.
     */
    @Transactional
    @PreAuthorize("permitAll()")
    public Member register(Registration registration) {
        return create(registration, MemberStatus.PENDING);
    }

    private Member create(Registration registration, MemberStatus status) {
        String email = registration.getEmail().trim();
        if (accounts.existsByUsernameIgnoreCase(email) || members.emailTaken(email)) {
            throw new DuplicateEmailException();
        }
        policy.check(registration.getPassword());
        Member member = new Member(registration.getFullName().trim(), email);
        member.setProfession(registration.getProfession());
        member.setJobTitle(registration.getJobTitle());
        member.setOrganisation(registration.getOrganisation());
        member.setStp(registration.getOrganisation().getStp());
        member.setPatientOrCarer(registration.isPatientOrCarer());
        member.setDirectoryConsent(registration.isDirectoryConsent());
        member.setJoinedQ(LocalDate.now(clock));
        member.setStatus(status);
        Member saved = members.saveNew(member);
        accounts.save(new UserAccount(email, passwordEncoder.encode(registration.getPassword()), saved));
        return saved;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void approve(Long memberId) {
        UserAccount account = account(memberId);
        if (account.getMember().getStatus() != MemberStatus.PENDING) {
            throw new BusinessException("This request has already been dealt with.");
        }
        members.changeStatus(memberId, MemberStatus.ACTIVE);
        account.setEnabled(true);
        notifications.notify(
                account.getMember(),
                "Welcome: your request to join has been approved",
                "An administrator has approved your request to join Q Commons. Sign in with your email address "
                        + "and the password you chose:",
                "login");
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reject(Long memberId) {
        UserAccount account = account(memberId);
        if (account.getMember().getStatus() != MemberStatus.PENDING) {
            throw new BusinessException("This request has already been dealt with.");
        }
        members.changeStatus(memberId, MemberStatus.REJECTED);
        account.setEnabled(false);
        endAccess(account, "registration rejected");
        notifications.sendSystemMail(
                account.getUsername(),
                "Your request to join",
                "Thank you for asking to join Q Commons. An administrator could not approve your request. If you "
                        + "think this is a mistake, please contact your regional Q team.");
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void deactivate(Long memberId) {
        if (CurrentUser.memberId().filter(memberId::equals).isPresent()) {
            throw new BusinessException("You cannot deactivate your own account.");
        }
        UserAccount account = account(memberId);
        members.changeStatus(memberId, MemberStatus.DEACTIVATED);
        account.setEnabled(false);
        endAccess(account, "deactivated");
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reactivate(Long memberId) {
        UserAccount account = account(memberId);
        members.changeStatus(memberId, MemberStatus.ACTIVE);
        account.setEnabled(true);
    }

    /**
     * Gives a member exactly these roles (MEMBER always stays). For the role administration pages: every open
     * session of that member ends at once, and the change is in the security log.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void changeRoles(Long memberId, Set<Role> roles) {
        UserAccount account = account(memberId);
        Set<Role> wanted = roles.isEmpty() ? EnumSet.of(Role.MEMBER) : EnumSet.copyOf(roles);
        wanted.add(Role.MEMBER);
        if (wanted.equals(account.getRoles())) {
            return;
        }
        String detail = "roles " + account.getRoles() + " -> " + wanted;
        account.getRoles().clear();
        account.getRoles().addAll(wanted);
        events.record(SecurityEventType.ROLES_CHANGED, account.getUsername(), null, detail);
        endAccess(account, detail);
    }

    /** The signed-in member changes their own password; their other sessions end, this one goes on. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changePassword(String currentPassword, String newPassword, String currentSessionId) {
        Long me = CurrentUser.memberId().orElseThrow(() -> new BusinessException("Please sign in again."));
        UserAccount account = account(me);
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw new WrongPasswordException();
        }
        policy.check(newPassword);
        account.setPasswordHash(passwordEncoder.encode(newPassword));
        account.bumpSecurityStamp();
        sessions.restamp(currentSessionId, account.getSecurityStamp());
        int ended = sessions.end(me, currentSessionId);
        events.record(
                SecurityEventType.PASSWORD_CHANGED, account.getUsername(), null, "other sessions ended: " + ended);
    }

    /** Spring Security calls this after a sign-in whose hash used an older algorithm (bcrypt): now Argon2id. */
    @Override
    @Transactional
    @PreAuthorize("permitAll()")
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        UserAccount account = accounts.findByUsernameIgnoreCase(user.getUsername())
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        account.setPasswordHash(newPassword);
        events.record(SecurityEventType.PASSWORD_UPGRADED, account.getUsername(), null, null);
        return toPrincipal(account);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Set<Role>> rolesOf(Long memberId) {
        return accounts.findByMemberId(memberId).map(a -> Set.copyOf(a.getRoles()));
    }

    /** Demo and test accounts; never reachable from a view. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public UserAccount createActiveAccount(Member member, String password, Set<Role> roles, Long coordinatorForOrgId) {
        UserAccount account = new UserAccount(
                member.getEmail(), demoHashes.computeIfAbsent(password, passwordEncoder::encode), member);
        account.getRoles().addAll(roles);
        account.setEnabled(true);
        if (coordinatorForOrgId != null) {
            account.setCoordinatorFor(member.getOrganisation());
        }
        return accounts.save(account);
    }

    private void endAccess(UserAccount account, String reason) {
        account.bumpSecurityStamp();
        publisher.publishEvent(new AccessChanged(account.getMember().getId(), reason));
    }

    private UserAccount account(Long memberId) {
        return accounts.findByMemberId(memberId)
                .orElseThrow(() -> new BusinessException("That member no longer exists."));
    }
}
