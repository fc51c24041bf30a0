package org.qcommons.security;

import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.ContactEmailChangeRequested;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A new email address takes effect only once the link sent to it is used, whether the member or an ADMIN asked for
 * it (issue 17, item 3; decisions 112 and 128). The old address is told at once, so a stolen session cannot quietly
 * move an account to another inbox. When the address is also the sign-in name, that changes too, and every session
 * ends so the member signs in with the new one.
 */
@Service
@Transactional(readOnly = true)
public class EmailChangeService {

    private final AccountTokens tokens;
    private final UserAccountRepository accounts;
    private final MemberService members;
    private final NotificationService notifications;
    private final SecurityEventService events;
    private final ApplicationEventPublisher publisher;
    private final AccountsProperties limits;
    private final String baseUrl;

    EmailChangeService(
            AccountTokens tokens,
            UserAccountRepository accounts,
            MemberService members,
            NotificationService notifications,
            SecurityEventService events,
            ApplicationEventPublisher publisher,
            AccountsProperties limits,
            QcommonsProperties settings) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.members = members;
        this.notifications = notifications;
        this.events = events;
        this.publisher = publisher;
        this.limits = limits;
        this.baseUrl = settings.baseUrl();
    }

    /** In the profile's transaction: the link to the new address and the notice to the old one, both via the outbox. */
    @EventListener
    void onRequest(ContactEmailChangeRequested request) {
        Member member = SystemRunner.asSystem(() -> members.byEmail(request.oldEmail()))
                .filter(m -> m.getId().equals(request.memberId()))
                .orElseThrow(() -> new BusinessException("This profile no longer exists."));
        String secret = tokens.issue(
                AccountToken.Purpose.EMAIL_CHANGE, member, limits.verifyLinkValidity(), request.newEmail());
        String who = request.byAdministrator()
                ? "A Q Commons administrator, " + request.requestedBy() + ", asked to use this email address for "
                        + member.getFullName() + "'s account."
                : "Someone signed in to Q Commons as " + member.getFullName() + " asked to use this email address.";
        notifications.sendSystemMail(
                request.newEmail(),
                "Confirm your new email address",
                who + " To confirm that it is yours, open this link within 24 hours and press the button:\n\n"
                        + baseUrl + "/confirm-email/" + secret
                        + "\n\nUntil then nothing changes. If you did not ask for this, you can ignore this email.");
        notifications.sendSystemMail(
                request.oldEmail(),
                "Your email address is being changed",
                (request.byAdministrator()
                                ? "A Q Commons administrator, " + request.requestedBy()
                                        + ", asked to change your account's email address to "
                                : "Someone signed in to your Q Commons account asked to change its email address to ")
                        + request.newEmail() + ". The change happens only when the link we sent to that address is "
                        + "used.\n\nIf you did not expect this, change your password now at " + baseUrl
                        + "/forgot-password and tell an administrator.");
    }

    /**
     * The address an email change still waits to be confirmed for, while its link works: for the member and for
     * ADMINs, so that the profile can say the change is pending. Empty for anyone else.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<String> pendingAddress(Long memberId) {
        boolean self = CurrentUser.memberId().filter(id -> id.equals(memberId)).isPresent();
        if (memberId == null || !(self || CurrentUser.isAdmin())) {
            return Optional.empty();
        }
        return tokens.pending(AccountToken.Purpose.EMAIL_CHANGE, memberId).map(AccountToken::getNewEmail);
    }

    /** The address the link would change to, while the link works. */
    @PreAuthorize("permitAll()")
    public Optional<String> newAddress(String secret) {
        try {
            return Optional.of(
                    tokens.open(AccountToken.Purpose.EMAIL_CHANGE, secret).getNewEmail());
        } catch (BusinessException e) {
            return Optional.empty();
        }
    }

    /** Uses the link: the address changes (and the sign-in name, if it was the same). Returns the new address. */
    @Transactional
    @PreAuthorize("permitAll()")
    public String confirm(String secret) {
        AccountToken token = tokens.open(AccountToken.Purpose.EMAIL_CHANGE, secret);
        Member member = token.getMember();
        String newEmail = token.getNewEmail();
        String oldEmail = member.getEmail();
        Optional<UserAccount> account = accounts.findByMemberId(member.getId());
        if (accounts.findByUsernameIgnoreCase(newEmail)
                .filter(other -> account.map(a -> !a.equals(other)).orElse(true))
                .isPresent()) {
            throw new BusinessException("Another account already uses this email address.");
        }
        SystemRunner.asSystem(() -> members.changeEmail(member.getId(), newEmail));
        tokens.redeem(token);
        account.filter(a -> a.getUsername().equalsIgnoreCase(oldEmail)).ifPresent(a -> {
            a.setUsername(newEmail);
            a.bumpSecurityStamp();
            publisher.publishEvent(new AccessChanged(member.getId(), "sign-in email changed"));
        });
        events.record(
                SecurityEventType.EMAIL_CHANGED, newEmail, SecurityEventListener.currentAddress(), "from " + oldEmail);
        return newEmail;
    }
}
