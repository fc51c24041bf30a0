package org.qcommons.notifications;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Signed one-click unsubscribe tokens (RFC 8058): "member.kind.signature", HMAC-SHA256 with a key kept in the
 * database, so that every node and every restart accepts the links already sent. The token names no address.
 */
@Component
class UnsubscribeTokens {

    static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final JdbcTemplate jdbc;
    private volatile byte[] key;

    UnsubscribeTokens(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Parsed from a valid token: whose, and which kind. */
    record Subject(Long memberId, NotificationKind kind) {}

    String tokenFor(Long memberId, NotificationKind kind) {
        String payload = memberId + "." + kind.name();
        return payload + "." + sign(payload);
    }

    Optional<Subject> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Optional.empty();
        }
        String payload = token.substring(0, last);
        if (!MessageDigest.isEqual(
                sign(payload).getBytes(StandardCharsets.US_ASCII),
                token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Subject(
                    Long.valueOf(payload.substring(0, first)), NotificationKind.valueOf(payload.substring(first + 1))));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key(), ALGORITHM));
            return URL.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** The first node to need the key makes it; the others read the same row. */
    private byte[] key() {
        byte[] k = key;
        if (k == null) {
            byte[] fresh = new byte[32];
            new SecureRandom().nextBytes(fresh);
            jdbc.update(
                    "insert ignore into notification_secret (name, secret) values ('unsubscribe', ?)",
                    Base64.getEncoder().encodeToString(fresh));
            // A locking read sees the row another node's transaction has just committed, which a plain read inside
            // an older snapshot (repeatable read) would not.
            String stored = jdbc.queryForObject(
                    "select secret from notification_secret where name = 'unsubscribe' lock in share mode",
                    String.class);
            k = Base64.getDecoder().decode(stored);
            key = k;
        }
        return k;
    }
}
