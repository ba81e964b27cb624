package com.insightiq.system;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Catalog sync of 1,000 tables × 20 columns with foreign keys and indexes, against one plain JDBC DatabaseMetaData
 * pass over the same objects (tables, columns, primary keys, imported keys, indexes). Prints the ratio and tables per
 * second; run with {@code mvn verify -Pbenchmark}. Not a test of speed: it fails only when the sync itself fails.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogSyncBenchmark {
    static final int TABLES = Integer.getInteger("bench.tables", 1000);
    static final int COLUMNS = 20;
    static final int RUNS = 3;


    @Test
    void syncAgainstPlainMetadataPass() throws Exception {
        String slug = Tenancy.uniqueSlug("bench");
        Api admin = Api.signIn(Tenancy.createTenant(Api.platformAdmin(), slug), Tenancy.PASSWORD);
        try (SourceFixtures.Fixture db = SourceFixtures.postgres("bench")) {
            long built = System.nanoTime();
            db.execute(schemaScript());
            db.execute("ANALYZE");
            double buildSeconds = seconds(System.nanoTime() - built);

            List<Double> plain = new ArrayList<>();
            int objects = 0;
            for (int run = 0; run < RUNS; run++) {
                long start = System.nanoTime();
                objects = metadataPass(db);
                plain.add(seconds(System.nanoTime() - start));
            }

            String api = "/t/" + slug + "/api/v1/datasources";
            Api.Reply created = admin.post(api, db.body("Benchmark").build().toString());
            if (created.status() != 201) {
                throw new AssertionError("Creating the data source failed: " + created);
            }
            long id = created.json().getJsonNumber("id").longValue();
            awaitIdle(admin, slug, id);

            // "all": structure plus a fingerprint of every table; "none": the structural pass alone, the like of the
            // metadata pass it is compared with.
            Measured withFingerprints = measure(admin, api, id, "all");
            Measured structure = measure(admin, api, id, "none");
            long tables = Database.count("SELECT count(*) FROM tenant_" + slug + ".catalog_table");
            if (tables != TABLES) {
                throw new AssertionError("The catalog holds " + tables + " tables, expected " + TABLES);
            }
            report(buildSeconds, objects, median(plain), structure, withFingerprints);
        }
    }

    /** Median job time (the sync's own start to finish) and median end-to-end time of {@link #RUNS} syncs. */
    record Measured(double job, double endToEnd) {
    }

    private static Measured measure(Api admin, String api, long id, String fingerprint) throws InterruptedException {
        List<Double> job = new ArrayList<>();
        List<Double> wall = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            Api.Reply reply = admin.post(api + "/" + id + "/sync", "{\"fingerprint\":\"" + fingerprint + "\"}");
            if (reply.status() != 202) {
                throw new AssertionError("Sync request failed: " + reply);
            }
            long syncId = reply.json().getJsonNumber("id").longValue();
            JsonObject sync = awaitSync(admin, api + "/" + id + "/syncs/" + syncId);
            wall.add(seconds(System.nanoTime() - start));
            if (!sync.getString("status").equals("completed")) {
                throw new AssertionError("Sync failed: " + sync);
            }
            job.add(Duration.between(Instant.parse(sync.getString("startedAt")),
                    Instant.parse(sync.getString("finishedAt"))).toMillis() / 1000.0);
        }
        return new Measured(median(job), median(wall));
    }

    private static JsonObject awaitSync(Api admin, String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(15).toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonObject sync = admin.get(path).json();
            String status = sync.getString("status");
            if (status.equals("completed") || status.equals("failed")) {
                return sync;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Sync " + path + " did not finish within 15 minutes");
    }

    /** The sync that creating a source starts must finish before the measured ones begin. */
    private static void awaitIdle(Api admin, String slug, long id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(15).toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (Database.count("SELECT count(*) FROM tenant_" + slug + ".job_run WHERE status IN ('QUEUED','STARTED')")
                    == 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The first sync did not finish");
    }

    private static int metadataPass(SourceFixtures.Fixture db) throws SQLException {
        String url = System.getProperty("it.db.url").replaceAll("/[^/?]+(\\?.*)?$", "/" + db.database());
        int objects = 0;
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password())) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE", "VIEW"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                objects += drain(meta.getColumns(null, "public", table, "%"));
                objects += drain(meta.getPrimaryKeys(null, "public", table));
                objects += drain(meta.getImportedKeys(null, "public", table));
                objects += drain(meta.getIndexInfo(null, "public", table, false, true));
            }
            return objects + tables.size();
        }
    }

    private static int drain(ResultSet rs) throws SQLException {
        int rows = 0;
        try (rs) {
            while (rs.next()) {
                rs.getString(1);
                rows++;
            }
        }
        return rows;
    }

    /** Table t_i has an id, a parent key to t_(i-1), a key to t_(i/2), 17 data columns and two indexes. */
    static String schemaScript() {
        return """
                DO $$
                BEGIN
                  FOR i IN 0..%d LOOP
                    EXECUTE format('CREATE TABLE t_%%s (id bigint PRIMARY KEY, parent_id bigint %%s, half_id bigint %%s,
                      name text, email text, amount numeric(12,2), price numeric(10,2), quantity integer,
                      created_at timestamptz, updated_on date, active boolean, country text, city text,
                      latitude double precision, longitude double precision, code varchar(20), note text,
                      rate real, status varchar(16))', i,
                      CASE WHEN i > 0 THEN format('REFERENCES t_%%s(id)', i - 1) ELSE '' END,
                      CASE WHEN i > 0 THEN format('REFERENCES t_%%s(id)', i / 2) ELSE '' END);
                    EXECUTE format('CREATE INDEX t_%%s_parent ON t_%%s (parent_id)', i, i);
                    EXECUTE format('INSERT INTO t_%%s (id, name, amount, created_at, country)
                      SELECT g, ''name '' || g, g * 1.5, now() - g * interval ''1 day'', ''DE''
                      FROM generate_series(1, 20) g', i);
                  END LOOP;
                END $$;
                """.formatted(TABLES - 1);
    }

    private static void report(double build, int objects, double plain, Measured structure, Measured all)
            throws Exception {
        String table = String.format(Locale.ROOT, """
                | Catalog sync, %d tables × %d columns with FKs and indexes (median of %d) | time | ÷ metadata pass | tables/s |
                |---|---|---|---|
                | plain JDBC `DatabaseMetaData` pass (tables, columns, PKs, FKs, indexes: %d rows) | %.2f s | 1.00× | %.0f |
                | InsightIQ sync, structure (`fingerprint: none`; goal ≤ 2×) | %.2f s | **%.2f×** | %.0f |
                | InsightIQ sync, structure + fingerprints + field values (`all`) | %.2f s | %.2f× | %.0f |
                | end to end incl. JMS, batch start and polling: none / all | %.2f s / %.2f s | | |
                | (building the fixture database) | %.1f s | | |
                """, TABLES, COLUMNS, RUNS, objects, plain, TABLES / plain, structure.job(), structure.job() / plain,
                TABLES / structure.job(), all.job(), all.job() / plain, TABLES / all.job(), structure.endToEnd(),
                all.endToEnd(), build);
        System.out.println("\n" + table);
        Path out = Path.of(System.getProperty("it.home")).getParent().resolve("benchmark-catalog-sync.md");
        Files.writeString(out, table);
        System.out.println("Written to " + out);
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
