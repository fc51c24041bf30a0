package org.qcommons.projects;

import static org.qcommons.projects.ProjectIndexFields.ARCHIVED;
import static org.qcommons.projects.ProjectIndexFields.BODY;
import static org.qcommons.projects.ProjectIndexFields.CREATED_AT;
import static org.qcommons.projects.ProjectIndexFields.LEAD_ID;
import static org.qcommons.projects.ProjectIndexFields.START_DATE;
import static org.qcommons.projects.ProjectIndexFields.SUMMARY;
import static org.qcommons.projects.ProjectIndexFields.TEXT;
import static org.qcommons.projects.ProjectIndexFields.TITLE;
import static org.qcommons.projects.ProjectIndexFields.TITLE_SORT;
import static org.qcommons.projects.ProjectIndexFields.TOPIC_NAMES;
import static org.qcommons.projects.ProjectIndexFields.VISIBILITY;
import static org.qcommons.projects.ProjectIndexFields.WITHHELD;
import static org.qcommons.projects.ProjectIndexFields.WORDS;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.Query;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.mapper.orm.scope.SearchScope;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.qcommons.base.search.SearchAnalysis;
import org.springframework.stereotype.Component;

/**
 * The Hibernate Search side of the register. Visibility is part of every query, so a members-only or archived
 * project can never be counted, listed, suggested or exported for someone who may not see it.
 */
@Component
class ProjectSearch {

    static final float TITLE_BOOST = 4f;
    static final float TOPIC_BOOST = 2f;
    private static final Pattern PHRASE = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern OPERATORS = Pattern.compile("[|+\\-*()~]");
    /** Typed words this long or longer get typo tolerance when no project contains them. */
    private static final int FUZZY_FROM = 5;

    private static final int MAX_TERMS = 500;

    /** What a search needs besides the page of rows and the total. */
    enum Parts {
        /** Rows only: the CSV export. */
        ROWS,
        /** Rows with their snippets: a page of a list, or the open-data API. */
        SNIPPETS,
        /** Snippets, facet counts and "did you mean": a new search in the register. */
        EVERYTHING
    }

    /** A page of rows, their snippets (null where none applies), the total, and the counts and suggestion if asked. */
    record Found(
            List<ProjectRow> rows,
            List<Snippet> snippets,
            long total,
            ProjectFacets facets,
            Optional<String> suggestion) {}

    @PersistenceContext
    private EntityManager entityManager;

    private final EntityManagerFactory entityManagerFactory;
    private final RegisterWords words;

    ProjectSearch(EntityManagerFactory entityManagerFactory, RegisterWords words) {
        this.entityManagerFactory = entityManagerFactory;
        this.words = words;
    }

    SearchSession session() {
        return Search.session(entityManager);
    }

    SearchMapping mapping() {
        return Search.mapping(entityManagerFactory);
    }

