package org.qcommons.projects;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.junit.jupiter.api.Test;
import org.qcommons.base.search.SearchAnalysis;
import org.qcommons.base.security.SystemRunner;
import org.qcommons.benchmark.BenchmarkReport;
import org.qcommons.projects.demo.SyntheticDataGenerator;
import org.qcommons.testsupport.IntegrationTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Not a test: prints search latency figures. Run with {@code mvn -o -B -Pbenchmark test -Dtest=ProjectSearchBenchmark}
 * ({@code -Dbenchmark.projects=100000} by default). Loads synthetic projects with JDBC batches, rebuilds the index
 * with the MassIndexer, then times the same mix of searches (text + region + condition) three ways: through
 * {@link RegisterSearch}, with SQL LIKE on MariaDB, and as raw Lucene queries on the same index.
 */
// The index as production keeps it (memory-mapped files), not the tests' heap directory, which is slower to read.
@TestPropertySource(
        properties = {
            "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "spring.jpa.properties.hibernate.search.backend.directory.root=target/benchmark-index"
        })
class ProjectSearchBenchmark extends IntegrationTestBase {

    private static final String[] WORDS = ("sepsis frailty falls dementia diabetes stroke maternity deterioration "
                    + "discharge flow workforce wellbeing inequalities suicide incidents medicines experience infection "
                    + "antibiotics escalation observations huddle triage screening rehabilitation pathway referral waiting "
                    + "community pharmacy outpatient theatre surgery midwife nursing therapy carers homes hospice learning "
                    + "measurement charts variation dashboard audit safety harm pressure ulcers catheter hydration nutrition "
                    + "breathlessness asthma insulin kidney heart cancer bowel screening vaccination clinic weekend")
            .split(" ");

    private static final int ROUNDS = 10;
    private static final int WARM_UP_ROUNDS = 10;

    @Autowired
    RegisterSearch register;

    @Autowired
    ProjectIndex projectIndex;

