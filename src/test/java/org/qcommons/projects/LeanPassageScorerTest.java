package org.qcommons.projects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {

    private final PassageScorer stock = new PassageScorer();
    private final PassageScorer lean = new ProjectSnippets.LeanPassageScorer();

    @Test
    void scoresEveryPassageAsLucenesOwnScorerDoes() {
        Passage[] passages = {
            passage(0, 120, "sepsi"),
            passage(40, 200, "sepsi", "sepsi", "bundl"),
            passage(300, 460, "frailti", "ward", "frailti", "ward", "frailti"),
            passage(10, 30),
        };
        for (Passage p : passages) {
            assertThat(lean.score(p, 600)).isCloseTo(stock.score(p, 600), within(1e-6f));
        }
    }

    @Test
    void moreMatchesOfMoreTermsScoreHigher() {
        assertThat(lean.score(passage(0, 150, "sepsi", "bundl"), 600))
                .isGreaterThan(lean.score(passage(0, 150, "sepsi"), 600));
    }

    private static Passage passage(int start, int end, String... terms) {
        Passage p = new Passage();
        p.setStartOffset(start);
        p.setEndOffset(end);
        int offset = start;
        for (String term : terms) {
            int freqInDoc = (int) Arrays.stream(terms).filter(term::equals).count() + 1;
            p.addMatch(offset, offset + term.length(), new BytesRef(term), freqInDoc);
            offset += term.length() + 1;
        }
        return p;
    }
}
