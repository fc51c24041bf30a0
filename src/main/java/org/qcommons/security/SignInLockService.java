package org.qcommons.security;

import java.util.List;
import org.qcommons.base.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The ADMIN's view of current sign-in locks, and lifting one (issue 17, item 6). */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SignInLockService {

    /** A locked account or client address. */
    public record Lock(String kind, String key) {}

    private final Throttle throttle;
    private final SecurityEventService events;

    SignInLockService(Throttle throttle, SecurityEventService events) {
        this.throttle = throttle;
        this.events = events;
    }

    public List<Lock> locks() {
        return throttle.locks().stream()
                .filter(l -> l.kind() == Throttle.Kind.ACCOUNT || l.kind() == Throttle.Kind.ADDRESS)
                .map(l -> new Lock(l.kind() == Throttle.Kind.ACCOUNT ? "Account" : "Client address", l.key()))
                .toList();
    }

    public void lift(Lock lock) {
        Throttle.Kind kind = "Account".equals(lock.kind()) ? Throttle.Kind.ACCOUNT : Throttle.Kind.ADDRESS;
        throttle.lift(kind, lock.key());
        events.record(
                SecurityEventType.LOCK_LIFTED,
                kind == Throttle.Kind.ACCOUNT ? lock.key() : null,
                kind == Throttle.Kind.ADDRESS ? lock.key() : null,
                "lifted by " + CurrentUser.get().map(u -> u.username()).orElse("an administrator"));
    }
}