    @Autowired
    ProjectSearch search;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void benchmark() throws Exception {
        int n = Integer.getInteger("benchmark.projects", 100_000);
        long loadStart = System.nanoTime();
        load(n);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        long indexStart = System.nanoTime();
        SystemRunner.asSystem(() -> {
            try {
                projectIndex.rebuildIndex(p -> {}).toCompletableFuture().get(60, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        long total = jdbc.queryForObject("select count(*) from project", Long.class);

        List<Long> regions = jdbc.queryForList("select id from region", Long.class);
        List<Long> conditions = jdbc.queryForList("select id from topic where kind = 'CONDITION'", Long.class);
        Random random = new Random(7);
        List<RegisterQuery> mix = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            mix.add(RegisterQuery.text(WORDS[random.nextInt(WORDS.length)])
                    .withRegion(regions.get(random.nextInt(regions.size())))
                    .withCondition(conditions.get(random.nextInt(conditions.size()))));
        }
        var tx = new TransactionTemplate(transactions);
        tx.setReadOnly(true);
        // The same work in SQL: every text column the service searches, plus topic names, newest first, and the total.
        String where = " from project p where p.region_id = ? and p.archived = false"
                + " and exists (select 1 from project_topic pt where pt.project_id = p.id and pt.topic_id = ?)"
                + " and (p.title like ? or p.summary like ? or p.aims like ? or p.outcomes like ? or p.learning like ?"
                + " or exists (select 1 from project_topic pt2 join topic t on t.id = pt2.topic_id"
                + " where pt2.project_id = p.id and t.name like ?))";
        Analyzer english = search.mapping()
                .backend()
                .unwrap(LuceneBackend.class)
                .analyzer(SearchAnalysis.ENGLISH)
                .orElseThrow();
        Map<String, long[]> timings;
        try (IndexReader reader = search.mapping()
                .scope(Project.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, Consumer<RegisterQuery>> paths = new LinkedHashMap<>();
            paths.put("service", c -> register.page(c, 0, 20));
            paths.put("like", c -> {
                String w = "%" + c.text() + "%";
                Object[] args = {c.regionId(), c.conditionId(), w, w, w, w, w, w};
                jdbc.queryForList("select p.id" + where + " order by p.start_date desc limit 20", Long.class, args);
                jdbc.queryForObject("select count(*)" + where, Long.class, args);
            });
            paths.put("lucene", c -> {
                try {
                    String term = stem(english, c.text());
                    BooleanQuery q = new BooleanQuery.Builder()
                            .add(
                                    new BooleanQuery.Builder()
                                            .add(new TermQuery(new Term("title", term)), BooleanClause.Occur.SHOULD)
                                            .add(new TermQuery(new Term("summary", term)), BooleanClause.Occur.SHOULD)
                                            .build(),
                                    BooleanClause.Occur.MUST)
                            .add(LongPoint.newExactQuery("regionId", c.regionId()), BooleanClause.Occur.FILTER)
                            .add(LongPoint.newExactQuery("conditionIds", c.conditionId()), BooleanClause.Occur.FILTER)
                            .build();
                    searcher.search(q, 20);
                    searcher.count(q);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            paths.put("count", c -> register.count(c));
            paths.put("page", c -> register.page(c, 0, 20).hits());
            paths.put(
                    "index",
                    c -> tx.executeWithoutResult(s -> search.find(c, true, 0, 20, ProjectSearch.Parts.SNIPPETS)));
            paths.put(
                    "filters",
                    c -> tx.executeWithoutResult(
                            s -> search.find(c.withText(null), true, 0, 20, ProjectSearch.Parts.SNIPPETS)));
            timings = SystemRunner.asSystem(() -> time(mix, paths));
        }
        long[] service = timings.get("service");
        long[] like = timings.get("like");
        long[] lucene = timings.get("lucene");
        String report = report(total, loadSeconds, indexSeconds, mix.size(), service, like, lucene)
                + "\nWhere the service time goes:\n\n| Part | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n"
                + row("count only (query, no loading)", timings.get("count"))
                + row("first page only (query, stored fields, highlighting, names)", timings.get("page"))
                + row("index part of the first page (query, stored fields, highlighting)", timings.get("index"))
                + row("facet filters only, no text (stored fields, no highlighting)", timings.get("filters"));
        System.out.println(report);
        BenchmarkReport.write("project-search", report.replaceFirst("^# ", "## "));
    }

    private void load(int n) {
        long existing = jdbc.queryForObject("select count(*) from project", Long.class);
        SyntheticDataGenerator.using(jdbc).generateProjects((int) Math.max(0, n - existing));
    }

    private static String stem(Analyzer analyzer, String word) throws IOException {
        try (TokenStream ts = analyzer.tokenStream("title", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String result = ts.incrementToken() ? term.toString() : word;
            ts.end();
            return result;
        }
    }

    /**
     * Every path runs the whole mix {@value #WARM_UP_ROUNDS} times untimed, so that neither the JIT compiler's work
     * nor the first reads of index and table pages nor the database's writes after the bulk load are measured; then
     * {@value #ROUNDS} timed rounds, each running every path's mix in turn, so that whatever else the machine does
     * falls on all paths alike.
     */
    private static Map<String, long[]> time(List<RegisterQuery> mix, Map<String, Consumer<RegisterQuery>> paths) {
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            paths.values().forEach(mix::forEach);
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        paths.keySet().forEach(name -> nanos.put(name, new long[mix.size() * ROUNDS]));
        for (int round = 0; round < ROUNDS; round++) {
            for (Map.Entry<String, Consumer<RegisterQuery>> path : paths.entrySet()) {
                long[] times = nanos.get(path.getKey());
                for (int q = 0; q < mix.size(); q++) {
                    long t = System.nanoTime();
                    path.getValue().accept(mix.get(q));
                    times[round * mix.size() + q] = System.nanoTime() - t;
                }
            }
        }
        nanos.values().forEach(Arrays::sort);
        return nanos;
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static String report(
            long total, double loadS, double indexS, int queries, long[] service, long[] like, long[] lucene) {
        StringBuilder sb = new StringBuilder("# Project search benchmark\n\n");
        sb.append(String.format(
                "Projects in MariaDB: %,d (JDBC load %.1f s, MassIndexer %.1f s). Queries: %d, each "
                        + "one word + region + condition, first page of 20 plus the total count; every path runs the "
                        + "mix %d times untimed, then %d timed rounds run every path in turn. The SQL path searches the same columns as the index (title, summary, aims, outcomes, "
                        + "learning, topic names). Machine: %d cores.%n%n",
                total,
                loadS,
                indexS,
                queries,
                WARM_UP_ROUNDS,
                ROUNDS,
                Runtime.getRuntime().availableProcessors()));
        sb.append("| Path | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|\n");
        sb.append(
                row("RegisterSearch.page: first page and total (Hibernate Search, rows from stored fields)", service));
        sb.append(row("SQL LIKE '%term%' on MariaDB", like));
        sb.append(row("Raw Lucene (same index)", lucene));
        sb.append(String.format(
                "%nLIKE / service at p95: %.1fx; service / raw Lucene at p95: %.1fx.%n",
                pct(like, 95) / pct(service, 95), pct(service, 95) / pct(lucene, 95)));
        sb.append("\nTargets: service p95 <= 15 ms and >= 30x faster than LIKE.\n");
        return sb.toString();
    }

    private static String row(String name, long[] t) {
        return String.format("| %s | %.2f | %.2f | %.2f |%n", name, pct(t, 50), pct(t, 95), pct(t, 99));
    }
}
