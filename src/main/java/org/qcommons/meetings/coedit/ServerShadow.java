package org.qcommons.meetings.coedit;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.qcommons.meetings.coedit.SyncMessages.Edit;
import org.qcommons.meetings.coedit.SyncMessages.Reply;
import org.qcommons.meetings.coedit.SyncMessages.Request;
import org.qcommons.meetings.coedit.SyncMessages.Reset;

/**
 * The server's half of differential synchronisation with one browser, in the guaranteed-delivery form of Neil
 * Fraser's paper (2009): a shadow of the text the browser last agreed with, a backup shadow for when a reply was
 * lost, version numbers on both sides, and a stack of edits kept until the browser acknowledges them. The browser
 * always speaks first and waits for the reply, so the two shadows never move at once.
 */
final class ServerShadow {

    private final LiveText live;
    private String shadow;
    /** Browser edits applied, and server edits sent. */
    private long n;

    private long m;
    private String backupText;
    private long backupN;
    private long backupM = -1;
    private final List<Edit> unacknowledged = new ArrayList<>();

    ServerShadow(LiveText live) {
        this.live = live;
        this.shadow = live.text();
    }

    /** Where a browser starts: the text and both versions, sent with the page. */
    Reset start() {
        synchronized (live) {
            return new Reset(shadow, n, m);
        }
    }

    Reply receive(DiffMatchPatch dmp, Request request) {
        synchronized (live) {
            if (request.m() != m) {
                if (request.m() == backupM) {
                    // Our last reply never arrived: go back to what the browser still has.
                    shadow = backupText;
                    n = backupN;
                    m = backupM;
                    unacknowledged.clear();
                } else {
                    return reset(null);
                }
            }
            unacknowledged.removeIf(e -> e.v() < request.m());
            StringBuilder lost = new StringBuilder();
            boolean tooLong = false;
            for (Edit edit : request.edits() == null ? List.<Edit>of() : request.edits()) {
                if (edit.v() < n) {
                    continue; // sent again because our acknowledgement was lost
                }
                if (edit.v() > n) {
                    return reset(null);
                }
                LinkedList<Diff> diffs;
                try {
                    diffs = Delta.decode(shadow, edit.d());
                } catch (IllegalArgumentException e) {
                    return reset(null);
                }
                LiveText.Applied applied = live.rebase(dmp, shadow, diffs);
                if (applied.tooLong()) {
                    lost.append(applied.lost());
                    tooLong = true;
                }
                shadow = dmp.diffText2(diffs);
                n++;
            }
            backupText = shadow;
            backupN = n;
            backupM = m;
            String text = live.text();
            if (!text.equals(shadow)) {
                unacknowledged.add(new Edit(m, Delta.encode(Delta.between(dmp, shadow, text))));
                shadow = text;
                m++;
            }
            return new Reply(n, List.copyOf(unacknowledged), notice(lost.toString(), tooLong), false, null);
        }
    }

    /** The browser and this shadow disagree beyond repair: both start again from the live text. */
    Reply reset(String notice) {
        synchronized (live) {
            shadow = live.text();
            unacknowledged.clear();
            backupM = -1;
            n += 1_000;
            m += 1_000;
            return new Reply(n, List.of(), notice, false, new Reset(shadow, n, m));
        }
    }

    private String notice(String lost, boolean tooLong) {
        // A rebased edit always merges; only the length limit can refuse one.
        if (tooLong) {
            return "The minutes of one item are limited to " + String.format("%,d", live.maxChars)
                    + " characters, so your last typing was not added: \"" + abbreviate(lost) + "\".";
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
