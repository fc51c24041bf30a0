package org.qcommons.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qcommons.base.security.QUser;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of this node: Spring Security's session registry, plus the live HTTP session so that
 * ending access ends the session at once (a Vaadin UI on a push connection sends no request that a filter could
 * stop), plus the browser each one signed in from, for the profile's list.
 */
@Component
public class SignedInSessions implements HttpSessionListener, HttpSessionIdListener {

    static final String STAMP = SignedInSessions.class.getName() + ".stamp";

    /** One of the member's sessions, for the profile. */
    public record Entry(String id, String device, Instant signedInAt, Instant lastSeen, boolean current) {}

    private final SessionRegistry registry;
    private final Map<String, HttpSession> live = new ConcurrentHashMap<>();
    private final Map<String, String> devices = new ConcurrentHashMap<>();
    private final Map<String, Instant> signedIn = new ConcurrentHashMap<>();

    SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        live.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        String id = event.getSession().getId();
        live.remove(id);
        devices.remove(id);
        signedIn.remove(id);
    }

    /** Called on sign-in, after the session id has changed. */
    void signedIn(HttpSession session, String device, int stamp, Instant at) {
        live.put(session.getId(), session);
        devices.put(session.getId(), device == null ? "Unknown browser" : Devices.describe(device));
        signedIn.put(session.getId(), at);
        session.setAttribute(STAMP, stamp);
    }

    /** Sign-in's session fixation protection changed the id: follow it. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }

    /** This session goes on under the account's new stamp (after its own password change). */
    void restamp(String sessionId, int stamp) {
        HttpSession session = sessionId == null ? null : live.get(sessionId);
        if (session != null) {
            try {
                session.setAttribute(STAMP, stamp);
            } catch (IllegalStateException alreadyGone) {
                live.remove(sessionId);
            }
        }
    }

    List<Entry> of(Long memberId, String currentSessionId) {
        List<Entry> entries = new ArrayList<>();
        for (SessionInformation info : sessionsOf(memberId)) {
            String id = info.getSessionId();
            entries.add(new Entry(
                    id,
                    devices.getOrDefault(id, "Unknown browser"),
                    signedIn.get(id),
                    info.getLastRequest().toInstant(),
                    id.equals(currentSessionId)));
        }
        entries.sort(Comparator.comparing(Entry::lastSeen).reversed());
        return entries;
    }

    /** Ends every session of the member but the one named (null: all of them). Returns how many ended. */
    int end(Long memberId, String exceptSessionId) {
        int ended = 0;
        for (SessionInformation info : sessionsOf(memberId)) {
            if (info.getSessionId().equals(exceptSessionId)) {
                continue;
            }
            info.expireNow();
            HttpSession session = live.remove(info.getSessionId());
            if (session != null) {
                try {
                    session.invalidate();
                } catch (IllegalStateException alreadyGone) {
                    // Ended meanwhile by a timeout or a sign-out: nothing left to do.
                }
            }
            registry.removeSessionInformation(info.getSessionId());
            ended++;
        }
        return ended;
    }

    private List<SessionInformation> sessionsOf(Long memberId) {
        List<SessionInformation> result = new ArrayList<>();
        for (Object principal : registry.getAllPrincipals()) {
            if (principal instanceof QUser user && memberId.equals(user.memberId())) {
                result.addAll(registry.getAllSessions(principal, false));
            }
        }
        return result;
    }
}
