package org.qcommons.base;

/** Someone else saved the same record first; the user is told and offered a reload. */
public class ConcurrentEditException extends RuntimeException {
    public ConcurrentEditException(String what) {
        super(
                what
                        + " was changed by someone else while you were editing. Reload to see their changes, then apply yours again.");
    }
}
