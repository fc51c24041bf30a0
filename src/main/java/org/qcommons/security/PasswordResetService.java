package org.qcommons.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.qcommons.base.config.QcommonsProperties;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.MemberStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password?" (issue 17, item 1; decision 085). The link carries 256 random bits, of which only the
 * SHA-256 is stored; it works once, for 30 minutes. The page says the same words whatever the address: the email
 * tells the person what is true (a link, or that the address has no account).
 */
@Service
@Transactional(readOnly = true)
public class PasswordResetService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final NotificationService notifications;
    private final SecurityEventService events;
    private final Throttle throttle;
    private final ApplicationEventPublisher publisher;
    private final AccountsProperties limits;
    private final String baseUrl;
    private final Clock clock;

    PasswordResetService(
            UserAccountRepository accounts,
            PasswordResetTokenRepository tokens,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            NotificationService notifications,
            SecurityEventService events,
            Throttle throttle,
            ApplicationEventPublisher publisher,
            AccountsProperties limits,
            QcommonsProperties settings,
            Clock clock) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.encoder = encoder;
        this.policy = policy;
        this.notifications = notifications;
        this.events = events;
        this.throttle = throttle;
        this.publisher = publisher;
        this.limits = limits;
        this.baseUrl = settings.baseUrl();
        this.clock = clock;
    }

    /** Always returns quietly: whether a mail went out, and which, is not the page's to say. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void requestReset(String email, String clientAddress) {
        String address = email == null ? "" : email.trim();
        if (address.isEmpty()) {
            return;
        }
        if (!throttle.take(Throttle.Kind.RESET_ADDRESS, clientAddress)
                || !throttle.take(Throttle.Kind.RESET_ACCOUNT, address)) {
            events.record(SecurityEventType.RESET_REFUSED, address, clientAddress, "rate limit");
            return;
        }
        events.record(SecurityEventType.RESET_REQUESTED, address, clientAddress, null);
        Optional<UserAccount> found = accounts.findByUsernameIgnoreCase(address);
        if (found.isEmpty()) {
            notifications.sendSystemMail(
                    address,
                    "Resetting your password",
                    "Someone, probably you, asked to reset the Q Commons password for this email address. There is "
                            + "no Q Commons account for this address, so nothing has changed.\n\nIf you have an "
                            + "account under another address, ask again with that one. To join, go to " + baseUrl
                            + "/register.");
            return;
        }
        UserAccount account = found.get();
        if (!account.isEnabled() || account.getMember().getStatus() != MemberStatus.ACTIVE) {
            notifications.sendSystemMail(
                    address,
                    "Resetting your password",
                    "Someone, probably you, asked to reset the Q Commons password for this email address. The "
                            + "account is not active (it may be waiting for approval, or closed), so it cannot be "
                            + "reset. Please contact your regional Q team if you need help.");
            return;
        }
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Instant now = clock.instant();
        tokens.save(new PasswordResetToken(account, hash(token), now, now.plus(limits.resetLinkValidity())));
        notifications.sendSystemMail(
                address,
                "Resetting your password",
                "Someone, probably you, asked to reset your Q Commons password. To choose a new one, open this link "
                        + "within " + limits.resetLinkValidity().toMinutes() + " minutes. It works once.\n\n"
                        + baseUrl + "/reset-password?token=" + token
                        + "\n\nIf you did not ask, ignore this email: your password stays as it is.");
    }

    /** True while the link can still be used, so the page can say at once that it has expired. */
    @PreAuthorize("permitAll()")
    public boolean linkUsable(String token) {
        return token != null
                && !token.isBlank()
                && tokens.findByTokenHash(hash(token))
                        .filter(t -> t.usableAt(clock.instant()))
                        .isPresent();
    }

    /** Sets the new password and ends every session of the account. */
    @Transactional
    @PreAuthorize("permitAll()")
    public void reset(String token, String newPassword) {
        Instant now = clock.instant();
        PasswordResetToken found = token == null || token.isBlank()
                ? null
                : tokens.findByTokenHash(hash(token)).orElse(null);
        if (found == null || !found.usableAt(now)) {
            throw new InvalidLinkException();
        }
        policy.check(newPassword);
        UserAccount account = found.getAccount();
        account.setPasswordHash(encoder.encode(newPassword));
        found.use(now);
        tokens.useAllOf(account.getId(), now);
        account.bumpSecurityStamp();
        events.record(SecurityEventType.PASSWORD_RESET, account.getUsername(), null, null);
        publisher.publishEvent(new AccessChanged(account.getMember().getId(), "password reset"));
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
