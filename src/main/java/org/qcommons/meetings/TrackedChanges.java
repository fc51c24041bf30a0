package org.qcommons.meetings;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Amendments shown as insertions and deletions, and applied to the minutes, with java-diff-utils (decision 118):
 * Myers' diff by word within each line, and its line patches applied to the current text when others changed it
 * since the amendment was written.
 */
public final class TrackedChanges {

    // The generator's default line normaliser escapes HTML, so only our <ins> and <del> tags reach the page.
    private static final DiffRowGenerator MARKUP = DiffRowGenerator.create()
            .showInlineDiffs(true)
            .mergeOriginalRevised(true)
            .inlineDiffByWord(true)
            .oldTag(start -> start ? "<del>" : "</del>")
            .newTag(start -> start ? "<ins>" : "</ins>")
            .build();

    private TrackedChanges() {}

    /** The proposed text against the base, as HTML lines with {@code <ins>} and {@code <del>}. */
    public static String html(String base, String proposed) {
        List<DiffRow> rows = MARKUP.generateDiffRows(lines(base), lines(proposed));
        return rows.stream().map(DiffRow::getOldLine).collect(Collectors.joining("<br>"));
    }

    /**
     * The amendment applied to the current minutes: the proposed text itself when nobody changed them since, or the
     * amendment's line changes applied to today's text; empty when those lines changed too.
     */
    static Optional<String> apply(String base, String proposed, String current) {
        if (nullToEmpty(base).equals(nullToEmpty(current))) {
            return Optional.of(proposed);
        }
        Patch<String> patch = DiffUtils.diff(lines(base), lines(proposed));
        try {
            return Optional.of(String.join("\n", patch.applyTo(lines(current))));
        } catch (PatchFailedException e) {
            return Optional.empty();
        }
    }

    private static List<String> lines(String text) {
        return Arrays.asList(nullToEmpty(text).split("\\R", -1));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
