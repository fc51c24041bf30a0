package org.qcommons.base.security;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A broadcast runs {@code UI.access} on the thread of whoever made the change, which carries <em>their</em>
 * security context. Views capture their own viewer's context when attached and refresh under it, so an
 * anonymous reader's refresh can never load what the editor is allowed to see.
 */
public final class ViewerContext {

    private final SecurityContext captured;

    private ViewerContext(SecurityContext captured) {
        this.captured = captured;
    }

    public static ViewerContext capture() {
        SecurityContext copy = SecurityContextHolder.createEmptyContext();
        copy.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        return new ViewerContext(copy);
    }

    public void run(Runnable work) {
        // The thread's own, not the session's that Vaadin answers with inside UI.access (see ThreadSecurityContext).
        SecurityContext previous = ThreadSecurityContext.own();
        SecurityContextHolder.setContext(captured);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
