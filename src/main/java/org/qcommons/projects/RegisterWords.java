package org.qcommons.projects;

import static org.qcommons.projects.ProjectIndexFields.TEXT;
import static org.qcommons.projects.ProjectIndexFields.WORDS;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.qcommons.base.search.SearchAnalysis;
import org.qcommons.base.search.SearchAnalysisOpenSearch;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.stereotype.Component;

/**
 * What the index knows of a search's typed words, worked out once per search (decision 078), and the analysers,
 * which are fixed once Hibernate Search has started: looking them up costs each search.
 */
@Component
class RegisterWords {

    static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&]+");
    /** Typed words this long or longer get a suggested spelling when no project contains them. */
    private static final int SPELLINGS_FROM = 4;
    /** Near spellings asked of Lucene, in its order, before the first that the viewer may see is chosen. */
    private static final int CANDIDATES = 10;

    /** Typed words some project contains (lower case), and the nearest indexed spelling of the others. */
    record Lexicon(Set<String> known, Map<String, String> nearest) {
        static final Lexicon NONE = new Lexicon(Set.of(), Map.of());
    }

    /**
     * Whether a document this viewer may read holds a term: the index's own statistics count members-only and
     * archived projects too, so every word the lexicon reports is checked against the viewer's visibility first.
     */
    @FunctionalInterface
    interface Visible {
        boolean holds(Term term);
    }

    private final EntityManagerFactory entityManagerFactory;
    private final EntityManager entityManager;
    /** Lucene's spelling support, over the unstemmed words: one edit for short words, two from six letters. */
    private final DirectSpellChecker oneEdit = spellChecker(1);

    private final DirectSpellChecker twoEdits = spellChecker(2);
    private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();
    private volatile LuceneIndexScope luceneScope;
    private volatile Boolean onLucene;

    RegisterWords(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        this.entityManager = SharedEntityManagerCreator.createSharedEntityManager(entityManagerFactory);
    }

    private SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    /**
     * What the index knows of the typed words, from one index reader: the words some project contains, as typed or in
     * another form ("escalation" finds "escalating"), and, if {@code spellings}, the nearest indexed spelling of each
     * other word of at least four letters, from Lucene's {@link DirectSpellChecker} (which walks the terms dictionary
     * with a Levenshtein automaton instead of reading every word). Only unknown words need typo tolerance.
     */
    Lexicon classify(String text, boolean spellings, Visible visible) {
        if (!onLucene()) {
            return OpenSearchWords.classify(Search.session(entityManager), text, spellings, SPELLINGS_FROM, visible);
        }
        Set<String> known = new HashSet<>();
        Map<String, String> nearest = new LinkedHashMap<>();
        Analyzer english = analyzer(SearchAnalysis.ENGLISH);
        try (IndexReader reader = luceneScope().openIndexReader()) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (known.contains(word) || nearest.containsKey(word)) {
                    continue;
                }
                if (seen(reader, visible, new Term(WORDS, word)) || inAnotherForm(reader, visible, english, word)) {
                    known.add(word);
                } else if (spellings && word.length() >= SPELLINGS_FROM) {
                    nearest(reader, visible, word).ifPresent(best -> nearest.put(word, best));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(known, nearest);
    }

    /**
     * The closest indexed spelling that a project this viewer may read holds: fewest edits first, then the word most
     * projects hold. The spelling checker reads the whole terms dictionary, so each candidate is checked in turn.
     */
    private Optional<String> nearest(IndexReader reader, Visible visible, String word) throws IOException {
        DirectSpellChecker checker = word.length() >= 6 ? twoEdits : oneEdit;
        SuggestWord[] found = checker.suggestSimilar(
                new Term(WORDS, word), CANDIDATES, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        for (SuggestWord candidate : found) {
            if (visible.holds(new Term(WORDS, candidate.string))) {
                return Optional.of(candidate.string);
            }
        }
        return Optional.empty();
    }

    /** The index's count first, which is free, then the viewer's own count only for a term some project holds. */
    private static boolean seen(IndexReader reader, Visible visible, Term term) throws IOException {
        return reader.docFreq(term) > 0 && visible.holds(term);
    }

    private static DirectSpellChecker spellChecker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        // A typo in the first letter is still a typo.
        checker.setMinPrefix(0);
        checker.setMinQueryLength(SPELLINGS_FROM);
        return checker;
    }

    /** True when the word's English stem is in the text of some project the viewer may read. */
    private static boolean inAnotherForm(IndexReader reader, Visible visible, Analyzer english, String word)
            throws IOException {
        try (TokenStream ts = english.tokenStream(TEXT, word)) {
            var term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String stem = ts.incrementToken() ? term.toString() : null;
            while (ts.incrementToken()) {
                // drain the stream, as the analyser's contract asks
            }
            ts.end();
            return stem != null && seen(reader, visible, new Term(TEXT, stem));
        }
    }

    Analyzer analyzer(String name) {
        return analyzers.computeIfAbsent(
                name,
                n -> onLucene()
                        ? mapping()
                                .backend()
                                .unwrap(LuceneBackend.class)
                                .analyzer(n)
                                .orElseThrow()
                        : SearchAnalysisOpenSearch.luceneAnalyzer(n));
    }

    /** False in the cluster profile, where the index is on OpenSearch (decision 108). */
    boolean onLucene() {
        Boolean lucene = onLucene;
        if (lucene == null) {
            lucene = mapping().backend() instanceof LuceneBackend;
            onLucene = lucene;
        }
        return lucene;
    }

    private LuceneIndexScope luceneScope() {
        LuceneIndexScope scope = luceneScope;
        if (scope == null) {
            scope = mapping().scope(Project.class).extension(LuceneExtension.get());
            luceneScope = scope;
        }
        return scope;
    }
}
