package org.qcommons.exchange;

/**
 * Where the current person stands on one expertise request, computed once by {@link RequestService#viewerOf}:
 * whether they manage it (a coordinator of the requesting organisation), oversee it (an ADMIN who does not manage
 * it) and whether they have registered interest in it.
 */
public record RequestViewer(Standing standing, boolean interested) {

    public enum Standing {
        MANAGER,
        OVERSEER,
        OTHER
    }

    public boolean manages() {
        return standing == Standing.MANAGER;
    }

    /** Managers and ADMINs see who is interested and the ranked candidates. */
    public boolean seesCandidates() {
        return standing != Standing.OTHER;
    }
}
