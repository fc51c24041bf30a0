package org.qcommons.projects;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.stereotype.Component;

/**
 * The Hibernate Search side of the register. Visibility is part of every query, so a members-only or archived
 * project can never be counted, listed, suggested or exported for someone who may not see it.
 */
@Component
class ProjectSearch {

    static final float TITLE_BOOST = 4f;
    static final float TOPIC_BOOST = 2f;
    private static final String[] BODY = {"summary", "aims", "outcomes", "learning"};
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern OPERATORS = Pattern.compile("[|+\\-*()~]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}&]+");

    private static final AggregationKey<Map<Long, Long>> REGIONS = AggregationKey.of("regions");
    private static final AggregationKey<Map<Long, Long>> STPS = AggregationKey.of("stps");
    private static final AggregationKey<Map<Long, Long>> CONDITIONS = AggregationKey.of("conditions");
    private static final AggregationKey<Map<Long, Long>> ISSUES = AggregationKey.of("issues");
    private static final AggregationKey<Map<ProjectStatus, Long>> STATUSES = AggregationKey.of("statuses");
    private static final AggregationKey<Map<Long, Long>> METHODS = AggregationKey.of("methods");
    private static final AggregationKey<Map<Integer, Long>> YEARS = AggregationKey.of("years");
    private static final AggregationKey<Map<org.qcommons.spc.Signal, Long>> SIGNALS = AggregationKey.of("signals");

    @PersistenceContext
    private EntityManager entityManager;
    private final EntityManagerFactory entityManagerFactory;

    ProjectSearch(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
    }

    SearchSession session() {
        return Search.session(entityManager);
    }

    SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    /**
     * One page of hits in the order asked for and the total, from one index query, built from the index alone:
     * stored fields and ids, never entities. Names (lead, region, STP, topics, methods) are looked up by id
     * afterwards ({@link ResultLabels}), so renames and erasure show at once.
     */
    Page page(ProjectCriteria c, boolean membersVisible, int offset, int limit) {
        SearchSession session = session();
        SearchScope<Project> scope = session.scope(Project.class);
        Lexicon lexicon = c.hasText() ? lexicon(PHRASE.matcher(c.text().trim()).replaceAll(" "), 5) : Lexicon.NONE;
        SearchResult<Row> result = session.search(scope)
                .select(f -> f.composite()
                        .from(f.id(Long.class), f.field("title", String.class), f.field("status", ProjectStatus.class),
                                f.field("startDate", java.time.LocalDate.class), f.field("visibility", Visibility.class),
                                f.field("regionId", Long.class), f.field("stpId", Long.class),
                                f.field("leadId", Long.class), f.field("topicIds", Long.class).list(),
                                f.field("methodIds", Long.class).list(), f.field("summary", String.class),
                                f.field("aims", String.class), f.field("outcomes", String.class),
                                f.field("learning", String.class))
                        .asList(ProjectSearch::toRow))
                .where(predicate(scope, c, membersVisible, lexicon))
                .sort(f -> switch (c.sortOrDefault()) {
                    case TITLE -> f.field("titleSort").asc().then().field("startDate").desc();
                    case NEWEST -> f.field("startDate").desc().then().field("createdAt").desc();
                    case RELEVANCE -> c.hasText()
                            ? f.score().then().field("startDate").desc()
                            : f.field("startDate").desc().then().field("createdAt").desc();
                })
                .fetch(offset, limit);
        List<Row> rows = result.hits();
        if (!c.hasText() || rows.isEmpty()) {
            return new Page(rows, result.total().hitCount());
        }
        String text = c.text().trim();
        ProjectSnippets snippets = ProjectSnippets.forText(text, analyzer(org.qcommons.base.search.SearchAnalysis.ENGLISH),
                analyzer(org.qcommons.base.search.SearchAnalysis.ENGLISH_SEARCH),
                new java.util.LinkedHashSet<>(lexicon.nearest().values()));
        return new Page(rows.stream().map(r -> r.withSnippet(snippets.best(r.summary(), r.aims(), r.outcomes(),
                r.learning()))).toList(), result.total().hitCount());
    }

