package org.qcommons.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Every rate limit of sign-in, reset and registration, as Bucket4j token buckets held in memory (decision 086). A
 * sign-in failure takes a token; a locked key has none left and refills over time, so the lock expires by itself, and
 * an attempt made while locked takes nothing, so it never extends the lock.
 */
@Component
class Throttle {

    enum Kind {
        ACCOUNT,
        ADDRESS,
        RESET_ACCOUNT,
        RESET_ADDRESS,
        REGISTRATION,
        SECOND_FACTOR
    }

    /** A key that has no tokens left, for the ADMIN's list of locks. */
    record Lock(Kind kind, String key) {}

    private final AccountsProperties limits;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(200_000)
            .build();

    private final TimeMeter time;

    Throttle(AccountsProperties limits, Clock clock) {
        this.limits = limits;
        // The buckets read the application's clock, so a test's fixed clock can move a lock past its expiry.
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return clock.millis() * 1_000_000L;
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** True while this key has used up its allowance: check before doing the work. */
    boolean locked(Kind kind, String key) {
        if (key == null) {
            return false;
        }
        Bucket bucket = buckets.getIfPresent(id(kind, key));
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Counts one use (a failure, a request); false when none was left. */
    boolean take(Kind kind, String key) {
        if (key == null) {
            return true;
        }
        return buckets.get(id(kind, key), k -> newBucket(kind)).tryConsume(1);
    }

    void lift(Kind kind, String key) {
        buckets.invalidate(id(kind, key));
    }

    List<Lock> locks() {
        return buckets.asMap().entrySet().stream()
                .filter(e -> e.getValue().getAvailableTokens() <= 0)
                .map(Map.Entry::getKey)
                .map(id -> {
                    int colon = id.indexOf(':');
                    return new Lock(Kind.valueOf(id.substring(0, colon)), id.substring(colon + 1));
                })
                .sorted((a, b) -> a.key().compareTo(b.key()))
                .toList();
    }

    private static String id(Kind kind, String key) {
        return kind + ":" + key.trim().toLowerCase(Locale.ROOT);
    }

    private Bucket newBucket(Kind kind) {
        Bandwidth limit = switch (kind) {
            case ACCOUNT ->
                Bandwidth.builder()
                        .capacity(limits.accountFailures())
                        .refillGreedy(limits.accountFailures(), limits.accountLockRefill())
                        .build();
            case ADDRESS ->
                Bandwidth.builder()
                        .capacity(limits.addressFailures())
                        .refillGreedy(limits.addressFailures(), limits.addressWindow())
                        .build();
            case RESET_ACCOUNT, RESET_ADDRESS ->
                Bandwidth.builder()
                        .capacity(limits.resetRequestsPerHour())
                        .refillGreedy(limits.resetRequestsPerHour(), Duration.ofHours(1))
                        .build();
            case SECOND_FACTOR ->
                Bandwidth.builder()
                        .capacity(limits.secondFactorFailures())
                        .refillGreedy(limits.secondFactorFailures(), limits.accountLockRefill())
                        .build();
            case REGISTRATION ->
                Bandwidth.builder()
                        .capacity(limits.registrationsPerHour())
                        .refillGreedy(limits.registrationsPerHour(), Duration.ofHours(1))
                        .build();
        };
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }
}
