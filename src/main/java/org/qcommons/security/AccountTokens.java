package org.qcommons.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.qcommons.base.BusinessException;
import org.qcommons.people.Member;
import org.springframework.stereotype.Component;

/**
 * Issues and redeems one-time links. The secret is 32 random bytes shown once; the database keeps its SHA-256, so a
 * leaked backup cannot be used to take over the setup or an invitation. A fast hash is enough for a random
 * 256-bit secret (nothing to guess), unlike a password.
 */
@Component
class AccountTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new secret; earlier open links of the same purpose (and member) stop working. */
    String issue(AccountToken.Purpose purpose, Member member, Duration validFor) {
        return issue(purpose, member, validFor, null);
    }

    /** As {@link #issue(AccountToken.Purpose, Member, Duration)}, for an email change to this new address. */
    String issue(AccountToken.Purpose purpose, Member member, Duration validFor, String newEmail) {
        tokens.expireOpen(purpose, member == null ? null : member.getId(), clock.instant());
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        AccountToken token = new AccountToken(
                purpose, hash(secret), member, clock.instant(), clock.instant().plus(validFor));
        token.setNewEmail(newEmail);
        tokens.save(token);
        return secret;
    }

    /** The open token for this secret, or a message a person can act on. */
    AccountToken open(AccountToken.Purpose purpose, String secret) {
        AccountToken token = secret == null || secret.isBlank()
                ? null
                : tokens.findByTokenHash(hash(secret.trim())).orElse(null);
        if (token == null || token.getPurpose() != purpose || !token.usableAt(clock.instant())) {
            throw new BusinessException("This link has expired or has already been used. Ask for a new one.");
        }
        return token;
    }

    boolean isOpen(AccountToken.Purpose purpose, String secret) {
        try {
            open(purpose, secret);
            return true;
        } catch (BusinessException e) {
            return false;
        }
    }

    /** The newest link of this purpose for the member that still works. */
    Optional<AccountToken> pending(AccountToken.Purpose purpose, Long memberId) {
        return tokens.findOpen(memberId, purpose, clock.instant()).stream().findFirst();
    }

    void redeem(AccountToken token) {
        token.use(clock.instant());
        tokens.save(token);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
