package org.qcommons.exchange;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.qcommons.base.BusinessException;
import org.qcommons.base.security.CurrentUser;
import org.qcommons.notifications.NotificationService;
import org.qcommons.people.Member;
import org.springframework.stereotype.Component;

/**
 * What every exchange step shares: lock the row, ask {@link ExchangeWorkflow} whether the step is legal for this
 * person now, apply it, and tell the people concerned. Runs inside the calling service's transaction.
 */
@Component
class ExchangeSteps {

    private final ExchangeRepository exchanges;
    private final NotificationService notifications;
    private final Clock clock;

    ExchangeSteps(ExchangeRepository exchanges, NotificationService notifications, Clock clock) {
        this.exchanges = exchanges;
        this.notifications = notifications;
        this.clock = clock;
    }

    Exchange step(Long id, ExchangeAction action) {
        Exchange e = lock(id);
        e.moveTo(ExchangeWorkflow.next(e.getState(), action, partiesOf(e)), clock.instant());
        return e;
    }

    /** As {@link #step(Long, ExchangeAction)}, for a step whose acting sides the caller has already worked out. */
    Exchange step(Long id, ExchangeAction action, Set<Party> actingAs) {
        Exchange e = lock(id);
        e.moveTo(ExchangeWorkflow.next(e.getState(), action, actingAs), clock.instant());
        return e;
    }

    Exchange lock(Long id) {
        return exchanges.lockById(id).orElseThrow(() -> new BusinessException("This exchange no longer exists."));
    }

    void moveTo(Exchange e, ExchangeState next) {
        e.moveTo(next, clock.instant());
    }

    /** Which sides of this exchange the current user stands on; empty for anyone else. */
    static Set<Party> partiesOf(Exchange e) {
        Set<Party> parties = EnumSet.noneOf(Party.class);
        if (CurrentUser.memberId().filter(e.getMember().getId()::equals).isPresent()) {
            parties.add(Party.MEMBER);
        }
        if (Acting.coordinates(e.getLender())) {
            parties.add(Party.HOME_COORDINATOR);
        }
        if (Acting.coordinates(e.getHost())) {
            parties.add(Party.HOST_COORDINATOR);
        }
        return parties;
    }

    List<Member> coordinatorsOf(Long orgId) {
        return exchanges.findCoordinatorsOf(orgId);
    }

    /** Exchange messages name the exchange's member, so erasing that member puts a tombstone in them. */
    void notify(Exchange e, Member recipient, String title, String body) {
        notifications.notify(recipient, title, body, link(e), e.getMember());
    }

    void notifyAll(Exchange e, Iterable<Member> recipients, String title, String body) {
        for (Member m : recipients) {
            notify(e, m, title, body);
        }
    }

    static String link(Exchange e) {
        return "exchange/exchanges/" + e.getId();
    }

    static String because(String reason) {
        return reason == null ? "." : ". Reason: " + reason;
    }

    static String optional(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String required(String s, String message) {
        if (s == null || s.isBlank()) {
            throw new BusinessException(message);
        }
        return s.trim();
    }
}