    /**
     * One search: the page of hits in the order asked for and the total from one index query, built from stored
     * fields and ids, never entities; with {@link Parts#EVERYTHING} that query also counts every facet not chosen,
     * and a chosen facet costs one more count without its own filter. The typed words are classified once, and the
     * page, the snippets, the counts and the suggestion all use that one classification.
     */
    Found find(RegisterQuery q, boolean membersVisible, int offset, int limit, Parts parts) {
        SearchSession session = session();
        SearchScope<Project> scope = session.scope(Project.class);
        RegisterWords.Lexicon lexicon = q.hasText()
                ? words.classify(q.text(), parts != Parts.ROWS, visible(scope, membersVisible))
                : RegisterWords.Lexicon.NONE;
        Map<RegisterFacet, AggregationKey<Map<Object, Long>>> keys = new EnumMap<>(RegisterFacet.class);
        var query = session.search(scope)
                .select(ProjectRow.class)
                .where(predicate(scope, q, membersVisible, lexicon))
                .sort(f -> switch (q.sort()) {
                    case TITLE ->
                        f.field(TITLE_SORT).asc().then().field(START_DATE).desc();
                    case NEWEST ->
                        f.field(START_DATE).desc().then().field(CREATED_AT).desc();
                    case RELEVANCE ->
                        q.hasText()
                                ? f.score().then().field(START_DATE).desc()
                                : f.field(START_DATE)
                                        .desc()
                                        .then()
                                        .field(CREATED_AT)
                                        .desc();
                });
        if (parts == Parts.EVERYTHING) {
            for (RegisterFacet facet : counted(membersVisible)) {
                if (q.get(facet) == null) {
                    AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.param());
                    keys.put(facet, key);
                    query = query.aggregation(
                            key,
                            f -> f.terms().field(facet.field(), keyType(facet)).maxTermCount(MAX_TERMS));
                }
            }
        }
        SearchResult<ProjectRow> result = query.fetch(offset, limit);
        List<ProjectRow> rows = result.hits();
        long total = result.total().hitCount();
        List<Snippet> snippets =
                parts == Parts.ROWS || !q.hasText() || rows.isEmpty() ? null : snippets(q, lexicon, rows);
        if (parts != Parts.EVERYTHING) {
            return new Found(rows, snippets, total, null, Optional.empty());
        }
        Map<RegisterFacet, Map<Object, Long>> counts = new EnumMap<>(RegisterFacet.class);
        for (RegisterFacet facet : counted(membersVisible)) {
            AggregationKey<Map<Object, Long>> key = keys.get(facet);
            counts.put(
                    facet,
                    key != null ? result.aggregation(key) : countWithout(scope, q, facet, membersVisible, lexicon));
        }
        // Asked only when a typed word is unknown: then it costs one count, with the same facets it will apply.
        Optional<String> suggestion = suggest(scope, q, membersVisible, lexicon);
        return new Found(rows, snippets, total, new ProjectFacets(total, counts), suggestion);
    }

    long count(RegisterQuery q, boolean membersVisible) {
        SearchSession session = session();
        SearchScope<Project> scope = session.scope(Project.class);
        RegisterWords.Lexicon lexicon = q.hasText()
                ? words.classify(q.text(), false, visible(scope, membersVisible))
                : RegisterWords.Lexicon.NONE;
        return session.search(scope)
                .where(predicate(scope, q, membersVisible, lexicon))
                .fetchTotalHitCount();
    }

    /**
     * True when the index was built by this version of the mapping: documents written before the result lists were
     * built from stored fields lack them, and a rebuild is due.
     */
    boolean storesListFields() {
        List<Long> leads = session()
                .search(Project.class)
                .select(f -> f.field(LEAD_ID, Long.class))
                .where(f -> f.matchAll())
                .fetchHits(1);
        return leads.isEmpty() || leads.get(0) != null;
    }

    private static List<RegisterFacet> counted(boolean membersVisible) {
        return EnumSet.allOf(RegisterFacet.class).stream()
                .filter(f -> membersVisible || !f.membersOnly())
                .toList();
    }

    /** Terms of any facet's type are counted into a map keyed by that type; the facet's constant knows which. */
    @SuppressWarnings("unchecked")
    private static Class<Object> keyType(RegisterFacet facet) {
        return (Class<Object>) facet.type();
    }

    /**
     * A chosen facet is counted without its own filter, so its other values stay visible with their counts. A region
     * is counted without the STP too, since an STP lies within one region.
     */
    private Map<Object, Long> countWithout(
            SearchScope<Project> scope,
            RegisterQuery q,
            RegisterFacet facet,
            boolean membersVisible,
            RegisterWords.Lexicon lexicon) {
        RegisterQuery without = q.with(facet, null);
        if (facet == RegisterFacet.REGION) {
            without = without.with(RegisterFacet.STP, null);
        }
        AggregationKey<Map<Object, Long>> key = AggregationKey.of(facet.param());
        return session()
                .search(scope)
                .where(predicate(scope, without, membersVisible, lexicon))
                .aggregation(
                        key, f -> f.terms().field(facet.field(), keyType(facet)).maxTermCount(MAX_TERMS))
                .fetch(0)
                .aggregation(key);
    }

    private List<Snippet> snippets(RegisterQuery q, RegisterWords.Lexicon lexicon, List<ProjectRow> rows) {
        Set<String> nearWords = new LinkedHashSet<>();
        lexicon.nearest().forEach((typed, near) -> {
            if (typed.length() >= FUZZY_FROM) {
                nearWords.add(near);
            }
        });
        ProjectSnippets snippets = ProjectSnippets.forText(
                q.text(),
                words.analyzer(SearchAnalysis.ENGLISH),
                words.analyzer(SearchAnalysis.ENGLISH_SEARCH),
                nearWords);
        List<Snippet> result = new ArrayList<>(rows.size());
        for (ProjectRow r : rows) {
            result.add(snippets.best(r.summary(), r.aims(), r.outcomes(), r.learning()));
        }
        return result;
    }

    /**
     * "Did you mean": each typed word that no project contains replaced by its nearest indexed spelling, offered only
     * if it finds something this user may see with the same facets, so choosing it never ends in "No projects match".
     */
    private Optional<String> suggest(
            SearchScope<Project> scope, RegisterQuery q, boolean membersVisible, RegisterWords.Lexicon lexicon) {
        if (!q.hasText() || lexicon.nearest().isEmpty()) {
            return Optional.empty();
        }
        String text = q.text();
        StringBuilder out = new StringBuilder();
        Matcher m = RegisterWords.WORD.matcher(text);
        int last = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            out.append(text, last, m.start()).append(lexicon.nearest().getOrDefault(word, word));
            last = m.end();
        }
        out.append(text.substring(last));
        String suggested = out.toString().trim();
        if (suggested.equalsIgnoreCase(text)) {
            return Optional.empty();
        }
        RegisterQuery better = q.withText(suggested);
        RegisterWords.Lexicon known = words.classify(suggested, false, visible(scope, membersVisible));
        long found = session()
                .search(scope)
                .where(predicate(scope, better, membersVisible, known))
                .fetchTotalHitCount();
        return found > 0 ? Optional.of(suggested) : Optional.empty();
    }

    /** Projects like this one: Lucene's more-like-this over title, summary and topics, visibility applied. */
    List<Project> similar(Project project, boolean membersVisible, int max) {
        SearchScope<Project> scope = session().scope(Project.class);
        if (!words.onLucene()) {
            var f = scope.predicate();
            return session()
                    .search(scope)
                    .where(f.bool()
                            .must(OpenSearchWords.similarTo(f, project))
                            .mustNot(f.id().matching(project.getId()))
                            .filter(visibility(scope, membersVisible))
                            .toPredicate())
                    .fetchHits(max);
        }
        LuceneIndexScope lucene = mapping().scope(Project.class).extension(LuceneExtension.get());
        Query like;
        try (IndexReader reader = lucene.openIndexReader()) {
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(words.analyzer(SearchAnalysis.ENGLISH));
            mlt.setFieldNames(new String[] {TITLE, SUMMARY, TOPIC_NAMES});
            mlt.setMinTermFreq(1);
            mlt.setMinDocFreq(1);
            mlt.setMinWordLen(3);
            mlt.setMaxQueryTerms(30);
            mlt.setBoost(true);
            Map<String, Collection<Object>> doc = new HashMap<>();
            doc.put(TITLE, List.of(project.getTitle()));
            doc.put(SUMMARY, List.of(project.getSummary()));
            doc.put(TOPIC_NAMES, new ArrayList<>(project.getTopicNames()));
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

    /** The whole query: text, facet filters and visibility. */
    private SearchPredicate predicate(
            SearchScope<Project> scope, RegisterQuery q, boolean membersVisible, RegisterWords.Lexicon lexicon) {
        var f = scope.predicate();
        var root = f.bool();
        // At the top level, so that Lucene's conjunction sees the clauses themselves.
        hideFrom(root, f, membersVisible);
        if (q.hasText()) {
            // The whole query may also name an area, by its name of today or of before (an STP now an ICS).
            String area = Slugs.of(q.text());
            root.must(
                    area.isEmpty()
                            ? text(scope, q.text(), lexicon)
                            : f.bool()
                                    .should(text(scope, q.text(), lexicon))
                                    .should(f.match()
                                            .field(ProjectIndexFields.AREA_NAMES)
                                            .matching(area))
                                    .toPredicate());
        }
        q.filters().forEach((facet, value) -> {
            // Signals derive from members-only measures, so anonymous searches ignore them.
            if (membersVisible || !facet.membersOnly()) {
                root.filter(f.match().field(facet.field()).matching(value));
            }
        });
        return root.toPredicate();
    }

    /**
     * One count per term, with the viewer's visibility, for the words that the suggestions and typo tolerance use:
     * with operators ({@code perinatel | sepsiz}) a whole-query count cannot tell which word found something.
     */
    private RegisterWords.Visible visible(SearchScope<Project> scope, boolean membersVisible) {
        return term -> {
            var f = scope.predicate();
            SearchPredicate holds = f.bool()
                    .must(f.match().field(term.field()).matching(term.text()).skipAnalysis())
                    .filter(visibility(scope, membersVisible))
                    .toPredicate();
            return session().search(scope).where(holds).fetchTotalHitCount() > 0;
        };
    }

    private SearchPredicate visibility(SearchScope<Project> scope, boolean membersVisible) {
        var f = scope.predicate();
        var b = f.bool();
        hideFrom(b, f, membersVisible);
        return b.toPredicate();
    }

    private static void hideFrom(
            BooleanPredicateClausesStep<?, ?> b, SearchPredicateFactory f, boolean membersVisible) {
        // Excluding the few archived projects costs less than requiring "not archived" of every candidate; every
        // document has the field (a primitive), so the two mean the same.
        b.mustNot(f.match().field(ARCHIVED).matching(true));
        b.mustNot(f.match().field(WITHHELD).matching(true));
        if (!membersVisible) {
            b.filter(f.match().field(VISIBILITY).matching(Visibility.PUBLIC));
        }
    }

    /**
     * The user's words, AND by default. The whole text is matched with the English analyser (stems, synonyms,
     * quoted phrases); as an alternative, each word may match itself or, if it is long enough, a near spelling
     * in the unstemmed words, so "sepssi" still finds sepsis. Exact matches score higher.
     */
    private SearchPredicate text(SearchScope<Project> scope, String text, RegisterWords.Lexicon lexicon) {
        var f = scope.predicate();
        // Whitespace as an operator lets words match in different fields (title and summary)...
        SearchPredicate crossFields = english(scope, text, true);
        // ...while analysing the words together lets multi-word synonyms work ("acute kidney injury" = AKI).
        SearchPredicate exact = text.trim().contains(" ")
                ? f.bool()
                        .should(crossFields)
                        .should(english(scope, text, false))
                        .minimumShouldMatchNumber(1)
                        .toPredicate()
                : crossFields;
        String withoutPhrases = PHRASE.matcher(text).replaceAll(" ");
        if (OPERATORS.matcher(withoutPhrases).find()) {
            return exact;
        }
        var tolerant = f.bool();
        Matcher phrases = PHRASE.matcher(text);
        while (phrases.find()) {
            tolerant.must(f.phrase()
                    .field(TITLE)
                    .boost(TITLE_BOOST)
                    .fields(BODY)
                    .field(TOPIC_NAMES)
                    .matching(phrases.group(1)));
        }
        // Typo tolerance only for words that no project contains, as typed or in another form of the word.
        Set<String> known = lexicon.known();
        Matcher typed = RegisterWords.WORD.matcher(withoutPhrases);
        boolean anyFuzzy = false;
        while (typed.find()) {
            String word = typed.group();
            if (EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            var alternatives = f.bool()
                    .should(f.simpleQueryString()
                            .field(TITLE)
                            .boost(TITLE_BOOST)
                            .field(TOPIC_NAMES)
                            .boost(TOPIC_BOOST)
                            .field(TEXT)
                            .matching(word)
                            .defaultOperator(BooleanOperator.AND));
            if (word.length() >= FUZZY_FROM && !known.contains(word.toLowerCase(Locale.ROOT))) {
                anyFuzzy = true;
                alternatives.should(f.match()
                        .field(WORDS)
                        .matching(word)
                        .fuzzy(word.length() >= 8 ? 2 : 1, 1)
                        .boost(0.5f));
            }
            tolerant.must(alternatives);
        }
        if (!anyFuzzy) {
            return exact;
        }
        return f.bool()
                .should(f.bool().must(exact).boost(2f))
                .should(tolerant)
                .minimumShouldMatchNumber(1)
                .toPredicate();
    }

    private SearchPredicate english(SearchScope<Project> scope, String text, boolean whitespaceSplits) {
        var flags = EnumSet.of(
                SimpleQueryFlag.AND,
                SimpleQueryFlag.OR,
                SimpleQueryFlag.NOT,
                SimpleQueryFlag.PHRASE,
                SimpleQueryFlag.PRECEDENCE,
                SimpleQueryFlag.PREFIX);
        if (whitespaceSplits) {
            flags.add(SimpleQueryFlag.WHITESPACE);
        }
        // "text" holds every word of the project (body, title, topics, methods), so it alone decides what matches,
        // and words analysed together can match across fields. Title and topics only add their boosts, which Lucene
        // then reads for the matching projects alone instead of merging three fields' postings for every candidate.
        // A word's score is the same sum as before: text + 4 × title + 2 × topics.
        var f = scope.predicate();
        return f.bool()
                .must(f.simpleQueryString()
                        .field(TEXT)
                        .matching(text)
                        .defaultOperator(BooleanOperator.AND)
                        .flags(flags))
                .should(f.simpleQueryString()
                        .field(TITLE)
                        .boost(TITLE_BOOST)
                        .matching(text)
                        .defaultOperator(BooleanOperator.OR)
                        .flags(flags))
                .should(f.simpleQueryString()
                        .field(TOPIC_NAMES)
                        .boost(TOPIC_BOOST)
                        .matching(text)
                        .defaultOperator(BooleanOperator.OR)
                        .flags(flags))
                .toPredicate();
    }
}
