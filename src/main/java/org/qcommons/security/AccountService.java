package org.qcommons.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sign-in, registration and the ADMIN's approval of newcomers. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final MemberService members;
    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    AccountService(
            UserAccountRepository accounts, MemberService members, PasswordEncoder passwordEncoder, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.members = members;
        this.passwordEncoder = passwordEncoder;
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

    /** Anyone may ask to join; the request waits for an ADMIN. */
    @Transactional
    @PreAuthorize("permitAll()")
    public Member register(Registration registration) {
        String email = registration.getEmail().trim();
        if (accounts.existsByUsernameIgnoreCase(email) || members.emailTaken(email)) {
            throw new DuplicateEmailException();
        }
        Member member = new Member(registration.getFullName().trim(), email);
        member.setProfession(registration.getProfession());
        member.setJobTitle(registration.getJobTitle());
        member.setOrganisation(registration.getOrganisation());
        member.setStp(registration.getOrganisation().getStp());
        member.setPatientOrCarer(registration.isPatientOrCarer());
        member.setDirectoryConsent(registration.isDirectoryConsent());
        member.setJoinedQ(LocalDate.now(clock));
        member.setStatus(MemberStatus.PENDING);
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
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void reactivate(Long memberId) {
        UserAccount account = account(memberId);
        members.changeStatus(memberId, MemberStatus.ACTIVE);
        account.setEnabled(true);
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<Set<Role>> rolesOf(Long memberId) {
        return accounts.findByMemberId(memberId).map(a -> Set.copyOf(a.getRoles()));
    }

    /** Demo and test accounts; never reachable from a view. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public UserAccount createActiveAccount(Member member, String password, Set<Role> roles, Long coordinatorForOrgId) {
        UserAccount account = new UserAccount(member.getEmail(), passwordEncoder.encode(password), member);
        account.getRoles().addAll(roles);
        account.setEnabled(true);
        if (coordinatorForOrgId != null) {
            account.setCoordinatorFor(member.getOrganisation());
        }
        return accounts.save(account);
    }

    private UserAccount account(Long memberId) {
        return accounts.findByMemberId(memberId)
                .orElseThrow(() -> new BusinessException("That member no longer exists."));
    }
}
