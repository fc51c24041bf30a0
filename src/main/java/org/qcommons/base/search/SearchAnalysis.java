package org.qcommons.base.search;

import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.charfilter.MappingCharFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.en.EnglishPossessiveFilterFactory;
import org.apache.lucene.analysis.en.PorterStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisComponentParametersStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalyzerOptionalComponentsStep;

/**
 * Analysis shared by every indexed feature, written once for both backends (decision 108): {@link #ANALYZERS} and
 * {@link #NORMALIZER} list each analyser's steps, and each step names itself for Lucene (a factory class) and for
 * OpenSearch (a built-in or a definition in {@link SearchAnalysisOpenSearch}). This class renders them for the Lucene
 * backend; synonyms are applied at query time only (see docs/decisions/010), so that the abbreviation file can
 * change without re-indexing and multi-word synonyms keep their phrase structure.
 */
public class SearchAnalysis implements LuceneAnalysisConfigurer {

    /** Index-time English: standard tokens, lower case, possessives and stop words removed, Porter stems. */
    public static final String ENGLISH = "english";
    /** Query-time English: the same, plus the health and QI abbreviations in search/synonyms.txt. */
    public static final String ENGLISH_SEARCH = "english_search";
    /** Unstemmed words, for typo tolerance and spelling suggestions. */
    public static final String PLAIN = "plain";
    /** Keyword normaliser for sorting by title. */
    public static final String SORT = "sort";

    static final String MAPPING_FILE = "search/mapping.txt";
    static final String SYNONYMS_FILE = "search/synonyms.txt";

    /** One step of an analyser: its Lucene factory and parameters, and its name on OpenSearch. */
    public record Step(
            Class<? extends AbstractAnalysisFactory> factory, Map<String, String> params, String openSearch) {}

    /** An analyser (or, without a tokenizer, a normaliser) as a list of steps. */
    public record Definition(String name, List<Step> charFilters, Step tokenizer, List<Step> tokenFilters) {}

    static final Step MAPPING = new Step(MappingCharFilterFactory.class, Map.of("mapping", MAPPING_FILE), "qc_mapping");
    static final Step STANDARD = new Step(StandardTokenizerFactory.class, Map.of(), "standard");
    static final Step FOLDING = new Step(ASCIIFoldingFilterFactory.class, Map.of(), "asciifolding");
    static final Step LOWER_CASE = new Step(LowerCaseFilterFactory.class, Map.of(), "lowercase");
    static final Step POSSESSIVE = new Step(EnglishPossessiveFilterFactory.class, Map.of(), "qc_possessive");
    /** Lucene's default stop set is EnglishAnalyzer's, which is also OpenSearch's {@code _english_}. */
    static final Step STOP = new Step(StopFilterFactory.class, Map.of(), "qc_stop");

    static final Step PORTER = new Step(PorterStemFilterFactory.class, Map.of(), "porter_stem");
    static final Step SYNONYMS = new Step(
            SynonymGraphFilterFactory.class,
            Map.of("synonyms", SYNONYMS_FILE, "ignoreCase", "true", "expand", "true"),
            "qc_synonyms");

    public static final List<Definition> ANALYZERS = List.of(
            new Definition(ENGLISH, List.of(MAPPING), STANDARD, List.of(FOLDING, LOWER_CASE, POSSESSIVE, STOP, PORTER)),
            new Definition(
                    ENGLISH_SEARCH,
                    List.of(MAPPING),
                    STANDARD,
                    List.of(FOLDING, LOWER_CASE, SYNONYMS, POSSESSIVE, STOP, PORTER)),
            new Definition(PLAIN, List.of(MAPPING), STANDARD, List.of(FOLDING, LOWER_CASE)));

    public static final Definition NORMALIZER = new Definition(SORT, List.of(), null, List.of(FOLDING, LOWER_CASE));

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        for (Definition d : ANALYZERS) {
            LuceneAnalysisOptionalComponentsStep step =
                    withParams(context.analyzer(d.name()).custom().tokenizer(tokenizer(d.tokenizer())), d.tokenizer());
            addSteps(step, d);
        }
        addSteps(context.normalizer(NORMALIZER.name()).custom(), NORMALIZER);
    }

    private static void addSteps(LuceneAnalysisOptionalComponentsStep step, Definition d) {
        for (Step s : d.charFilters()) {
            step = withParams(step.charFilter(charFilter(s)), s);
        }
        for (Step s : d.tokenFilters()) {
            step = withParams(step.tokenFilter(tokenFilter(s)), s);
        }
    }

    private static LuceneAnalysisOptionalComponentsStep withParams(LuceneAnalysisComponentParametersStep step, Step s) {
        s.params().forEach(step::param);
        return step;
    }

    private static LuceneAnalyzerOptionalComponentsStep withParams(LuceneAnalyzerOptionalComponentsStep step, Step s) {
        s.params().forEach(step::param);
        return step;
    }

    @SuppressWarnings("unchecked")
    static Class<? extends TokenizerFactory> tokenizer(Step s) {
        return (Class<? extends TokenizerFactory>) s.factory();
    }

    @SuppressWarnings("unchecked")
    static Class<? extends CharFilterFactory> charFilter(Step s) {
        return (Class<? extends CharFilterFactory>) s.factory();
    }

    @SuppressWarnings("unchecked")
    static Class<? extends TokenFilterFactory> tokenFilter(Step s) {
        return (Class<? extends TokenFilterFactory>) s.factory();
    }
}
