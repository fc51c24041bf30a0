package org.qcommons.meetings;

/**
 * Someone else saved the minutes of the same item since this editor loaded them. Carries their text and
 * version so the editor can show both and let the user merge, rather than overwrite either.
 */
public class MinutesConflictException extends RuntimeException {

    private final String theirText;
    private final long theirVersion;

    public MinutesConflictException(String theirText, long theirVersion) {
        super("Someone else changed these minutes while you were editing. Compare both versions and merge them.");
        this.theirText = theirText;
        this.theirVersion = theirVersion;
    }

    public String theirText() {
        return theirText == null ? "" : theirText;
    }

    public long theirVersion() {
        return theirVersion;
    }
}
