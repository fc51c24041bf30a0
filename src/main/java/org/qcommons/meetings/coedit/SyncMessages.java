package org.qcommons.meetings.coedit;

import java.util.List;

/** The JSON messages of the sync loop between one browser and the server (decision 116). */
final class SyncMessages {

    private SyncMessages() {}

    /** One side's edit: its version on the sending side, and its {@link Delta} steps. */
    record Edit(long v, List<Object> d) {}

    /** From the browser: the server versions it has applied ({@code m}), and its edits not yet acknowledged. */
    record Request(long m, List<Edit> edits) {}

    /**
     * To the browser: the browser versions the server has applied ({@code n}), the server's edits it has not yet
     * acknowledged, and, when something went wrong, a plain sentence for the person and whether they may go on.
     */
    record Reply(long n, List<Edit> edits, String notice, boolean readOnly, Reset reset) {}

    /** The two sides lost track of each other: start again from the server's text (the browser merges its own). */
    record Reset(String text, long n, long m) {}
}
