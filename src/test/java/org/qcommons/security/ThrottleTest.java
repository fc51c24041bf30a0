package org.qcommons.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-12-02T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final Throttle throttle = new Throttle(
            new AccountsProperties(
                    Duration.ofMinutes(30),
                    10,
                    Duration.ofMinutes(15),
                    100,
                    Duration.ofHours(1),
                    5,
                    10,
                    5,
                    Duration.ofHours(24),
                    Duration.ofDays(7),
                    "0 40 3 * * *"),
            clock);

    @Test
    void tenFailuresLockTheAccountAndTheLockExpires() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "a@example.org")).isFalse();
            throttle.take(Throttle.Kind.ACCOUNT, "a@example.org");
        }
        assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "A@Example.org ")).isTrue();
        assertThat(throttle.locks()).containsExactly(new Throttle.Lock(Throttle.Kind.ACCOUNT, "a@example.org"));
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        // One failure is forgiven every 90 seconds: after two minutes, one more try.
        assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "a@example.org")).isFalse();
    }

    @Test
    void attemptsDuringALockDoNotExtendIt() {
        for (int i = 0; i < 10; i++) {
            throttle.take(Throttle.Kind.ACCOUNT, "b@example.org");
        }
        // Someone keeps trying, every few seconds, while locked: each refused try takes nothing.
        for (int second = 5; second < 90; second += 5) {
            clock.now = clock.now.plusSeconds(5);
            assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "b@example.org")).isTrue();
            assertThat(throttle.take(Throttle.Kind.ACCOUNT, "b@example.org")).isFalse();
        }
        // 90 seconds after the lock began, one failure is forgiven as if nobody had tried.
        clock.now = clock.now.plusSeconds(6);
        assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "b@example.org")).isFalse();
    }

    @Test
    void anAdminCanLiftALockAndOtherKeysAreUntouched() {
        for (int i = 0; i < 10; i++) {
            throttle.take(Throttle.Kind.ACCOUNT, "c@example.org");
        }
        assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "d@example.org")).isFalse();
        throttle.lift(Throttle.Kind.ACCOUNT, "c@example.org");
        assertThat(throttle.locked(Throttle.Kind.ACCOUNT, "c@example.org")).isFalse();
        assertThat(throttle.locks()).isEmpty();
    }

    @Test
    void resetRequestsAreLimitedPerHour() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.take(Throttle.Kind.RESET_ADDRESS, "203.0.113.9"))
                    .isTrue();
        }
        assertThat(throttle.take(Throttle.Kind.RESET_ADDRESS, "203.0.113.9")).isFalse();
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertThat(throttle.take(Throttle.Kind.RESET_ADDRESS, "203.0.113.9")).isTrue();
    }
}
