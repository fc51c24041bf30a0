package org.qcommons.projects;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a result matched: plain text, with the ranges of the user's words marked. It is never HTML; whoever shows it
 * writes the text as text and the marked ranges as marks.
 */
public record Snippet(String text, List<Mark> marks) {

    /** Characters {@code start} (inclusive) to {@code end} (exclusive) of the text match the user's words. */
    public record Mark(int start, int end) {}

    public static final Snippet NONE = new Snippet("", List.of());

    public Snippet {
        text = text == null ? "" : text;
        marks = List.copyOf(marks);
    }

    public static Snippet plain(String text) {
        return new Snippet(text, List.of());
    }

    public boolean isMarked() {
        return !marks.isEmpty();
    }

    /** The marked words, in order. */
    public List<String> marked() {
        return marks.stream().map(m -> text.substring(m.start(), m.end())).toList();
    }

    /**
     * The text cut at the marks: pieces alternate between unmarked and marked, starting unmarked (so a snippet that
     * starts with a mark starts with an empty piece).
     */
    public List<String> pieces() {
        List<String> pieces = new ArrayList<>();
        int at = 0;
        for (Mark m : marks) {
            pieces.add(text.substring(at, m.start()));
            pieces.add(text.substring(m.start(), m.end()));
            at = m.end();
        }
        if (at < text.length()) {
            pieces.add(text.substring(at));
        }
        return pieces;
    }

    /** Leading and trailing white space removed, the marks moved with the text. */
    Snippet trimmed() {
        int from = 0;
        int to = text.length();
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (from == 0 && to == text.length()) {
            return this;
        }
        int shift = from;
        int end = to;
        List<Mark> moved = marks.stream()
                .map(m -> new Mark(Math.max(0, m.start() - shift), Math.min(end, m.end()) - shift))
                .filter(m -> m.end() > m.start())
                .toList();
        return new Snippet(text.substring(from, to), moved);
    }
}
