package org.qcommons.meetings.coedit;

import java.util.LinkedList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * Applies an edit made on a known base text to a text that has moved on from that base, exactly: both changes are
 * diffs of the same base, so each of the edit's insertions and deletions is carried to its place in the other
 * text through the other's own diff, with no fuzzy search. diff-match-patch's fuzzy patch, used before, matches
 * a window of the patch's length and could delete the letter next to the one meant when the other side had typed
 * at the window's edge (ServerShadowTest's slow connection). live-minutes.js has the same function.
 *
 * <p>Insertions always survive; a character is deleted only if it is still there; where both sides inserted at
 * one place, the other side's words come first and the edit's follow.
 */
final class Rebase {

    private Rebase() {}

    static String onto(DiffMatchPatch dmp, String base, String other, List<Diff> edit) {
        LinkedList<Diff> moved = Delta.between(dmp, base, other);
        boolean[] kept = new boolean[base.length()];
        int at = 0;
        for (Diff d : moved) {
            if (d.operation == Operation.EQUAL) {
                for (int i = 0; i < d.text.length(); i++) {
                    kept[at + i] = true;
                }
            }
            if (d.operation != Operation.INSERT) {
                at += d.text.length();
            }
        }
        // The edit's steps as positions in the other text. They come in order, so one pass builds the result.
        StringBuilder out = new StringBuilder(other.length() + 16);
        int copied = 0;
        int p = 0;
        for (Diff d : edit) {
            switch (d.operation) {
                case EQUAL -> p += d.text.length();
                case INSERT -> {
                    int x = Math.max(copied, dmp.diffXIndex(moved, p));
                    out.append(other, copied, x).append(d.text);
                    copied = x;
                }
                case DELETE -> {
                    for (int i = 0; i < d.text.length(); i++, p++) {
                        if (kept[p]) {
                            int x = Math.max(copied, dmp.diffXIndex(moved, p));
                            out.append(other, copied, x);
                            copied = x + 1;
                        }
                    }
                }
            }
        }
        return out.append(other, copied, other.length()).toString();
    }
}
