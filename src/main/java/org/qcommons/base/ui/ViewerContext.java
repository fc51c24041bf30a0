package org.qcommons.base.ui;

import com.vaadin.flow.server.VaadinSession;
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
        SecurityContext previous = threadsOwnContext();
        SecurityContextHolder.setContext(captured);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Vaadin's security context strategy answers {@code getContext()} from the current Vaadin session while there is
     * one, as there is inside {@code UI.access}. Putting that back afterwards would leave the viewer's context on the
     * broadcasting thread, which then went on as the viewer: the thread's own context is what must be restored.
     */
    private static SecurityContext threadsOwnContext() {
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