    record Page(List<Row> rows, long total) {
    }

    /**
     * True when the index was built by this version of the mapping: documents written before the result lists were
     * built from stored fields lack them, and a rebuild is due.
     */
    boolean storesListFields() {
        List<Long> leads = session().search(Project.class).select(f -> f.field("leadId", Long.class))
                .where(f -> f.matchAll()).fetchHits(1);
        return leads.isEmpty() || leads.get(0) != null;
    }

    long count(ProjectCriteria c, boolean membersVisible) {
        SearchSession session = session();
        SearchScope<Project> scope = session.scope(Project.class);
        return session.search(scope).where(predicate(scope, c, membersVisible)).fetchTotalHitCount();
    }

    ProjectFacets facets(ProjectCriteria c, boolean membersVisible) {
        SearchScope<Project> scope = session().scope(Project.class);
        // Every count below searches the same words; the index is asked about them once.
        Lexicon lexicon = known(c);
        SearchResult<?> all = session().search(scope).where(predicate(scope, c, membersVisible, lexicon))
                .aggregation(REGIONS, f -> f.terms().field("regionId", Long.class).maxTermCount(500))
                .aggregation(STPS, f -> f.terms().field("stpId", Long.class).maxTermCount(500))
                .aggregation(CONDITIONS, f -> f.terms().field("conditionIds", Long.class).maxTermCount(500))
                .aggregation(ISSUES, f -> f.terms().field("issueIds", Long.class).maxTermCount(500))
                .aggregation(STATUSES, f -> f.terms().field("status", ProjectStatus.class))
                .aggregation(METHODS, f -> f.terms().field("methodIds", Long.class).maxTermCount(500))
                .aggregation(YEARS, f -> f.terms().field("startYear", Integer.class).maxTermCount(200))
                .aggregation(SIGNALS, f -> f.terms().field("spcSignal", org.qcommons.spc.Signal.class))
                .fetch(0);
        // A chosen facet is counted without its own filter, so its other values stay visible with their counts.
        return new ProjectFacets(all.total().hitCount(),
                c.regionId() == null ? all.aggregation(REGIONS) : single(scope, c.withRegion(null).withStp(null), membersVisible, lexicon, REGIONS, "regionId", Long.class),
                c.stpId() == null ? all.aggregation(STPS) : single(scope, c.withStp(null), membersVisible, lexicon, STPS, "stpId", Long.class),
                c.conditionId() == null ? all.aggregation(CONDITIONS) : single(scope, c.withCondition(null), membersVisible, lexicon, CONDITIONS, "conditionIds", Long.class),
                c.issueId() == null ? all.aggregation(ISSUES) : single(scope, c.withIssue(null), membersVisible, lexicon, ISSUES, "issueIds", Long.class),
                c.status() == null ? all.aggregation(STATUSES) : single(scope, c.withStatus(null), membersVisible, lexicon, STATUSES, "status", ProjectStatus.class),
                c.methodId() == null ? all.aggregation(METHODS) : single(scope, c.withMethod(null), membersVisible, lexicon, METHODS, "methodIds", Long.class),
                c.startYear() == null ? all.aggregation(YEARS) : single(scope, c.withStartYear(null), membersVisible, lexicon, YEARS, "startYear", Integer.class),
                !membersVisible ? Map.of() : c.signal() == null ? all.aggregation(SIGNALS)
                        : single(scope, c.withSignal(null), membersVisible, lexicon, SIGNALS, "spcSignal", org.qcommons.spc.Signal.class));
    }

    private <K> Map<K, Long> single(SearchScope<Project> scope, ProjectCriteria c, boolean membersVisible,
                                    Lexicon lexicon, AggregationKey<Map<K, Long>> key, String field, Class<K> type) {
        return session().search(scope).where(predicate(scope, c, membersVisible, lexicon))
                .aggregation(key, f -> f.terms().field(field, type).maxTermCount(500))
                .fetch(0).aggregation(key);
    }

