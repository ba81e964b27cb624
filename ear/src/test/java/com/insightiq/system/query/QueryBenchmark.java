package com.insightiq.system.query;

import com.insightiq.system.Api;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import com.insightiq.system.query.ExportDownloads.Download;
import com.insightiq.system.query.ExportFixtures.Team;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The issue's query benchmarks on a 2,000,000-row × 8-column table in the build's PostgreSQL: (a) 100,000 rows
 * through the API (JSON export; paging through POST/GET /queries for comparison) against a plain JDBC read in this
 * JVM; (b) a CSV export of all 2,000,000 rows against {@code psql \copy … to stdout csv}, with the server's live-heap
 * growth; (c) 50 concurrent clients running mixed queries through POST /queries for 60 s. Prints a Markdown table and
 * writes it to {@code ear/target/benchmark-queries.md}; run with {@code mvn verify -Pbenchmark}. It fails only when
 * something fails (a wrong row count, an error), not on speed.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QueryBenchmark {
    static final int TABLE_ROWS = Integer.getInteger("bench.rows", 2_000_000);
    static final int READ_ROWS = 100_000;
    static final int USERS = Integer.getInteger("bench.users", 50);
    static final int ACCOUNTS = 10;
    static final int LOAD_SECONDS = Integer.getInteger("bench.seconds", 60);
    static final String PSQL = System.getProperty("bench.psql", "/usr/bin/psql");

    static final String READ_SQL = "SELECT * FROM bench_rows WHERE id <= " + READ_ROWS + " ORDER BY id";
    static final String ALL_SQL = "SELECT * FROM bench_rows";


    @Test
    void queriesAgainstPlainReads() throws Exception {
        Team team = ExportFixtures.team("qbench");
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("qbench")) {
            long built = System.nanoTime();
            db.execute(tableScript(db.user()));
            double buildSeconds = (System.nanoTime() - built) / 1e9;
            long source = ExportFixtures.source(team, db);
            Api.Reply settings = team.admin().put(team.api("/settings/queries"), "{\"timeoutSeconds\": 600}");
            check(settings.status() == 200, "settings: " + settings);
            ExportFixtures.awaitIdle(team);

            Reads reads = reads(team, db, source);
            Copies copies = copies(team, db, source);
            Load load = load(team, source);
            report(buildSeconds, reads, copies, load);
        }
    }

    // --- (a) 100,000 rows × 8 columns --------------------------------------------------------------------------

    record Reads(double jdbc, double json, double oneRow, double paging, long jsonBytes) {
    }

    private static Reads reads(Team team, SourceFixtures.Fixture db, long source) throws Exception {
        String body = ExportFixtures.query(source, READ_SQL);
        for (int warmUp = 0; warmUp < 3; warmUp++) {
            jdbcRead(db);
            exportJson(team, body);
        }
        List<Double> jdbc = new ArrayList<>();
        List<Double> json = new ArrayList<>();
        long bytes = 0;
        for (int run = 0; run < 7; run++) {
            jdbc.add(jdbcRead(db));
            Download download = exportJson(team, body);
            json.add(download.seconds());
            bytes = download.bytes();
        }
        // What every request pays whatever its size: sign-in check, tenant, role, source, settings, history.
        String oneRow = ExportFixtures.query(source, "SELECT * FROM bench_rows WHERE id = 1");
        List<Double> fixed = new ArrayList<>();
        for (int run = 0; run < 7; run++) {
            fixed.add(exportJson(team, oneRow).seconds());
        }
        List<Double> paging = new ArrayList<>();
        for (int run = 0; run < 3; run++) {
            paging.add(page(team, source));
        }
        return new Reads(median(jdbc), median(json), median(fixed), median(paging), bytes);
    }

    /** What a Java program does without InsightIQ: stream the rows (fetch size 1000) and read every value. */
    private static double jdbcRead(SourceFixtures.Fixture db) throws Exception {
        long start = System.nanoTime();
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + db.database());
        long rows = 0;
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (PreparedStatement ps = c.prepareStatement(READ_SQL)) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    int width = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= width; i++) {
                            rs.getObject(i);
                        }
                        rows++;
                    }
                }
            }
            c.rollback();
        }
        check(rows == READ_ROWS, "JDBC read " + rows + " rows");
        return (System.nanoTime() - start) / 1e9;
    }

    private static Download exportJson(Team team, String body) {
        Download download = ExportDownloads.exportCounting(team.analyst(), team.slug(),
                "format=json&background=false", body);
        check(download.status() == 200, "JSON export: " + download);
        return download;
    }

    /** The interactive way: POST /queries for the first page, then GET …?offset=&limit=2000 for the others. */
    private static double page(Team team, long source) {
        long start = System.nanoTime();
        JsonObject first = team.analyst().post(team.api("/queries"), Json.createObjectBuilder()
                .add("dataSourceId", source).add("sql", READ_SQL).add("wait", 120).build().toString()).json();
        check("completed".equals(first.getString("status")), "first page: " + first);
        String id = first.getString("executionId");
        long rows = first.getInt("rowCount");
        boolean more = first.getBoolean("truncated");
        while (more) {
            JsonObject page = team.analyst().get(team.api("/queries/" + id + "?offset=" + rows + "&limit=2000"))
                    .json();
            check(page.containsKey("rowCount"), "page at " + rows + ": " + page);
            rows += page.getInt("rowCount");
            more = page.getBoolean("truncated");
        }
        check(rows == READ_ROWS, "paged " + rows + " rows");
        return (System.nanoTime() - start) / 1e9;
    }

    // --- (b) 2,000,000 rows of CSV ------------------------------------------------------------------------------

    record Copies(double psql, double api, long psqlBytes, long apiBytes, long heapGrowth, long heapBaseline) {
    }

    private static Copies copies(Team team, SourceFixtures.Fixture db, long source) throws Exception {
        String body = ExportFixtures.query(source, ALL_SQL);
        psqlCopy(db);
        exportCsv(team, body);
        List<Double> psql = new ArrayList<>();
        List<Double> api = new ArrayList<>();
        long psqlBytes = 0;
        long apiBytes = 0;
        for (int run = 0; run < 3; run++) {
            long[] copied = psqlCopy(db);
            psql.add(copied[0] / 1e9);
            psqlBytes = copied[1];
            Download csv = exportCsv(team, body);
            api.add(csv.seconds());
            apiBytes = csv.bytes();
        }
        ServerHeap heap = ServerHeap.ofTestServer();
        long baseline = Math.max(heap.live(), heap.live());
        ServerHeap.Sampler sampler = heap.sample(500);
        try (sampler) {
            exportCsv(team, body);
        }
        return new Copies(median(psql), median(api), psqlBytes, apiBytes, sampler.peak() - baseline, baseline);
    }

    private static Download exportCsv(Team team, String body) {
        Download csv = ExportDownloads.exportCounting(team.analyst(), team.slug(), "format=csv&background=false", body);
        check(csv.status() == 200, "CSV export: " + csv);
        check(csv.lines() == TABLE_ROWS + 1L, "CSV lines: " + csv.lines());
        return csv;
    }

    /** {@code psql \copy (…) to stdout csv header}, its output read by this JVM as the HTTP download is. */
    private static long[] psqlCopy(SourceFixtures.Fixture db) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(PSQL, "-X", "-q", "-h", db.host(),
                "-p", Integer.toString(db.port()),
                "-U", db.user(), "-d", db.database(), "-c", "\\copy (" + ALL_SQL + ") to stdout csv header");
        builder.environment().put("PGPASSWORD", db.password());
        builder.redirectError(ProcessBuilder.Redirect.INHERIT);
        long start = System.nanoTime();
        Process process = builder.start();
        long bytes = 0;
        long lines = 0;
        try (InputStream out = process.getInputStream()) {
            byte[] buffer = new byte[256 * 1024];
            for (int n; (n = out.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        check(process.waitFor(10, TimeUnit.MINUTES) && process.exitValue() == 0, "psql failed");
        long nanos = System.nanoTime() - start;
        check(lines == TABLE_ROWS + 1L, "psql lines: " + lines);
        return new long[] {nanos, bytes};
    }

    // --- (c) 50 concurrent clients ------------------------------------------------------------------------------

    record Load(int clients, long requests, long errors, long cached, double p50, double p99, double max,
                List<String> firstErrors) {
    }

    /** Mixed work: point lookups, 2,000-row ranges, aggregations, a full scan, and one repeated (cacheable) report. */
    private static Load load(Team team, long source) throws Exception {
        List<Api> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            String email = "load" + i + "@" + team.slug().replace('_', '-') + ".test";
            Tenancy.addMember(team.admin(), team.slug(), email, "analyst");
            accounts.add(Api.signIn(email, Tenancy.PASSWORD));
        }
        ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong cached = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(LOAD_SECONDS);
        ExecutorService clients = Executors.newFixedThreadPool(USERS);
        for (int c = 0; c < USERS; c++) {
            Api api = accounts.get(c % ACCOUNTS);
            clients.submit(() -> {
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    try {
                        JsonObject result = run(api, team, mixedQuery(source));
                        if (!"completed".equals(result.getString("status", ""))) {
                            errors.add(result.toString());
                        } else if (result.getBoolean("cached", false)) {
                            cached.incrementAndGet();
                        }
                    } catch (RuntimeException | AssertionError e) {
                        errors.add(String.valueOf(e.getMessage()));
                    }
                    latencies.add((System.nanoTime() - start) / 1e6);
                }
            });
        }
        clients.shutdown();
        check(clients.awaitTermination(LOAD_SECONDS + 300L, TimeUnit.SECONDS), "clients did not stop");
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Load(USERS, sorted.size(), errors.size(), cached.get(), percentile(sorted, 50),
                percentile(sorted, 99), sorted.get(sorted.size() - 1), errors.stream().limit(3).toList());
    }

    private static String mixedQuery(long source) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        int kind = random.nextInt(100);
        long from = 1 + random.nextInt(TABLE_ROWS - 60_000);
        String sql;
        jakarta.json.JsonArrayBuilder parameters = Json.createArrayBuilder();
        if (kind < 40) {
            sql = "SELECT * FROM bench_rows WHERE id = {{id}}";
            parameters.add(number("id", from));
        } else if (kind < 70) {
            sql = "SELECT id, name, amount, created_at FROM bench_rows WHERE id BETWEEN {{from}} AND {{to}}"
                    + " ORDER BY id";
            parameters.add(number("from", from)).add(number("to", from + 1999));
        } else if (kind < 90) {
            sql = "SELECT day, count(*) AS orders, sum(amount) AS revenue FROM bench_rows"
                    + " WHERE id BETWEEN {{from}} AND {{to}} [[AND active = {{active}}]] GROUP BY day ORDER BY day";
            parameters.add(number("from", from)).add(number("to", from + 50_000));
        } else if (kind < 95) {
            sql = "SELECT quantity, count(*), avg(price) FROM bench_rows WHERE id <= 200000 GROUP BY quantity"
                    + " ORDER BY quantity";
        } else {
            sql = "SELECT count(*) FROM bench_rows WHERE quantity = {{q}}";
            parameters.add(number("q", random.nextInt(50)));
        }
        return Json.createObjectBuilder().add("dataSourceId", source).add("sql", sql).add("parameters", parameters)
                .build().toString();
    }

    private static JsonObject number(String name, long value) {
        return Json.createObjectBuilder().add("name", name).add("type", "number").add("value", value).build();
    }

    /** POST /queries, then GET …?wait= until the execution finishes (202 means still queued or running). */
    private static JsonObject run(Api api, Team team, String body) {
        Api.Reply reply = api.post(team.api("/queries"), body);
        JsonObject state = reply.json();
        while (reply.status() == 202) {
            reply = api.get(team.api("/queries/" + state.getString("executionId") + "?wait=30"));
            state = reply.json();
        }
        if (reply.status() != 200) {
            throw new AssertionError(reply.toString());
        }
        return state;
    }

    // --- report ---------------------------------------------------------------------------------------------------

    private static void report(double build, Reads reads, Copies copies, Load load) throws IOException {
        String table = String.format(Locale.ROOT, """
                | Query benchmark, table of %,d rows × 8 columns (PostgreSQL 17, same machine) | time | ratio | goal |
                |---|---|---|---|
                | (a) plain JDBC read of %,d rows in a Java process (fetch size 1000, every value; median of 7 after 3 warm-ups) | %.2f s | 1.00× | |
                | (a) the same rows as a JSON export through the API, streamed to the client (median of 7; %.1f MB) | %.2f s | **%.2f×** | ≤ 1.3× |
                | (a) every request's fixed cost: a 1-row JSON export (median of 7) | %.3f s | | |
                | (a) the 100,000-row JSON export less that fixed cost: the streaming itself | %.2f s | %.2f× | |
                | (a) the same rows paged through POST/GET /queries, 2,000 per page (median of 3) | %.2f s | %.2f× | |
                | (b) `psql \\copy (SELECT * …) to stdout csv` of all %,d rows (%s; median of 3 after a warm-up; %.0f MB) | %.2f s | 1.00× | |
                | (b) CSV export through the API, streamed to the client (median of 3 after a warm-up; %.0f MB) | %.2f s | **%.2f×** | ≤ 1.5× |
                | (b) server live-heap growth during the CSV export (baseline %.0f MB, after full GCs) | %+.1f MB | | ≤ 100 MB |
                | (c) %d concurrent clients (%d analyst accounts), mixed queries via POST /queries for %d s | %,d queries, %d errors, %d cached | p50 **%.0f ms**, p99 **%.0f ms**, max %.0f ms | 0 errors |
                | (building the fixture table) | %.1f s | | |
                """, TABLE_ROWS, READ_ROWS, reads.jdbc(), reads.jsonBytes() / 1048576.0, reads.json(),
                reads.json() / reads.jdbc(), reads.oneRow(), reads.json() - reads.oneRow(),
                (reads.json() - reads.oneRow()) / reads.jdbc(), reads.paging(), reads.paging() / reads.jdbc(), TABLE_ROWS, PSQL,
                copies.psqlBytes() / 1048576.0, copies.psql(), copies.apiBytes() / 1048576.0, copies.api(),
                copies.api() / copies.psql(), copies.heapBaseline() / 1048576.0, copies.heapGrowth() / 1048576.0,
                load.clients(), ACCOUNTS, LOAD_SECONDS, load.requests(), load.errors(), load.cached(), load.p50(),
                load.p99(), load.max(), build);
        String facts = String.format(Locale.ROOT, "Machine: %d cores (%s), %s; JDK %s; server heap -Xmx2g.%n",
                Runtime.getRuntime().availableProcessors(), cpu(), memory(), System.getProperty("java.version"));
        String errors = load.firstErrors().isEmpty() ? "" : "First errors: " + load.firstErrors() + "\n";
        System.out.println("\n" + table + facts + errors);
        Path out = Path.of(System.getProperty("it.home")).getParent().resolve("benchmark-queries.md");
        Files.writeString(out, table + "\n" + facts + errors);
        System.out.println("Written to " + out);
        check(load.errors() == 0, load.errors() + " of " + load.requests() + " queries failed: " + load.firstErrors());
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memory() {
        long bytes = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        return String.format(Locale.ROOT, "%.0f GB RAM", bytes / 1e9);
    }

    /** 2,000,000 rows of eight kinds of columns, with a primary key, owned by the source's login, analysed. */
    static String tableScript(String owner) {
        return """
                CREATE TABLE bench_rows AS
                SELECT g::bigint AS id, 'customer ' || g AS name,
                       round((g %% 100000) * 0.37, 2)::numeric(12,2) AS amount,
                       (g %% 977) * 1.5::float8 AS price, (g %% 50)::int AS quantity,
                       TIMESTAMPTZ '2024-01-01 00:00:00+00' + g * INTERVAL '1 minute' AS created_at,
                       DATE '2020-01-01' + (g %% 2000) AS day, g %% 3 = 0 AS active
                FROM generate_series(1, %d) g;
                ALTER TABLE bench_rows ADD PRIMARY KEY (id);
                ALTER TABLE bench_rows OWNER TO %s;
                ANALYZE bench_rows;
                """.formatted(TABLE_ROWS, owner);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double percentile(List<Double> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new AssertionError(message);
        }
    }
}
