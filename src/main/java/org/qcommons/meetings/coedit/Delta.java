package org.qcommons.meetings.coedit;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Operation;

/**
 * An edit as it travels between browser and server: a list of steps over the text it was made on, a positive
 * number keeping that many characters, a negative one deleting them, a string inserting itself. It is
 * diff-match-patch's delta with JSON in place of its URI encoding, because encodeURI throws on half of an emoji
 * when a diff splits a surrogate pair, while JSON carries any UTF-16 unit.
 */
final class Delta {

    private Delta() {}

    static List<Object> encode(List<Diff> diffs) {
        List<Object> steps = new ArrayList<>(diffs.size());
        for (Diff d : diffs) {
            switch (d.operation) {
                case EQUAL -> steps.add(d.text.length());
                case DELETE -> steps.add(-d.text.length());
                case INSERT -> steps.add(d.text);
            }
        }
        return steps;
    }

    /**
     * The diffs that the steps describe over {@code source}. Strict, as differential synchronisation requires of
     * a shadow: steps that do not cover the source exactly mean the two sides disagree about it.
     */
    static LinkedList<Diff> decode(String source, List<?> steps) {
        LinkedList<Diff> diffs = new LinkedList<>();
        int at = 0;
        for (Object step : steps) {
            if (step instanceof String insert) {
                diffs.add(new Diff(Operation.INSERT, insert));
            } else if (step instanceof Number n && n.intValue() != 0) {
                int length = Math.abs(n.intValue());
                if (at + length > source.length()) {
                    throw new IllegalArgumentException("The edit runs past the end of the text it was made on");
                }
                String part = source.substring(at, at + length);
                diffs.add(new Diff(n.intValue() > 0 ? Operation.EQUAL : Operation.DELETE, part));
                at += length;
            } else {
                throw new IllegalArgumentException("An edit step is neither a count nor a text");
            }
        }
        if (at != source.length()) {
            throw new IllegalArgumentException("The edit does not cover the text it was made on");
        }
        return diffs;
    }

    /**
     * The smallest diffs from one text to another. Left untidied on purpose: a cleanup turns typing between two
     * others' letters into "delete and insert again", and a fuzzy patch may then delete a neighbour's letter.
     */
    static LinkedList<Diff> between(DiffMatchPatch dmp, String from, String to) {
        return dmp.diffMain(from, to, false);
    }
}
