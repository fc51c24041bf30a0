package org.qcommons.projects;

import static org.qcommons.projects.ProjectIndexFields.SUMMARY;
import static org.qcommons.projects.ProjectIndexFields.TEXT;
import static org.qcommons.projects.ProjectIndexFields.TITLE;
import static org.qcommons.projects.ProjectIndexFields.TOPIC_NAMES;
import static org.qcommons.projects.ProjectIndexFields.WORDS;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.lucene.index.Term;
import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.qcommons.base.search.SearchAnalysis;

/**
 * What {@link RegisterWords} and more-like-this read from Lucene's index reader, asked of OpenSearch instead (the
 * cluster profile, decision 108): one request counts the typed words (as typed and stemmed) with a filters
 * aggregation and asks the term suggester for the nearest indexed spelling of the others.
 */
final class OpenSearchWords {

    private OpenSearchWords() {}

    static RegisterWords.Lexicon classify(
            SearchSession session, String text, boolean spellings, int spellingsFrom, RegisterWords.Visible visible) {
        Set<String> typed = new LinkedHashSet<>();
        Matcher m = RegisterWords.WORD.matcher(text);
        while (m.find()) {
            typed.add(m.group().toLowerCase(Locale.ROOT));
        }
        if (typed.isEmpty()) {
            return RegisterWords.Lexicon.NONE;
        }
        JsonObject filters = new JsonObject();
        JsonObject suggest = new JsonObject();
        int i = 0;
        for (String word : typed) {
            JsonArray either = new JsonArray();
            either.add(object("term", object(WORDS, word)));
            either.add(object("match", object(TEXT, object("query", word, "analyzer", SearchAnalysis.ENGLISH))));
            filters.add("w" + i, object("bool", object("should", either)));
            if (spellings && word.length() >= spellingsFrom) {
                JsonObject term = object("field", WORDS, "suggest_mode", "missing", "min_word_length", spellingsFrom);
                term.addProperty("max_edits", word.length() >= 6 ? 2 : 1);
                term.addProperty("prefix_length", 0);
                // Several candidates: the first that a document this viewer may read holds is the one suggested.
                term.addProperty("size", 5);
                JsonObject s = object("text", word);
                s.add("term", term);
                suggest.add("w" + i, s);
            }
            i++;
        }
        JsonObject body = session.search(Project.class)
                .extension(ElasticsearchExtension.get())
                .where(f -> f.matchAll())
                .requestTransformer(c -> {
                    c.body().add("aggs", object("known", object("filters", object("filters", filters))));
                    if (!suggest.isEmpty()) {
                        c.body().add("suggest", suggest);
                    }
                })
                .fetch(0)
                .responseBody();
        JsonObject buckets =
                body.getAsJsonObject("aggregations").getAsJsonObject("known").getAsJsonObject("buckets");
        Set<String> known = new HashSet<>();
        Map<String, String> nearest = new LinkedHashMap<>();
        i = 0;
        for (String word : typed) {
            String key = "w" + i++;
            if (buckets.getAsJsonObject(key).get("doc_count").getAsLong() > 0) {
                known.add(word);
            } else if (body.has("suggest") && body.getAsJsonObject("suggest").has(key)) {
                for (JsonElement entry : body.getAsJsonObject("suggest").getAsJsonArray(key)) {
                    for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                        String candidate = option.getAsJsonObject().get("text").getAsString();
                        if (visible.holds(new Term(WORDS, candidate))) {
                            nearest.putIfAbsent(word, candidate);
                            break;
                        }
                    }
                }
            }
        }
        return new RegisterWords.Lexicon(known, nearest);
    }

    /** OpenSearch's more-like-this over the same fields and with the same settings as the Lucene query. */
    static SearchPredicate similarTo(SearchPredicateFactory f, Project project) {
        JsonArray fields = new JsonArray();
        fields.add(TITLE);
        fields.add(SUMMARY);
        fields.add(TOPIC_NAMES);
        StringBuilder like = new StringBuilder(project.getTitle()).append('\n').append(project.getSummary());
        project.getTopicNames().forEach(t -> like.append('\n').append(t));
        JsonObject mlt = object("like", like.toString());
        mlt.add("fields", fields);
        mlt.addProperty("min_term_freq", 1);
        mlt.addProperty("min_doc_freq", 1);
        mlt.addProperty("min_word_length", 3);
        mlt.addProperty("max_query_terms", 30);
        mlt.addProperty("boost_terms", 1);
        mlt.addProperty("analyzer", SearchAnalysis.ENGLISH);
        return f.extension(ElasticsearchExtension.get())
                .fromJson(object("more_like_this", mlt))
                .toPredicate();
    }

    private static JsonObject object(String key, JsonElement value) {
        JsonObject o = new JsonObject();
        o.add(key, value);
        return o;
    }

    private static JsonObject object(String... keysAndValues) {
        JsonObject o = new JsonObject();
        for (int k = 0; k < keysAndValues.length; k += 2) {
            o.addProperty(keysAndValues[k], keysAndValues[k + 1]);
        }
        return o;
    }

    private static JsonObject object(String k1, String v1, String k2, String v2, String k3, int v3) {
        JsonObject o = object(k1, v1, k2, v2);
        o.addProperty(k3, v3);
        return o;
    }
}
