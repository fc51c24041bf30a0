package org.qcommons.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.AccessChanged;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.base.security.QUser;
import org.qcommons.base.security.Role;
import org.qcommons.notifications.NotificationService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor sign-in with TOTP (decision 111): enrolment confirmed by a first code, ten single-use recovery codes,
 * the code step of sign-in, and turning it off (by the member, with a code) or resetting it (by an ADMIN, with a
 * reason). Every change is in the security log, is told to the member by email through the outbox, and ends the
 * account's other sessions.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Q Commons";

    /** What the enrolment page shows; the secret stays in the page until the first code confirms it. */
    public record Enrolment(String secret, byte[] qrPng, String uri) {}

    public record Status(boolean enrolled, Instant enrolledAt, long recoveryCodesLeft, boolean required) {}

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final UserAccountRepository accounts;
    private final TotpCodes totp;
    private final SecondFactorSecrets secrets;
    private final SecondFactorProperties settings;
    private final Throttle throttle;
    private final SecurityEventService events;
    private final NotificationService notifications;
    private final SignedInSessions sessions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    TwoFactorService(
            SecondFactorRepository factors,
            RecoveryCodeRepository recoveryCodes,
            UserAccountRepository accounts,
            TotpCodes totp,
            SecondFactorSecrets secrets,
            SecondFactorProperties settings,
            Throttle throttle,
            SecurityEventService events,
            NotificationService notifications,
            SignedInSessions sessions,
            ApplicationEventPublisher publisher,
            Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.accounts = accounts;
        this.totp = totp;
        this.secrets = secrets;
        this.settings = settings;
        this.throttle = throttle;
        this.events = events;
        this.notifications = notifications;
        this.sessions = sessions;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    public Status myStatus() {
        return status(me());
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Status statusOf(Long memberId) {
        // A member without an account (an invited or imported row) simply has no second factor.
        return accounts.findByMemberId(memberId).map(this::status).orElseGet(() -> new Status(false, null, 0, false));
    }

    /** A fresh secret and its QR code; nothing is stored until {@link #confirmEnrolment} sees a code from it. */
    @PreAuthorize("isAuthenticated()")
    public Enrolment startEnrolment() {
        UserAccount account = me();
        String secret = totp.newSecret();
        String uri = TotpCodes.uri(secret, account.getUsername(), ISSUER);
        return new Enrolment(secret, TotpCodes.qrPng(uri), uri);
    }

    /**
     * Turns two-factor sign-in on with the secret the page showed, once a code from it proves the app has it. An
     * account that already has one must also give a code (or a recovery code) from the old one. Returns the recovery
     * codes, shown this once.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public List<String> confirmEnrolment(String secret, String code, String currentCode, String currentSessionId) {
        UserAccount account = me();
        if (secret == null || !secret.matches("[A-Z2-7]{16,64}")) {
            throw new BusinessException("Start again: the set-up has expired.");
        }
        OptionalLong step = totp.matchingStep(secret, code, -1);
        if (step.isEmpty()) {
            throw new WrongCodeException("That code does not match. Enter the 6 digits your app shows now.");
        }
        boolean replacing = factors.existsByAccountId(account.getId());
        if (replacing) {
            try {
                checkCode(account, currentCode, "Enter a code from the authenticator you use now, or a recovery code");
            } catch (WrongCodeException e) {
                throw new WrongCodeException(e.getMessage(), true);
            }
            factors.deleteByAccount(account.getId());
            factors.flush();
        }
        factors.save(new SecondFactor(account, secrets.encrypt(secret), clock.instant(), step.getAsLong()));
        List<String> codes = replaceRecoveryCodes(account);
        events.record(
                SecurityEventType.SECOND_FACTOR_ENROLLED, account.getUsername(), null, replacing ? "replaced" : null);
        tell(
                account,
                "Two-factor sign-in is on",
                "Two-factor sign-in has been turned on for your Q Commons account. "
                        + "From now on you will be asked for a code from your authenticator app after your password.");
        endOtherSessions(account, currentSessionId);
        return codes;
    }

    /** The member turns it off, proving it with a code; refused where their role requires it. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void disable(String code, String currentSessionId) {
        UserAccount account = me();
        if (required(account.getRoles())) {
            throw new BusinessException("Your role needs two-factor sign-in, so it cannot be turned off. "
                    + "To move it to a new phone, set it up again.");
        }
        if (!factors.existsByAccountId(account.getId())) {
            return;
        }
        checkCode(account, code, "Enter a code from your authenticator app, or a recovery code");
        remove(account);
        events.record(SecurityEventType.SECOND_FACTOR_DISABLED, account.getUsername(), null, "by the member");
        tell(
                account,
                "Two-factor sign-in is off",
                "Two-factor sign-in has been turned off for your Q Commons "
                        + "account. If this was not you, reset your password at once and tell an administrator.");
        endOtherSessions(account, currentSessionId);
    }

    /** An ADMIN resets a member's second factor (a lost phone); audited with the reason, and the member is told. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetByAdmin(Long memberId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("Give a reason for the reset: it goes in the security log.");
        }
        UserAccount account = accounts.findByMemberId(memberId)
                .orElseThrow(() -> new BusinessException("That member no longer exists."));
        if (!factors.existsByAccountId(account.getId())) {
            throw new BusinessException("This member does not use two-factor sign-in.");
        }
        remove(account);
        String admin = CurrentUser.get().map(QUser::username).orElse("system");
        String detail = "by " + admin + ": " + reason.trim();
        events.record(
                SecurityEventType.SECOND_FACTOR_RESET,
                account.getUsername(),
                null,
                detail.length() > 480 ? detail.substring(0, 480) : detail);
        tell(
                account,
                "Your two-factor sign-in was reset",
                "An administrator has reset two-factor sign-in on your "
                        + "Q Commons account. Reason given: " + reason.trim() + "\n\nYou can sign in with your password"
                        + (required(account.getRoles())
                                ? " and will be asked to set up an authenticator again."
                                : "."));
        account.bumpSecurityStamp();
        publisher.publishEvent(new AccessChanged(account.getMember().getId(), "second factor reset"));
    }

    /** The demo ADMIN's factor, with the secret published for developers; never reachable from a view. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM')")
    public void enrolWithKnownSecret(String username, String secret) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username)
                .orElseThrow(() -> new BusinessException("No account " + username));
        factors.deleteByAccount(account.getId());
        factors.save(new SecondFactor(account, secrets.encrypt(secret), clock.instant(), -1));
    }

    /**
     * The code step of sign-in, for an account whose password was right. A code is accepted once; a recovery code is
     * spent. Wrong codes are limited per account, and attempts while locked count for nothing.
     */
    @Transactional
    QUser verifySignIn(Long accountId, String code, String address) {
        UserAccount account =
                accounts.findById(accountId).orElseThrow(() -> new BusinessException("Please sign in again."));
        String user = account.getUsername();
        if (throttle.locked(Throttle.Kind.SECOND_FACTOR, user)) {
            events.record(SecurityEventType.SIGN_IN_THROTTLED, user, address, "second factor");
            throw new WrongCodeException("Too many wrong codes. Wait 15 minutes, then sign in again.");
        }
        try {
            checkCode(account, code, "That code does not match. Enter the 6 digits your app shows now.");
        } catch (WrongCodeException e) {
            throttle.take(Throttle.Kind.SECOND_FACTOR, user);
            events.record(SecurityEventType.SECOND_FACTOR_FAILURE, user, address, null);
            throw e;
        }
        return AccountService.toPrincipal(account);
    }

    boolean enrolled(Long accountId) {
        return factors.existsByAccountId(accountId);
    }

    boolean required(Set<Role> roles) {
        return roles.stream().anyMatch(settings.requiredFor()::contains);
    }

    /** Accepts a current TOTP code (never one used before) or an unspent recovery code; spends what it accepts. */
    private void checkCode(UserAccount account, String code, String message) {
        SecondFactor factor = factors.findByAccountId(account.getId())
                .orElseThrow(() -> new WrongCodeException("Two-factor sign-in is not set up for this account."));
        String given = code == null ? "" : code.trim();
        if (given.isEmpty()) {
            throw new WrongCodeException(message);
        }
        OptionalLong step =
                totp.matchingStep(secrets.decrypt(factor.getSecretEncrypted()), given, factor.getLastUsedStep());
        if (step.isPresent()) {
            factor.used(step.getAsLong());
            return;
        }
        String normalised = given.toLowerCase(Locale.ROOT).replaceAll("\\s", "");
        RecoveryCode recovery = recoveryCodes
                .findOpen(account.getId(), AccountTokens.hash(normalised))
                .orElseThrow(() -> new WrongCodeException(
                        given.matches("\\d{6}") ? "That code does not match or has been used already." : message));
        recovery.use(clock.instant());
        events.record(
                SecurityEventType.RECOVERY_CODE_USED,
                account.getUsername(),
                null,
                recoveryCodes.countOpen(account.getId()) - 1 + " left");
    }

    private List<String> replaceRecoveryCodes(UserAccount account) {
        recoveryCodes.deleteByAccount(account.getId());
        List<String> codes = totp.newRecoveryCodes(RECOVERY_CODES);
        for (String c : codes) {
            recoveryCodes.save(new RecoveryCode(account, AccountTokens.hash(c.toLowerCase(Locale.ROOT))));
        }
        return codes;
    }

    private void remove(UserAccount account) {
        recoveryCodes.deleteByAccount(account.getId());
        factors.deleteByAccount(account.getId());
    }

    private void endOtherSessions(UserAccount account, String currentSessionId) {
        account.bumpSecurityStamp();
        sessions.restamp(currentSessionId, account.getSecurityStamp());
        sessions.end(account.getMember().getId(), currentSessionId);
    }

    private void tell(UserAccount account, String subject, String body) {
        notifications.sendSystemMail(account.getUsername(), subject, body);
    }

    private Status status(UserAccount account) {
        return factors.findByAccountId(account.getId())
                .map(f -> new Status(
                        true,
                        f.getEnrolledAt(),
                        recoveryCodes.countOpen(account.getId()),
                        required(account.getRoles())))
                .orElseGet(() -> new Status(false, null, 0, required(account.getRoles())));
    }

    private UserAccount me() {
        Long accountId = CurrentUser.get()
                .map(QUser::accountId)
                .orElseThrow(() -> new BusinessException("Please sign in again."));
        return accounts.findById(accountId).orElseThrow(() -> new BusinessException("Please sign in again."));
    }
}
