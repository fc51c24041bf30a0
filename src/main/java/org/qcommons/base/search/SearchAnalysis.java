package org.qcommons.base.search;

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

/**
 * Analysis shared by every indexed feature. Registered in application.properties as the Lucene backend's
 * analysis configurer. Synonyms are applied at query time only (see docs/decisions/010), so that the
 * abbreviation file can change without re-indexing and multi-word synonyms keep their phrase structure.
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

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(ENGLISH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(MappingCharFilterFactory.class)
                .param("mapping", "search/mapping.txt")
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(ENGLISH_SEARCH)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(MappingCharFilterFactory.class)
                .param("mapping", "search/mapping.txt")
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class)
                .tokenFilter(SynonymGraphFilterFactory.class)
                .param("synonyms", "search/synonyms.txt")
                .param("ignoreCase", "true")
                .param("expand", "true")
                .tokenFilter(EnglishPossessiveFilterFactory.class)
                .tokenFilter(StopFilterFactory.class)
                .tokenFilter(PorterStemFilterFactory.class);
        context.analyzer(PLAIN)
                .custom()
                .tokenizer(StandardTokenizerFactory.class)
                .charFilter(MappingCharFilterFactory.class)
                .param("mapping", "search/mapping.txt")
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
        context.normalizer(SORT)
                .custom()
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
