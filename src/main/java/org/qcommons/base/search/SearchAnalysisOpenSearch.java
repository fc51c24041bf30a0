package org.qcommons.base.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * {@link SearchAnalysis}'s definitions rendered for OpenSearch (the cluster profile, decision 108). The word lists
 * are sent inline from the same classpath files, so that the search servers need no files of their own. The same
 * definitions also build in-process Lucene analysers ({@link #luceneAnalyzer}) for the highlighter and the
 * more-like-this terms, which the Lucene backend would otherwise lend.
 */
public class SearchAnalysisOpenSearch implements ElasticsearchAnalysisConfigurer {

    private static final Map<String, Analyzer> LOCAL = new ConcurrentHashMap<>();

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.charFilter(SearchAnalysis.MAPPING.openSearch())
                .type("mapping")
                .param(
                        "mappings",
                        lines(SearchAnalysis.MAPPING_FILE).stream()
                                .map(l -> l.replace("\"", ""))
                                .toArray(String[]::new));
        context.tokenFilter(SearchAnalysis.POSSESSIVE.openSearch())
                .type("stemmer")
                .param("language", "possessive_english");
        context.tokenFilter(SearchAnalysis.STOP.openSearch()).type("stop").param("stopwords", "_english_");
        context.tokenFilter(SearchAnalysis.SYNONYMS.openSearch())
                .type("synonym_graph")
                .param("synonyms", lines(SearchAnalysis.SYNONYMS_FILE).toArray(String[]::new))
                .param("expand", true);
        for (SearchAnalysis.Definition d : SearchAnalysis.ANALYZERS) {
            context.analyzer(d.name())
                    .custom()
                    .tokenizer(d.tokenizer().openSearch())
                    .charFilters(names(d.charFilters()))
                    .tokenFilters(names(d.tokenFilters()));
        }
        context.normalizer(SearchAnalysis.NORMALIZER.name())
                .custom()
                .tokenFilters(names(SearchAnalysis.NORMALIZER.tokenFilters()));
    }

    /** The named analyser built in this JVM from the shared definition. */
    public static Analyzer luceneAnalyzer(String name) {
        return LOCAL.computeIfAbsent(name, SearchAnalysisOpenSearch::build);
    }

    private static Analyzer build(String name) {
        SearchAnalysis.Definition d = SearchAnalysis.ANALYZERS.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseThrow();
        try {
            var builder = CustomAnalyzer.builder(new ClasspathResourceLoader(SearchAnalysis.class.getClassLoader()))
                    .withTokenizer(
                            SearchAnalysis.tokenizer(d.tokenizer()),
                            new HashMap<>(d.tokenizer().params()));
            for (SearchAnalysis.Step s : d.charFilters()) {
                builder.addCharFilter(SearchAnalysis.charFilter(s), new HashMap<>(s.params()));
            }
            for (SearchAnalysis.Step s : d.tokenFilters()) {
                builder.addTokenFilter(SearchAnalysis.tokenFilter(s), new HashMap<>(s.params()));
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] names(List<SearchAnalysis.Step> steps) {
        return steps.stream().map(SearchAnalysis.Step::openSearch).toArray(String[]::new);
    }

    private static List<String> lines(String resource) {
        try (InputStream in = SearchAnalysis.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
