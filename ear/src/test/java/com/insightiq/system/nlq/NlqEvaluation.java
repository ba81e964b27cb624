package com.insightiq.system.nlq;

import com.insightiq.system.Api;
import com.insightiq.system.Deployments;
import com.insightiq.system.Tenancy;
import com.insightiq.system.query.ServerHeap;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7's accuracy measurement and NLQ benchmark in one run ({@code mvn verify -Pnlq-eval} from the repository
 * root): loads a development set's databases into the run's PostgreSQL, registers them as data sources of a fresh
 * tenant, asks every question through {@code POST …/nlq/translate} (its {@code instructions} as context), scores the
 * answers with the set's {@code score.py}, then times N more passes and reads the pipeline's load time and heap.
 * Writes {@code ear/target/nlq-eval/} (answers.jsonl, predictions.jsonl, report.jsonl, summary.md). Like the other
 * benchmarks it fails only when the measurement itself fails (set, load, sync, scorer), not on poor figures.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NlqEvaluation {
    static final int PASSES = Integer.getInteger("nlq.passes", 3);
    static final int THREADS = Integer.getInteger("nlq.threads", 2);
    static final Path OUT = Path.of(System.getProperty("nlq.out", "target/nlq-eval"));

    @Test
    void evaluateAndBenchmark() throws Exception {
        Tools.requireScorerTools();
        DevSet set = DevSet.locate();
        System.out.printf("NLQ evaluation: %d questions over %d databases from %s%n", set.questions().size(),
                set.databases().size(), set.dir());
        Files.createDirectories(OUT);

        String slug = Tenancy.uniqueSlug("nlqeval");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        PipelineStatus.Ready ready = PipelineStatus.awaitReady(admin, slug);
        System.out.println("Pipeline status: " + (ready.last() == null ? "none" : ready.last())
                + (ready.note() == null ? "" : " — " + ready.note()));

        DevDatabases databases = new DevDatabases(set);
        long loadStart = System.nanoTime();
        String how = databases.load();
        System.out.printf("Loaded %d databases (%s) in %.1f s%n", set.databases().size(), how,
                (System.nanoTime() - loadStart) / 1e9);
        String goldCheck = Scoring.selfTest(set, databases.scorerConninfo());
        System.out.println("Scorer self-test (gold as prediction) on the loaded databases: " + goldCheck);
        long syncStart = System.nanoTime();
        Map<String, Long> sources = DevSources.register(admin, slug, databases, set.databases());
        System.out.printf("Registered and synced %d data sources in %.1f s%n", sources.size(),
                (System.nanoTime() - syncStart) / 1e9);

        LocalDate today = LocalDate.now();
        List<DevAnswer> answers = firstPass(admin, slug, sources, set, today);
        List<String> lines = answers.stream().map(a -> a.toJson().toString()).toList();
        Files.write(OUT.resolve("answers.jsonl"), lines);

        EvaluationSummary.Latencies measured = measuredPasses(admin, slug, sources, set, today);
        JsonObject after = PipelineStatus.read(admin, slug);
        Long liveHeap = serverLiveHeap();

        Scoring.Scores scores = Scoring.score(set, answers, OUT, databases.scorerConninfo());
        System.out.println(scores.output());
        EvaluationSummary.Pipeline pipeline = ready.figures(after, Deployments.handedOver(), liveHeap);
        EvaluationSummary.Latencies first = new EvaluationSummary.Latencies(1, THREADS,
                answers.stream().filter(a -> !a.failed()).map(DevAnswer::millis).toList(),
                (int) answers.stream().filter(DevAnswer::failed).count());
        String summary = EvaluationSummary.render("NLQ evaluation of " + set.dir().getFileName() + ": "
                + set.questions().size() + " questions over " + set.databases().size() + " databases, reference date "
                + today, answers, scores, first, measured, pipeline) + "\nScorer self-test on the loaded databases: "
                + goldCheck + ". " + Machine.facts();
        System.out.println("\n" + summary);
        Files.writeString(OUT.resolve("summary.md"), summary);
        System.out.println("Written to " + OUT.toAbsolutePath());
    }

    /** Every question once, a few at a time: the answers that are scored, and the warm-up of the benchmark. */
    private static List<DevAnswer> firstPass(Api admin, String slug, Map<String, Long> sources, DevSet set,
            LocalDate today) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<DevAnswer>> futures = new ArrayList<>();
            for (DevSet.Question q : set.questions()) {
                futures.add(pool.submit(() -> DevAnswer.ask(admin, slug, sources.get(q.db()), q, today)));
            }
            List<DevAnswer> answers = new ArrayList<>();
            for (Future<DevAnswer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }

    /** N passes by one client after the warm-up: the latency a single user sees. */
    private static EvaluationSummary.Latencies measuredPasses(Api admin, String slug, Map<String, Long> sources,
            DevSet set, LocalDate today) {
        List<Long> millis = new ArrayList<>();
        int errors = 0;
        for (int pass = 0; pass < PASSES; pass++) {
            for (DevSet.Question q : set.questions()) {
                DevAnswer a = DevAnswer.ask(admin, slug, sources.get(q.db()), q, today);
                if (a.failed()) {
                    errors++;
                } else {
                    millis.add(a.millis());
                }
            }
        }
        return new EvaluationSummary.Latencies(PASSES, 1, millis, errors);
    }

    private static Long serverLiveHeap() {
        try {
            return ServerHeap.ofTestServer().live();
        } catch (RuntimeException | AssertionError e) {
            System.out.println("No server heap figure: " + e.getMessage());
            return null;
        }
    }
}
