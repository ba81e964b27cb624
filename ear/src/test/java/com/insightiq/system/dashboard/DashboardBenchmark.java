package com.insightiq.system.dashboard;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The dashboard benchmarks on acme's sample database, a 12-card dashboard of queries of different cost:
 * (a) cold — the time until the last card of the ndjson stream arrives ÷ the slowest card's time run alone (goal
 * ≤ 1.5×: the cards run in parallel); (b) warm — the same run answered from the cache ÷ cold (goal ≤ 0.1×); (c) 100
 * concurrent viewers streaming the dashboard repeatedly for 60 s: errors (goal 0) and p50/p99 per card. Prints a
 * Markdown table and writes it to {@code ear/target/benchmark-dashboards.md}; run with {@code mvn verify -Pbenchmark}.
 * Fails only when something fails (a card error in the cold or warm run), not on speed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DashboardBenchmark {
    static final int VIEWERS = Integer.getInteger("bench.viewers", 100);
    static final int LOAD_SECONDS = Integer.getInteger("bench.seconds", 60);

    /** Twelve queries, cheap to expensive: generate_series multiplies the rows each one reads. */
    static final List<String> QUERIES = List.of(
            "SELECT o.status, count(*) AS orders, sum(o.total * g) AS weighted FROM orders o"
                    + " CROSS JOIN generate_series(1, 60) g GROUP BY o.status ORDER BY 1",
            "SELECT count(*) AS orders, sum(total) AS revenue FROM orders",
            "SELECT status, count(*) FROM orders GROUP BY status ORDER BY 1",
            "SELECT date_trunc('month', created_at) AS month, sum(total) FROM orders GROUP BY 1 ORDER BY 1",
            "SELECT p.category, sum(l.line_total) FROM order_lines l JOIN products p ON p.id = l.product_id"
                    + " GROUP BY 1 ORDER BY 1",
            "SELECT country, count(*) FROM people GROUP BY country ORDER BY 2 DESC LIMIT 20",
            "SELECT p.vendor, avg(r.rating) FROM reviews r JOIN products p ON p.id = r.product_id"
                    + " GROUP BY 1 ORDER BY 2 DESC LIMIT 20",
            "SELECT category, count(*), avg(price) FROM products GROUP BY category ORDER BY 1",
            "SELECT pe.region, sum(o.total) FROM orders o JOIN people pe ON pe.id = o.person_id GROUP BY 1 ORDER BY 1",
            "SELECT o.status, count(*) FROM orders o CROSS JOIN generate_series(1, 10) g GROUP BY 1 ORDER BY 1",
            "SELECT extract(dow FROM created_at) AS weekday, count(*) FROM orders GROUP BY 1 ORDER BY 1",
            "SELECT l.product_id, sum(l.quantity) FROM order_lines l CROSS JOIN generate_series(1, 20) g"
                    + " GROUP BY 1 ORDER BY 2 DESC LIMIT 10");


    @Test
    void twelveCardsColdWarmAndUnderLoad() throws Exception {
        try (SampleDashboards s = new SampleDashboards()) {
            Api admin = s.admin;
            JsonObject before = admin.get(SampleDashboards.API + "/settings/queries").json();
            // the engine's per-tenant lane must not serialise a 12-card dashboard (the default is 4)
            admin.put(SampleDashboards.API + "/settings/queries", "{\"maxConcurrent\": 12}");
            try {
                report(measure(s));
            } finally {
                admin.put(SampleDashboards.API + "/settings/queries", "{\"maxConcurrent\": "
                        + before.getInt("maxConcurrent") + "}");
            }
        }
    }

    record Figures(long[] aloneMs, long coldMs, long warmMs, int loadRuns, long loadErrors,
                   Map<Integer, List<Long>> perCard, List<String> coldErrors) {
    }

    Figures measure(SampleDashboards s) throws Exception {
        String alone = "/* alone " + UUID.randomUUID() + " */ ";
        String cold = "/* cold " + UUID.randomUUID() + " */ ";
        long aloneBoard = s.dashboard("Bench alone", Json.createArrayBuilder());
        long board = s.dashboard("Bench", Json.createArrayBuilder());
        List<Long> aloneCards = new ArrayList<>();
        List<Long> cards = new ArrayList<>();
        for (int i = 0; i < QUERIES.size(); i++) {
            aloneCards.add(s.card(aloneBoard, s.question(s.sampleId, "Bench alone " + i, alone + QUERIES.get(i), 0,
                    Json.createArrayBuilder()), i));
            cards.add(s.card(board, s.question(s.sampleId, "Bench " + i, cold + QUERIES.get(i), 3600,
                    Json.createArrayBuilder()), i));
        }
        long[] aloneMs = new long[QUERIES.size()];
        for (int round = 0; round < 2; round++) { // the first round warms the database's buffers
            for (int i = 0; i < aloneCards.size(); i++) {
                long t = System.nanoTime();
                Api.Reply r = s.admin.post(SampleDashboards.API + "/dashboards/" + aloneBoard + "/cards/"
                        + aloneCards.get(i) + "/run", "{}");
                aloneMs[i] = (System.nanoTime() - t) / 1_000_000;
                check(r.status() == 200 && r.json().getString("status").equals("ok"), "card alone: " + r);
            }
        }
        List<String> coldErrors = new ArrayList<>();
        List<SampleDashboards.Line> coldLines = SampleDashboards.stream(s.admin, board, "{}");
        coldLines.stream().filter(l -> !l.card().getString("status").equals("ok"))
                .forEach(l -> coldErrors.add(l.card().toString()));
        check(coldLines.stream().noneMatch(l -> l.card().getBoolean("cached")), "the cold run read the database");
        long coldMs = coldLines.get(coldLines.size() - 1).atMs();
        List<SampleDashboards.Line> warmLines = SampleDashboards.stream(s.admin, board, "{}");
        check(warmLines.stream().allMatch(l -> l.card().getBoolean("cached")), "the warm run came from the cache");
        long warmMs = warmLines.get(warmLines.size() - 1).atMs();
        check(coldErrors.isEmpty(), "cold errors: " + coldErrors);

        Map<Long, Integer> index = new ConcurrentHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            index.put(cards.get(i), i);
        }
        Map<Integer, List<Long>> perCard = new ConcurrentHashMap<>();
        for (int i = 0; i < cards.size(); i++) {
            perCard.put(i, Collections.synchronizedList(new ArrayList<>()));
        }
        AtomicLong runs = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        ExecutorService viewers = Executors.newFixedThreadPool(VIEWERS);
        for (int v = 0; v < VIEWERS; v++) {
            viewers.submit(() -> {
                while (System.nanoTime() < end) {
                    try {
                        List<SampleDashboards.Line> lines = SampleDashboards.stream(s.admin, board, "{}");
                        if (lines.size() != cards.size()) {
                            errors.incrementAndGet();
                        }
                        for (SampleDashboards.Line line : lines) {
                            if (!line.card().getString("status").equals("ok")) {
                                errors.incrementAndGet();
                                if (samples.size() < 5) {
                                    samples.add(line.card().toString());
                                }
                            }
                            perCard.get(index.get(line.card().getJsonNumber("cardId").longValue())).add(line.atMs());
                        }
                        runs.incrementAndGet();
                    } catch (RuntimeException | AssertionError e) {
                        errors.incrementAndGet();
                        if (samples.size() < 5) {
                            samples.add(String.valueOf(e));
                        }
                    }
                }
            });
        }
        viewers.shutdown();
        viewers.awaitTermination(LOAD_SECONDS + 120, TimeUnit.SECONDS);
        samples.forEach(e -> System.out.println("load error: " + e));
        return new Figures(aloneMs, coldMs, warmMs, (int) runs.get(), errors.get(), perCard, coldErrors);
    }

    void report(Figures f) throws Exception {
        long slowest = 0;
        for (long ms : f.aloneMs()) {
            slowest = Math.max(slowest, ms);
        }
        StringBuilder out = new StringBuilder();
        out.append("| Dashboard benchmark (12 cards, acme sample database) | Figure | Goal |\n|---|---:|---|\n");
        out.append(row("Slowest card alone", slowest + " ms", ""));
        out.append(row("Cold: last card of the stream", f.coldMs() + " ms", ""));
        out.append(row("Cold ÷ slowest card alone", String.format(Locale.ROOT, "%.2f×", f.coldMs() / (double) slowest),
                "≤ 1.5×"));
        out.append(row("Warm (cache): last card", f.warmMs() + " ms", ""));
        out.append(row("Warm ÷ cold", String.format(Locale.ROOT, "%.3f×", f.warmMs() / (double) f.coldMs()), "≤ 0.1×"));
        out.append(row(VIEWERS + " viewers × " + LOAD_SECONDS + " s: dashboard runs", String.valueOf(f.loadRuns()), ""));
        out.append(row(VIEWERS + " viewers: errors", String.valueOf(f.loadErrors()), "0"));
        out.append("\n| Card | Alone (ms) | Under load p50 (ms) | p99 (ms) |\n|---:|---:|---:|---:|\n");
        for (int i = 0; i < f.aloneMs().length; i++) {
            List<Long> times = new ArrayList<>(f.perCard().get(i));
            Collections.sort(times);
            out.append("| ").append(i + 1).append(" | ").append(f.aloneMs()[i]).append(" | ")
                    .append(percentile(times, 0.50)).append(" | ").append(percentile(times, 0.99)).append(" |\n");
        }
        System.out.println(out);
        Path file = Path.of("target", "benchmark-dashboards.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }

    static String row(String what, String figure, String goal) {
        return "| " + what + " | " + figure + " | " + goal + " |\n";
    }

    static String percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return "–";
        }
        return String.valueOf(sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1)));
    }

    static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
    }
}
