package org.qcommons.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.notifications.NotificationService;
import org.qcommons.organisations.Organisation;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An ADMIN invites someone by email: the member is created already approved, with an account that cannot sign in
 * until the invitee follows the emailed link and chooses a password. The link is single-use and stored as a hash.
 */
@Service
@Transactional(readOnly = true)
public class Invitations {

    private final UserAccountRepository accounts;
    private final AccountTokens tokens;
    private final MemberService members;
    private final NotificationService notifications;
    private final PasswordEncoder passwords;
    private final SetupProperties setup;
    private final QcommonsProperties settings;
    private final Clock clock;

    Invitations(
            UserAccountRepository accounts,
            AccountTokens tokens,
            MemberService members,
            NotificationService notifications,
            PasswordEncoder passwords,
            SetupProperties setup,
            QcommonsProperties settings,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.members = members;
        this.notifications = notifications;
        this.passwords = passwords;
        this.setup = setup;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Member invite(String fullName, String email, Organisation organisation) {
        if (fullName == null || fullName.isBlank()) {
            throw new BusinessException("Enter the person's name.");
        }
        if (email == null || !email.trim().matches("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$")) {
            throw new BusinessException("Enter an email address in the right format, like name@example.nhs.uk.");
        }
        if (organisation == null || organisation.isRetired()) {
            throw new BusinessException("Choose an organisation that is not retired.");
        }
        String address = email.trim();
        if (members.emailTaken(address) || accounts.existsByUsernameIgnoreCase(address)) {
            throw new BusinessException(address + " is already a member or has been invited.");
        }
        Member member = new Member(fullName.trim(), address);
        member.setOrganisation(organisation);
        member.setStp(organisation.getStp());
        member.setJoinedQ(LocalDate.now(clock));
        member.setStatus(MemberStatus.ACTIVE);
        Member saved = members.saveNew(member);
        // Nothing can match an empty hash, so the account cannot be used before the invitee sets a password.
        accounts.save(new UserAccount(address, "", saved));
        send(saved);
        return saved;
    }

    /** A fresh link for an invitee who has not set a password yet; the old link stops working. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resend(Long memberId) {
        UserAccount account = accounts.findByMemberId(memberId)
                .orElseThrow(() -> new BusinessException("That member has no account."));
        if (!account.getPasswordHash().isEmpty()) {
            throw new BusinessException(account.getMember().getFullName() + " has already set a password.");
        }
        send(account.getMember());
    }

    /** The invitee's name for a link that still works. */
    @PreAuthorize("permitAll()")
    public Optional<String> inviteeName(String secret) {
        if (!tokens.isOpen(AccountToken.Purpose.INVITATION, secret)) {
            return Optional.empty();
        }
        return Optional.of(
                tokens.open(AccountToken.Purpose.INVITATION, secret).getMember().getFullName());
    }

    @Transactional
    @PreAuthorize("permitAll()")
    public void accept(String secret, String password) {
        if (password == null || password.length() < 10 || password.length() > 128) {
            throw new BusinessException("Use between 10 and 128 characters for your password.");
        }
        AccountToken token = tokens.open(AccountToken.Purpose.INVITATION, secret);
        UserAccount account = accounts.findByMemberId(token.getMember().getId())
                .orElseThrow(() -> new BusinessException("This invitation no longer has an account."));
        account.setPasswordHash(passwords.encode(password));
        account.setEnabled(true);
        tokens.redeem(token);
    }

    private void send(Member member) {
        String secret = tokens.issue(AccountToken.Purpose.INVITATION, member, setup.inviteValid());
        // As system mail, like the reset link: the outbox forgets the text once it is sent, whereas a notification
        // would keep the working link in the database until it is used.
        notifications.sendSystemMail(
                member.getEmail(),
                "You are invited to Q Commons",
                "An administrator has added you to Q Commons. Open this link within "
                        + setup.inviteValid().toDays() + " days to choose your password. It works once.\n\n"
                        + settings.baseUrl() + "/welcome/" + secret);
    }
}
