package org.qcommons.projects;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
 * Not a test: prints search figures at several register sizes. Run with {@code mvn -o -B -Pbenchmark test
 * -Dtest=ProjectSearchBenchmark -Dbenchmark.sizes=10000,100000,1000000} (100,000 alone by default). At each size it
 * loads synthetic projects with JDBC batches, fills an emptied index with the MassIndexer, then times the same mix of
 * searches (text + region + condition) through {@link RegisterSearch}, with SQL LIKE on MariaDB, and as raw Lucene
 * queries on the same index; at the largest size it also rebuilds the full index while another thread searches.
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
    /** From this size SQL LIKE takes most of a second a query: fewer rounds keep the run within minutes. */
    private static final int LIKE_REDUCED_FROM = 500_000;

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
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.sizes", System.getProperty("benchmark.projects", "100000"))
                                .split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .sorted()
                .toList();
        String uptimeBefore = BenchmarkReport.load();
        StringBuilder summary = new StringBuilder();
        StringBuilder details = new StringBuilder();
        Size last = null;
        for (int n : sizes) {
            last = measure(n);
            summary.append(last.summaryRow());
            details.append(last.details());
        }
        String live = liveRebuild(last);
        String report = header(sizes, uptimeBefore) + summary + "\n" + targets(last) + live + details;
        System.out.println(report);
        BenchmarkReport.write("project-search", report);
    }

    /** One size: load up to {@code n} projects, fill an emptied index with the MassIndexer, then time the mixes. */
    private Size measure(int n) throws Exception {
        long loadStart = System.nanoTime();
        load(n);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        // Emptied first so that every size times the MassIndexer path, the one a new or lost index takes.
        search.mapping().scope(Project.class).workspace().purge();
        long indexStart = System.nanoTime();
        rebuild();
        double indexSeconds = (System.nanoTime() - indexStart) / 1e9;
        long total = jdbc.queryForObject("select count(*) from project", Long.class);
        double indexMb = directorySize(Path.of("target", "benchmark-index", "project")) / (1024.0 * 1024);
        double heapMb = heapAfterGc() / (1024.0 * 1024);

        List<Long> regions = jdbc.queryForList("select id from region", Long.class);
        List<Long> conditions = jdbc.queryForList("select id from topic where kind = 'CONDITION'", Long.class);
        List<Long> methods = jdbc.queryForList("select id from qi_method", Long.class);
        ProjectStatus[] statuses = {ProjectStatus.ACTIVE, ProjectStatus.COMPLETED, ProjectStatus.PLANNING};
        Random random = new Random(7);
        List<RegisterQuery> mix = new ArrayList<>();
        List<RegisterQuery> several = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            RegisterQuery q = RegisterQuery.text(WORDS[random.nextInt(WORDS.length)])
                    .withRegion(regions.get(random.nextInt(regions.size())))
                    .withCondition(conditions.get(random.nextInt(conditions.size())));
            mix.add(q);
            several.add(q.withStatus(statuses[random.nextInt(statuses.length)])
                    .withMethod(methods.get(random.nextInt(methods.size()))));
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
        Map<String, long[]> likeTimings;
        int likeWarmUps = n >= LIKE_REDUCED_FROM ? 1 : WARM_UP_ROUNDS;
        int likeRounds = n >= LIKE_REDUCED_FROM ? 2 : ROUNDS;
        try (IndexReader reader = search.mapping()
                .scope(Project.class)
                .extension(LuceneExtension.get())
                .openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Map<String, Consumer<RegisterQuery>> paths = new LinkedHashMap<>();
            paths.put("service", c -> register.page(c, 0, 20));
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
            timings = SystemRunner.asSystem(() -> time(mix, paths, WARM_UP_ROUNDS, ROUNDS));
            timings.putAll(SystemRunner.asSystem(() ->
                    time(several, Map.of("several", c -> register.search(c, 0, 20)), WARM_UP_ROUNDS, ROUNDS)));
            likeTimings = time(
                    mix,
                    Map.of("like", c -> {
                        String w = "%" + c.text() + "%";
                        Object[] args = {c.regionId(), c.conditionId(), w, w, w, w, w, w};
                        jdbc.queryForList(
                                "select p.id" + where + " order by p.start_date desc limit 20", Long.class, args);
                        jdbc.queryForObject("select count(*)" + where, Long.class, args);
                    }),
                    likeWarmUps,
                    likeRounds);
        }
        timings.putAll(likeTimings);
        return new Size(total, loadSeconds, indexSeconds, indexMb, heapMb, likeWarmUps, likeRounds, mix, timings);
    }

    private void rebuild() {
        SystemRunner.asSystem(() -> {
            try {
                projectIndex.rebuildIndex(p -> {}).toCompletableFuture().get(60, TimeUnit.MINUTES);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /**
     * A rebuild of the full index at the largest size while another thread keeps searching: how long it takes, how
     * fast the searches answer meanwhile, and whether any of them saw fewer projects than before it started.
     */
    private String liveRebuild(Size size) throws Exception {
        RegisterQuery everything = RegisterQuery.any();
        RegisterQuery oneWord = size.mix().getFirst();
        long expectedAll = SystemRunner.asSystem(() -> register.count(everything));
        long expectedWord = SystemRunner.asSystem(() -> register.count(oneWord));
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> nanos = new ArrayList<>();
        long[] seen = {Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        Thread reader = Thread.ofPlatform()
                .start(() -> SystemRunner.asSystem(() -> {
                    while (running.get()) {
                        long t = System.nanoTime();
                        long all = register.page(everything, 0, 20).total();
                        long word = register.page(oneWord, 0, 20).total();
                        nanos.add(System.nanoTime() - t);
                        seen[0] = Math.min(seen[0], all);
                        seen[1] = Math.max(seen[1], all);
                        seen[2] = Math.min(seen[2], word);
                        seen[3] = Math.max(seen[3], word);
                    }
                }));
        long start = System.nanoTime();
        rebuild();
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        reader.join();
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return String.format(
                "%n### Rebuild without downtime (%,d projects, index already full)%n%n"
                        + "The rebuild an administrator starts from the Search index page rewrites every document in place"
                        + " (decision 126): %.1f s. Meanwhile one thread searched without pause: %,d searches (each"
                        + " the whole register plus one word, first page and total), p50 %.2f ms, p95 %.2f ms, p99"
                        + " %.2f ms. Totals seen: whole register %,d..%,d (before: %,d), one word %,d..%,d (before: %,d)."
                        + " Searches kept answering with every project: %s.%n",
                size.total(),
                seconds,
                sorted.length,
                pct(sorted, 50),
                pct(sorted, 95),
                pct(sorted, 99),
                seen[0],
                seen[1],
                expectedAll,
                seen[2],
                seen[3],
                expectedWord,
                BenchmarkReport.verdict(seen[0] == expectedAll && seen[2] == expectedWord && seen[3] == expectedWord));
    }

    private static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> {
                        try {
                            return Files.size(f);
                        } catch (IOException e) {
                            return 0; // a segment merged away while walking
                        }
                    })
                    .sum();
        }
    }

    /** Heap in use once collected, with the index open and the whole application loaded. */
    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private void load(int n) {
        // Demo projects count towards n; the generator counts only its own.
        long other =
                jdbc.queryForObject("select count(*) from project where title not like '%(synthetic %'", Long.class);
        SyntheticDataGenerator.using(jdbc).generateProjects((int) Math.max(0, n - other));
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
    private static Map<String, long[]> time(
            List<RegisterQuery> mix, Map<String, Consumer<RegisterQuery>> paths, int warmUps, int rounds) {
        for (int i = 0; i < warmUps; i++) {
            paths.values().forEach(mix::forEach);
        }
        Map<String, long[]> nanos = new LinkedHashMap<>();
        paths.keySet().forEach(name -> nanos.put(name, new long[mix.size() * rounds]));
        for (int round = 0; round < rounds; round++) {
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

    private static String header(List<Integer> sizes, String loadBefore) {
        return String.format(
                "## Project search benchmark%n%n"
                        + "`mvn -Pbenchmark test -Dtest=ProjectSearchBenchmark -Dbenchmark.sizes=%s"
                        + " -Dbenchmark.jvm.args=-Xmx6g`.%n%n"
                        + "Sizes: %s projects, loaded in turn into one MariaDB by JDBC batches (each size adds to the last)."
                        + " At each size the index is emptied and filled by the MassIndexer, then the same 60 queries"
                        + " (one word + region + condition, first page of 20 plus the total) run %d times untimed and"
                        + " %d times timed through every path in turn. \"Several facets\" is the register's own new search"
                        + " (page, total, the counts of every facet and did-you-mean) with status and method added to each"
                        + " query: four facets chosen at once, each costing one more count. SQL LIKE searches the same columns as the index (title,"
                        + " summary, aims, outcomes, learning, topic names) and is timed after the index paths, %d untimed"
                        + " + %d timed rounds, reduced to 1 + 2 from %,d projects so the run stays within minutes."
                        + " Heap is the JVM's heap in use after System.gc() with the index open; the index itself is memory-mapped"
                        + " files outside the heap (the Index MiB column), read through the operating system's page cache. Machine: %d cores,"
                        + " load average %s when the run started and %s when it ended (other builds share the cores)."
                        + "%n%n| Projects | JDBC load s | MassIndexer s | Index MiB | Heap MiB | Search p50 / p95 / p99 ms"
                        + " | Several facets p95 ms | SQL LIKE p95 ms | LIKE / search at p95 |%n"
                        + "|---|---|---|---|---|---|---|---|---|%n",
                sizes.stream().map(String::valueOf).collect(Collectors.joining(",")),
                sizes.stream().map(n -> String.format("%,d", n)).toList(),
                WARM_UP_ROUNDS,
                ROUNDS,
                WARM_UP_ROUNDS,
                ROUNDS,
                LIKE_REDUCED_FROM,
                Runtime.getRuntime().availableProcessors(),
                loadBefore,
                BenchmarkReport.load());
    }

    private static String targets(Size s) {
        double p95 = pct(s.timings().get("service"), 95);
        double several = pct(s.timings().get("several"), 95);
        double ratio = pct(s.timings().get("like"), 95) / p95;
        return String.format(
                "Targets at the largest size (%,d): search p95 <= 10 ms: %s; several facets p95 <= 15 ms: %s;"
                        + " >= 100x faster than LIKE: %s (%.0fx); MassIndexer <= 10 minutes on 2 cores: %s.%n",
                s.total(),
                BenchmarkReport.verdict(p95 <= 10),
                BenchmarkReport.verdict(several <= 15),
                BenchmarkReport.verdict(ratio >= 100),
                ratio,
                BenchmarkReport.verdict(s.indexSeconds() <= 600));
    }

    private record Size(
            long total,
            double loadSeconds,
            double indexSeconds,
            double indexMb,
            double heapMb,
            int likeWarmUps,
            int likeRounds,
            List<RegisterQuery> mix,
            Map<String, long[]> timings) {

        String summaryRow() {
            long[] service = timings.get("service");
            return String.format(
                    "| %,d | %.1f | %.1f | %.0f | %.0f | %.2f / %.2f / %.2f | %.2f | %.1f | %.0fx |%n",
                    total,
                    loadSeconds,
                    indexSeconds,
                    indexMb,
                    heapMb,
                    pct(service, 50),
                    pct(service, 95),
                    pct(service, 99),
                    pct(timings.get("several"), 95),
                    pct(timings.get("like"), 95),
                    pct(timings.get("like"), 95) / pct(service, 95));
        }

        String details() {
            return String.format(
                            "%n### %,d projects%n%n| Path | p50 ms | p95 ms | p99 ms |%n|---|---|---|---|%n", total)
                    + row(
                            "RegisterSearch.page: first page and total (Hibernate Search, rows from stored fields)",
                            timings.get("service"))
                    + row(
                            "RegisterSearch.search: four facets chosen (region, condition, status, method), with facet counts",
                            timings.get("several"))
                    + row(
                            String.format("SQL LIKE '%%term%%' on MariaDB (%d + %d rounds)", likeWarmUps, likeRounds),
                            timings.get("like"))
                    + row("Raw Lucene (same index)", timings.get("lucene"))
                    + row("count only (query, no loading)", timings.get("count"))
                    + row("first page only (query, stored fields, highlighting, names)", timings.get("page"))
                    + row("index part of the first page (query, stored fields, highlighting)", timings.get("index"))
                    + row("facet filters only, no text (stored fields, no highlighting)", timings.get("filters"));
        }
    }

    private static String row(String name, long[] t) {
        return String.format("| %s | %.2f | %.2f | %.2f |%n", name, pct(t, 50), pct(t, 95), pct(t, 99));
    }
}
