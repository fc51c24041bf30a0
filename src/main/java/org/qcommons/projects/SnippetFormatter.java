package org.qcommons.projects;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Lucene's passages as a {@link Snippet}: what {@code DefaultPassageFormatter} does, with ranges instead of tags, so
 * the text never becomes HTML that someone has to parse again.
 */
final class SnippetFormatter extends PassageFormatter {

    private static final String ELLIPSIS = "… ";

    @Override
    public Snippet format(Passage[] passages, String content) {
        StringBuilder text = new StringBuilder();
        List<Snippet.Mark> marks = new ArrayList<>();
        int pos = 0;
        for (Passage passage : passages) {
            // No ellipsis before the first passage, or between passages that touch.
            if (passage.getStartOffset() > pos && pos > 0) {
                text.append(ELLIPSIS);
            }
            pos = passage.getStartOffset();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int start = passage.getMatchStarts()[i];
                text.append(content, pos, start);
                int end = passage.getMatchEnds()[i];
                // Terms can overlap (synonyms): one mark covers them all.
                while (i + 1 < passage.getNumMatches() && passage.getMatchStarts()[i + 1] < end) {
                    end = Math.max(end, passage.getMatchEnds()[++i]);
                }
                end = Math.min(end, passage.getEndOffset());
                int markStart = text.length();
                text.append(content, start, end);
                marks.add(new Snippet.Mark(markStart, text.length()));
                pos = end;
            }
            text.append(content, pos, Math.max(pos, passage.getEndOffset()));
            pos = passage.getEndOffset();
        }
        return new Snippet(text.toString(), marks);
    }
}
