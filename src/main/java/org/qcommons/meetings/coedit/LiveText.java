package org.qcommons.meetings.coedit;

import java.util.LinkedList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Patch;

/**
 * The authoritative text of one agenda item's minutes while anyone edits it live, on this node. Edits are applied
 * to it by fuzzy patching (diff-match-patch), under its lock, one browser's message at a time.
 */
final class LiveText {

    /** What could not be applied, for telling the person; empty when everything was merged. */
    record Applied(String lost, boolean tooLong) {
        boolean clean() {
            return lost.isEmpty() && !tooLong;
        }
    }

    final Long itemId;
    final int maxChars;
    final List<CoEditHub.Session> sessions = new CopyOnWriteArrayList<>();
    private String text;
    private String persisted;
    private long changes;

    LiveText(Long itemId, String saved, int maxChars) {
        this.itemId = itemId;
        this.text = saved;
        this.persisted = saved;
        this.maxChars = maxChars;
    }

    synchronized String text() {
        return text;
    }

    /** Counts every change, so a checkpoint knows whether anything happened since the last one. */
    synchronized long changes() {
        return changes;
    }

    synchronized String persisted() {
        return persisted;
    }

    synchronized void persisted(String saved) {
        this.persisted = saved;
    }

    /**
     * Applies patches heard from another node, which carry no base this node shares: each patch on its own. A patch whose context diff-match-patch cannot find (others changed the same
     * words meanwhile) is applied again without its deletions and with any match accepted, so that typed words are
     * never dropped: at worst a deleted word survives, or a word lands a little away from where it was typed.
     */
    synchronized Applied apply(DiffMatchPatch dmp, LinkedList<Patch> patches) {
        StringBuilder lost = new StringBuilder();
        boolean tooLong = false;
        for (Patch p : patches) {
            String next = applyOne(dmp, p);
            if (next == null) {
                next = applyOne(lenient(), keepingDeletions(p));
            }
            if (next == null) {
                int at = Math.max(0, Math.min(p.start2, text.length()));
                next = text.substring(0, at) + inserted(p) + text.substring(at);
            }
            if (next.length() > maxChars && next.length() > text.length()) {
                tooLong = true;
                lost.append(inserted(p));
            } else if (!next.equals(text)) {
                text = next;
                changes++;
            }
        }
        return new Applied(lost.toString(), tooLong);
    }

    /**
     * Applies a browser's edit, made on {@code base} (the browser's shadow), to the live text exactly (see
     * {@link Rebase}). The edit is refused whole if it would take the text past its limit.
     */
    synchronized Applied rebase(DiffMatchPatch dmp, String base, List<Diff> edit) {
        String next = Rebase.onto(dmp, base, text, edit);
        if (next.length() > maxChars && next.length() > text.length()) {
            StringBuilder words = new StringBuilder();
            edit.stream().filter(d -> d.operation == Operation.INSERT).forEach(d -> words.append(d.text));
            return new Applied(words.toString(), true);
        }
        if (!next.equals(text)) {
            text = next;
            changes++;
        }
        return new Applied("", false);
    }

    private String applyOne(DiffMatchPatch dmp, Patch p) {
        Object[] result = dmp.patchApply(new LinkedList<>(List.of(p)), text);
        for (boolean ok : (boolean[]) result[1]) {
            if (!ok) {
                return null;
            }
        }
        return (String) result[0];
    }

    private static DiffMatchPatch lenient() {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.matchThreshold = 1.0f;
        dmp.matchDistance = 100_000;
        return dmp;
    }

    private static Patch keepingDeletions(Patch p) {
        Patch keep = new Patch();
        keep.start1 = p.start1;
        keep.start2 = p.start2;
        keep.length1 = p.length1;
        keep.diffs = new LinkedList<>();
        for (Diff d : p.diffs) {
            keep.diffs.add(new Diff(d.operation == Operation.DELETE ? Operation.EQUAL : d.operation, d.text));
        }
        keep.length2 = keep.diffs.stream().mapToInt(d -> d.text.length()).sum();
        return keep;
    }

    private static String inserted(Patch p) {
        StringBuilder s = new StringBuilder();
        p.diffs.stream().filter(d -> d.operation == Operation.INSERT).forEach(d -> s.append(d.text));
        return s.toString();
    }

    /** Replaces the text when a change arrives whole (from another node or another route) and was merged. */
    synchronized void merge(DiffMatchPatch dmp, String from, String to) {
        LinkedList<Diff> diffs = Delta.between(dmp, from, to);
        apply(dmp, dmp.patchMake(from, diffs));
    }
}
