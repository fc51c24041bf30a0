package org.qcommons.security;

import org.qcommons.base.BusinessException;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.qcommons.people.MemberService;
import org.qcommons.people.MemberStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registration's email address is confirmed by a single-use link before the request reaches an ADMIN (issue 17,
 * item 3; decision 112). The link's secret has 256 random bits and only its SHA-256 is stored ({@link AccountTokens});
 * it works for {@code qcommons.accounts.verify-link-validity} (24 hours) and is spent by a button press, not by
 * opening the page, so a mail scanner that follows links does not use it up.
 */
@Service
@Transactional(readOnly = true)
public class EmailVerificationService {

    private final AccountTokens tokens;
    private final MemberService members;
    private final NotificationService notifications;
    private final SecurityEventService events;
    private final AccountsProperties limits;
    private final String baseUrl;

    EmailVerificationService(
            AccountTokens tokens,
            MemberService members,
            NotificationService notifications,
            SecurityEventService events,
            AccountsProperties limits,
            QcommonsProperties settings) {
        this.tokens = tokens;
        this.members = members;
        this.notifications = notifications;
        this.events = events;
        this.limits = limits;
        this.baseUrl = settings.baseUrl();
    }

    /** Sends a new link to the registration's address; an earlier link for the same member stops working. */
    void send(Member member) {
        String secret = tokens.issue(AccountToken.Purpose.VERIFY_EMAIL, member, limits.verifyLinkValidity());
        notifications.sendSystemMail(
                member.getEmail(),
                "Confirm your email address",
                "Thank you for asking to join Q Commons. To confirm that this is your email address, open this link "
                        + "within 24 hours and press the button:\n\n" + baseUrl + "/verify-email/" + secret
                        + "\n\nAn administrator will then look at your request, and we will email you when they "
                        + "have. If you did not ask to join, you can ignore this email: nothing happens without the "
                        + "link.");
    }

    /** Whether the confirmation page should offer its button for this link. */
    @PreAuthorize("permitAll()")
    public boolean linkUsable(String secret) {
        return tokens.isOpen(AccountToken.Purpose.VERIFY_EMAIL, secret);
    }

    /** Confirms the address: the request to join now waits for an ADMIN. The link works once. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void confirm(String secret) {
        AccountToken token = tokens.open(AccountToken.Purpose.VERIFY_EMAIL, secret);
        Member member = token.getMember();
        if (member == null || member.getStatus() != MemberStatus.UNVERIFIED) {
            throw new BusinessException("This link has expired or has already been used. Ask for a new one.");
        }
        SystemRunner.asSystem(() -> members.changeStatus(member.getId(), MemberStatus.PENDING));
        tokens.redeem(token);
        events.record(
                SecurityEventType.EMAIL_VERIFIED, member.getEmail(), SecurityEventListener.currentAddress(), null);
    }
}