    /** Projects like this one: Lucene's more-like-this over title, summary and topics, visibility applied. */
    List<Project> similar(Project project, boolean membersVisible, int max) {
        SearchScope<Project> scope = session().scope(Project.class);
        LuceneIndexScope lucene = mapping().scope(Project.class).extension(LuceneExtension.get());
        org.apache.lucene.search.Query like;
        try (IndexReader reader = lucene.openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(englishAnalyzer());
            mlt.setFieldNames(new String[]{"title", "summary", "topicNames"});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Map<String, Collection<Object>> doc = new HashMap<>();
            doc.put("title", List.of(project.getTitle()));
            doc.put("summary", List.of(project.getSummary()));
            doc.put("topicNames", new ArrayList<>(project.getTopicNames()));
            like = mlt.like(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var f = scope.predicate();
        var query = f.bool()
                .must(f.extension(LuceneExtension.get()).fromLuceneQuery(like))
                .mustNot(f.id().matching(project.getId()))
                .filter(visibility(scope, membersVisible));
        return session().search(scope).where(query.toPredicate()).fetchHits(max);
    }

    /**
     * "Did you mean": replaces each query word that no project contains with the closest indexed word.
     * The caller checks that the suggestion finds something the user may see, so hidden projects leak nothing.
     */
    Optional<String> suggest(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> nearest = lexicon(text, 4).nearest();
        if (nearest.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        Matcher m = WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            out.append(text, last, m.start()).append(nearest.getOrDefault(word, word));
            last = m.end();
        }
        out.append(text.substring(last));
        return Optional.of(out.toString().trim());
    }

    private static String closest(Terms terms, String word) throws IOException {
        int maxEdits = word.length() >= 6 ? 2 : 1;
        TermsEnum it = terms.iterator();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestFreq = 0;
        for (BytesRef ref = it.next(); ref != null; ref = it.next()) {
            String candidate = ref.utf8ToString();
            if (Math.abs(candidate.length() - word.length()) > maxEdits) {
                continue;
            }
            int d = Levenshtein.distance(word, candidate, maxEdits);
            if (d <= maxEdits && (d < bestDistance || (d == bestDistance && it.docFreq() > bestFreq))) {
                best = candidate;
                bestDistance = d;
                bestFreq = it.docFreq();
            }
        }
        return best;
    }

    private Analyzer englishAnalyzer() {
        return analyzer(org.qcommons.base.search.SearchAnalysis.ENGLISH);
    }

    /** Analysers and the index scope are fixed once Hibernate Search has started; looking them up costs each search. */
    private final Map<String, Analyzer> analyzers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile LuceneIndexScope luceneScope;

    private Analyzer analyzer(String name) {
        return analyzers.computeIfAbsent(name,
                n -> mapping().backend().unwrap(LuceneBackend.class).analyzer(n).orElseThrow());
    }

    private LuceneIndexScope luceneScope() {
        LuceneIndexScope scope = luceneScope;
        if (scope == null) {
            scope = mapping().scope(Project.class).extension(LuceneExtension.get());
            luceneScope = scope;
        }
        return scope;
    }

    /** The whole query: text, facet filters and visibility. */
    SearchPredicate predicate(SearchScope<Project> scope, ProjectCriteria c, boolean membersVisible) {
        return predicate(scope, c, membersVisible, known(c));
    }

    /** Which of the criteria's words the index knows; no spellings, which only snippets and suggestions need. */
    private Lexicon known(ProjectCriteria c) {
        return c.hasText() ? lexicon(PHRASE.matcher(c.text().trim()).replaceAll(" "), NO_SPELLINGS) : Lexicon.NONE;
    }

    private SearchPredicate predicate(SearchScope<Project> scope, ProjectCriteria c, boolean membersVisible,
                                      Lexicon lexicon) {
        var f = scope.predicate();
        var root = f.bool();
        // At the top level, so that Lucene's conjunction sees the clauses themselves.
        hideFrom(root, f, membersVisible);
        if (c.hasText()) {
            root.must(text(scope, c.text().trim(), lexicon));
        }
        if (c.regionId() != null) root.filter(f.match().field("regionId").matching(c.regionId()));
        if (c.stpId() != null) root.filter(f.match().field("stpId").matching(c.stpId()));
        if (c.conditionId() != null) root.filter(f.match().field("conditionIds").matching(c.conditionId()));
        if (c.issueId() != null) root.filter(f.match().field("issueIds").matching(c.issueId()));
        if (c.status() != null) root.filter(f.match().field("status").matching(c.status()));
        // Signals derive from members-only measures, so anonymous searches ignore them.
        if (c.signal() != null && membersVisible) root.filter(f.match().field("spcSignal").matching(c.signal()));
        if (c.methodId() != null) root.filter(f.match().field("methodIds").matching(c.methodId()));
        if (c.startYear() != null) root.filter(f.match().field("startYear").matching(c.startYear()));
        return root.toPredicate();
    }

    private SearchPredicate visibility(SearchScope<Project> scope, boolean membersVisible) {
        var f = scope.predicate();
        var b = f.bool();
        hideFrom(b, f, membersVisible);
        return b.toPredicate();
    }

    private static void hideFrom(org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep<?, ?> b,
                                 org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory f,
                                 boolean membersVisible) {
        // Excluding the few archived projects costs less than requiring "not archived" of every candidate; every
        // document has the field (a primitive), so the two mean the same.
        b.mustNot(f.match().field("archived").matching(true));
        if (!membersVisible) {
            b.filter(f.match().field("visibility").matching(Visibility.PUBLIC));
        }
    }

    /**
     * The user's words, AND by default. The whole text is matched with the English analyser (stems, synonyms,
     * quoted phrases); as an alternative, each word may match itself or, if it is long enough, a near spelling
     * in the unstemmed words, so "sepssi" still finds sepsis. Exact matches score higher.
     */
    private SearchPredicate text(SearchScope<Project> scope, String text, Lexicon lexicon) {
        var f = scope.predicate();
        // Whitespace as an operator lets words match in different fields (title and summary)...
        SearchPredicate crossFields = english(scope, text, true);
        // ...while analysing the words together lets multi-word synonyms work ("acute kidney injury" = AKI).
        SearchPredicate exact = text.trim().contains(" ")
                ? f.bool().should(crossFields).should(english(scope, text, false)).minimumShouldMatchNumber(1).toPredicate()
                : crossFields;
        String withoutPhrases = PHRASE.matcher(text).replaceAll(" ");
        if (OPERATORS.matcher(withoutPhrases).find()) {
            return exact;
        }
        var tolerant = f.bool();
        Matcher phrases = PHRASE.matcher(text);
        while (phrases.find()) {
            tolerant.must(f.phrase().field("title").boost(TITLE_BOOST).fields(BODY).field("topicNames")
                    .matching(phrases.group(1)));
        }
        // Typo tolerance only for words that no project contains, as typed or in another form of the word.
        java.util.Set<String> known = lexicon.known();
        Matcher words = WORD.matcher(withoutPhrases);
        boolean anyFuzzy = false;
        while (words.find()) {
            String word = words.group();
            if (org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            var alternatives = f.bool()
                    .should(f.simpleQueryString().field("title").boost(TITLE_BOOST)
                            .field("topicNames").boost(TOPIC_BOOST).field("text")
                            .matching(word).defaultOperator(BooleanOperator.AND));
            if (word.length() >= 5 && !known.contains(word.toLowerCase(Locale.ROOT))) {
                anyFuzzy = true;
                alternatives.should(f.match().field("words").matching(word)
                        .fuzzy(word.length() >= 8 ? 2 : 1, 1).boost(0.5f));
            }
            tolerant.must(alternatives);
        }
        if (!anyFuzzy) {
            return exact;
        }
        return f.bool().should(f.bool().must(exact).boost(2f)).should(tolerant).minimumShouldMatchNumber(1)
                .toPredicate();
    }

    /**
     * What the index knows of the typed words, from one index reader: the words some project contains, as typed
     * or in another form ("escalation" finds "escalating"), and the closest indexed spelling of each other word of
     * at least {@code spellingsFrom} letters (by edit distance, then by how many projects hold it). Only unknown
     * words need the costly typo tolerance and the scan of the dictionary; counts and facets need no spellings.
     */
    private Lexicon lexicon(String text, int spellingsFrom) {
        java.util.Set<String> known = new java.util.HashSet<>();
        Map<String, String> nearest = new LinkedHashMap<>();
        Analyzer english = englishAnalyzer();
        try (IndexReader reader = luceneScope().openIndexReader()) {
            Terms terms = null;
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (known.contains(word) || nearest.containsKey(word)) {
                    continue;
                }
                if (reader.docFreq(new Term("words", word)) > 0 || inAnotherForm(reader, english, word)) {
                    known.add(word);
                } else if (word.length() >= spellingsFrom) {
                    terms = terms != null ? terms : MultiTerms.getTerms(reader, "words");
                    String best = terms == null ? null : closest(terms, word);
                    if (best != null) {
                        nearest.put(word, best);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Lexicon(known, nearest);
    }

    /** True when the word's English stem is in some project's text. */
    private static boolean inAnotherForm(IndexReader reader, Analyzer english, String word) throws IOException {
        try (org.apache.lucene.analysis.TokenStream ts = english.tokenStream("text", word)) {
            var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
            ts.reset();
            boolean found = ts.incrementToken() && reader.docFreq(new Term("text", term.toString())) > 0;
            while (ts.incrementToken()) {
                // drain the stream, as the analyser's contract asks
            }
            ts.end();
            return found;
        }
    }

    private static final int NO_SPELLINGS = Integer.MAX_VALUE;

    /** Typed words some project contains (lower case), and the nearest indexed spelling of the others. */
    private record Lexicon(java.util.Set<String> known, Map<String, String> nearest) {
        static final Lexicon NONE = new Lexicon(java.util.Set.of(), Map.of());
    }

    private SearchPredicate english(SearchScope<Project> scope, String text, boolean whitespaceSplits) {
        var flags = java.util.EnumSet.of(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT,
                SimpleQueryFlag.PHRASE, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.PREFIX);
        if (whitespaceSplits) {
            flags.add(SimpleQueryFlag.WHITESPACE);
        }
        // "text" holds every word of the project (body, title, topics, methods), so it alone decides what matches,
        // and words analysed together can match across fields. Title and topics only add their boosts, which Lucene
        // then reads for the matching projects alone instead of merging three fields' postings for every candidate.
        // A word's score is the same sum as before: text + 4 × title + 2 × topics.
        var f = scope.predicate();
        return f.bool()
                .must(f.simpleQueryString().field("text").matching(text)
                        .defaultOperator(BooleanOperator.AND).flags(flags))
                .should(f.simpleQueryString().field("title").boost(TITLE_BOOST).matching(text)
                        .defaultOperator(BooleanOperator.OR).flags(flags))
                .should(f.simpleQueryString().field("topicNames").boost(TOPIC_BOOST).matching(text)
                        .defaultOperator(BooleanOperator.OR).flags(flags))
                .toPredicate();
    }

    @SuppressWarnings("unchecked")
    private static Row toRow(List<?> r) {
        return new Row((Long) r.get(0), (String) r.get(1), (ProjectStatus) r.get(2), (java.time.LocalDate) r.get(3),
                (Visibility) r.get(4), (Long) r.get(5), (Long) r.get(6), (Long) r.get(7), (List<Long>) r.get(8),
                (List<Long>) r.get(9), (String) r.get(10), (String) r.get(11), (String) r.get(12), (String) r.get(13),
                null);
    }

    /** One hit as the index stores it; {@code snippet} is safe HTML, or null when no body field matched. */
    record Row(Long id, String title, ProjectStatus status, java.time.LocalDate startDate, Visibility visibility,
               Long regionId, Long stpId, Long leadId, List<Long> topicIds, List<Long> methodIds, String summary,
               String aims, String outcomes, String learning, String snippet) {

        Row withSnippet(String html) {
            return new Row(id, title, status, startDate, visibility, regionId, stpId, leadId, topicIds, methodIds,
                    summary, aims, outcomes, learning, html);
        }
    }

    static Map<String, Long> toNameCounts(List<Object[]> rows) {
        Map<String, Long> result = new LinkedHashMap<>();
        rows.forEach(r -> result.put((String) r[0], (Long) r[1]));
        return result;
    }
}
