package org.qcommons.security;

import java.time.Clock;
import java.time.LocalDate;
import org.qcommons.base.BusinessException;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.security.Role;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one-time setup of a database with no administrator. At start-up it issues a setup link valid for 24 hours,
 * prints it once in the log (as other self-hosted services hand over an initial admin secret) and, when
 * QCOMMONS_ADMIN_EMAIL is set, emails it there through the outbox. The link's page creates the first ADMIN; once
 * one exists it refuses to run again.
 */
@Service
@EnableConfigurationProperties(SetupProperties.class)
@Transactional(readOnly = true)
public class FirstRunSetup {

    private static final Logger log = LoggerFactory.getLogger(FirstRunSetup.class);

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final MemberService members;
    private final RoleAdministration roles;
    private final NotificationService notifications;
    private final PasswordEncoder passwords;
    private final SetupProperties setup;
    private final QcommonsProperties settings;
    private final TransactionTemplate tx;
    private final Clock clock;

    FirstRunSetup(
            UserAccountRepository accounts,
            AccountTokens tokens,
            MemberService members,
            RoleAdministration roles,
            NotificationService notifications,
            PasswordEncoder passwords,
            SetupProperties setup,
            QcommonsProperties settings,
            TransactionTemplate tx,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.members = members;
        this.roles = roles;
        this.notifications = notifications;
        this.passwords = passwords;
        this.setup = setup;
        this.settings = settings;
        this.tx = tx;
        this.clock = clock;
    }

    /** Called at start-up; issues and prints a setup link while no ADMIN exists. */
    @PreAuthorize("hasRole('SYSTEM')")
    public void offerSetupIfNoAdmin() {
        tx.executeWithoutResult(status -> {
            if (accounts.anyAdmin()) {
                return;
            }
            String secret = tokens.issue(AccountToken.Purpose.SETUP, null, setup.setupValid());
            String link = settings.baseUrl() + "/setup/" + secret;
            // Printed once, on purpose: this is how the operator of an empty database gets in.
            log.warn("No administrator yet. Create the first one within 24 hours at {}", link);
            if (setup.adminEmail() != null && !setup.adminEmail().isBlank()) {
                invite(setup.adminEmail().trim(), secret);
            }
        });
    }

    /** Whether the setup page should offer its form for this link. */
    @PreAuthorize("permitAll()")
    public boolean available(String secret) {
        return !accounts.anyAdmin() && tokens.isOpen(AccountToken.Purpose.SETUP, secret);
    }

    @Transactional
    @PreAuthorize("permitAll()")
    public Member complete(String secret, FirstAdmin form) {
        if (accounts.anyAdmin()) {
            throw new BusinessException("Setup has already been done. Sign in, or ask an administrator.");
        }
        AccountToken token = tokens.open(AccountToken.Purpose.SETUP, secret);
        String email = form.getEmail().trim();
        String name = form.getFullName().trim();
        return SystemRunner.asSystem(() -> {
            Member member = members.byEmail(email).orElseGet(() -> {
                Member m = new Member(name, email);
                m.setJoinedQ(LocalDate.now(clock));
                return members.saveNew(m);
            });
            member.setFullName(name);
            members.changeStatus(member.getId(), MemberStatus.ACTIVE);
            UserAccount account = accounts.findByMemberId(member.getId())
                    .orElseGet(() ->
                            new UserAccount(email, "", members.byEmail(email).orElseThrow()));
            if (accounts.findByUsernameIgnoreCase(email)
                    .filter(a -> !a.equals(account))
                    .isPresent()) {
                throw new BusinessException("Another account already uses this email address.");
            }
            account.setPasswordHash(passwords.encode(form.getPassword()));
            account.setEnabled(true);
            account.getRoles().add(Role.ADMIN);
            accounts.save(account);
            roles.recordFirstAdmin(account);
            tokens.redeem(token);
            log.info("First administrator created; the setup link no longer works");
            return member;
        });
    }

    private void invite(String email, String secret) {
        // The invitation needs a recipient: an inactive placeholder member, completed by the setup page.
        members.byEmail(email).orElseGet(() -> {
            Member m = new Member("Administrator", email);
            m.setStatus(MemberStatus.PENDING);
            return members.saveNew(m);
        });
        // System mail forgets its text once sent; a notification would keep the working link in the database.
        notifications.sendSystemMail(
                email,
                "Set up Q Commons",
                "Q Commons has no administrator yet. Open this link within 24 hours to become the first one. It "
                        + "works once.\n\n" + settings.baseUrl() + "/setup/" + secret);
    }
}
