package org.qcommons.projects;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;

/**
 * Highlighted snippets for one page of results. Hibernate Search's highlight projection rebuilds the whole search
 * query's weight for every field of every hit, which cost most of a results page; here Lucene's unified highlighter
 * runs on the stored text with a small query of the user's analysed words (synonyms included, and the nearest indexed
 * spelling of words no project contains), so a page of twenty costs well under a millisecond. Output is a
 * {@link Snippet}: plain text and the ranges of the matches, never HTML.
 */
final class ProjectSnippets {

    static final int LENGTH = 160;
    private static final String FIELD = ProjectIndexFields.TEXT;
    private static final Pattern EXCLUDED = Pattern.compile("(^|\\s)-\\S+");
    private static final Pattern SYNTAX = Pattern.compile("[\"|+*()~]");

    /** Built once for the query and used for every text of the page, one after another (not thread-safe). */
    private final FieldHighlighter highlighter;

    private ProjectSnippets(FieldHighlighter highlighter) {
        this.highlighter = highlighter;
    }

    /**
     * @param indexAnalyzer  how the stored text was analysed (offsets come from re-analysing it)
     * @param searchAnalyzer how the user's words are analysed (synonyms expand here)
     * @param nearWords      indexed words that stand in for typed words no project contains (the typo tolerance)
     */
    static ProjectSnippets forText(
            String text, Analyzer indexAnalyzer, Analyzer searchAnalyzer, Set<String> nearWords) {
        String words = SYNTAX.matcher(EXCLUDED.matcher(text).replaceAll(" ")).replaceAll(" ");
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        for (String term : terms(searchAnalyzer, words)) {
            q.add(new TermQuery(new Term(FIELD, term)), BooleanClause.Occur.SHOULD);
        }
        for (String word : nearWords) {
            for (String stem : terms(indexAnalyzer, word)) {
                q.add(new TermQuery(new Term(FIELD, stem)), BooleanClause.Occur.SHOULD);
            }
        }
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builderWithoutSearcher(indexAnalyzer)
                .withFieldMatcher(field -> true)
                .withMaxNoHighlightPassages(0)
                // The query is plain terms, so the text's own tokens are enough: no in-memory index per text.
                .withPassageRelevancyOverSpeed(false)
                .withWeightMatches(false)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.UK), LENGTH, 0.5f))
                .withScorer(new LeanPassageScorer())
                .withFormatter(new SnippetFormatter());
        return new ProjectSnippets(new OneQuery(builder).forQuery(q.build()));
    }

    /** The first of the texts that contains a match, as a marked passage, or null if none does. */
    Snippet best(String... texts) {
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                // What highlightWithoutSearcher does, without finding the query's terms again for every text.
                Object snippet = highlighter.highlightFieldForDoc(null, -1, text);
                if (snippet instanceof Snippet s && s.isMarked()) {
                    return s.trimmed();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return null;
    }

    /**
     * Lucene's BM25 passage score, term by distinct term. The stock scorer tells the terms apart with a new
     * {@code BytesRefHash} per candidate passage, which allocates 32 KB each time: most of what a results page
     * allocated. A passage holds a handful of matches, so comparing them with each other costs less and allocates
     * nothing.
     */
    static final class LeanPassageScorer extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            int matches = passage.getNumMatches();
            float score = 0;
            for (int i = 0; i < matches; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    if (terms[j].bytesEquals(terms[i])) {
                        inPassage++;
                    }
                }
                score += tf(inPassage, passage.getLength()) * weight(contentLength, inDoc[i]);
            }
            return score * norm(passage.getStartOffset());
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Exposes the highlighter of one field for one query, which the unified highlighter otherwise rebuilds per text. */
    private static final class OneQuery extends UnifiedHighlighter {

        OneQuery(Builder builder) {
            super(builder);
        }

        FieldHighlighter forQuery(Query query) {
            return getFieldHighlighter(FIELD, query, extractTerms(query), 1);
        }
    }

    private static Set<String> terms(Analyzer analyzer, String text) {
        Set<String> terms = new LinkedHashSet<>();
        try (TokenStream ts = analyzer.tokenStream(FIELD, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                terms.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}
