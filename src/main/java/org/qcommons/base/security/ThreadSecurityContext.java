package org.qcommons.base.security;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The current thread's own security context. Vaadin's security context strategy answers
 * {@code SecurityContextHolder.getContext()} from the current Vaadin session while there is one, as there is inside
 * {@code UI.access} on whichever thread runs it. Code that swaps the context for a while and then puts "the previous"
 * one back must put back the thread's own: putting back the session's would leave that session's user on a thread
 * that goes on to serve someone else (the member whose change was broadcast, or a pool thread).
 */
public final class ThreadSecurityContext {

    private ThreadSecurityContext() {}

    public static SecurityContext own() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session == null) {
            return SecurityContextHolder.getContext();
        }
        VaadinSession.setCurrent(null);
        try {
            return SecurityContextHolder.getContext();
        } finally {
            VaadinSession.setCurrent(session);
        }
    }
}
