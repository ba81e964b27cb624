package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import com.insightiq.system.SourceFixtures;
import com.insightiq.system.Tenancy;
import com.insightiq.system.query.ExportDownloads.Download;
import com.insightiq.system.query.ExportFixtures.Team;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Exports through the REST API, checked against the same SQL run directly on the database: CSV, XLSX and JSON files
 * of the sample database, background exports end to end (job, file, download), who may see an export, bad requests,
 * and the server's live heap while millions of rows stream out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExportIT {
    /** Every canonical kind of value the sample has, plus unicode and text that looks like a formula. */
    static final String SAMPLE_SQL = """
            SELECT o.id, o.created_at, o.status, o.total, o.discount, o.quantity, p.name, p.birth_date,
                   o.total::float8 AS total_float, o.discount IS NULL AS no_discount,
                   'Grüße 😀 ' || p.city AS greeting, '=1+' || o.id AS formula
            FROM orders o JOIN people p ON p.id = o.person_id
            ORDER BY o.id LIMIT 2000""";
    static final List<String> SAMPLE_COLUMNS = List.of("id", "created_at", "status", "total", "discount", "quantity",
            "name", "birth_date", "total_float", "no_discount", "greeting", "formula");
    static final String FILE_NAME = "query-\\d{8}-\\d{6}\\.";


    @Test
    void csvOfTheSampleDatabaseHoldsWhatTheDatabaseHolds() throws Exception {
        Team team = ExportFixtures.team("csv");
        long source = ExportFixtures.sampleSource(team);
        Download csv = ExportDownloads.export(team.analyst(), team.slug(), "format=csv",
                ExportFixtures.query(source, SAMPLE_SQL));
        assertEquals(200, csv.status(), csv::toString);
        assertEquals("text/csv;charset=UTF-8", csv.contentType().replace(" ", ""));
        assertTrue(ExportDownloads.fileName(csv).orElseThrow().matches(FILE_NAME + "csv"), csv.disposition());

        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(csv.text())).getRecords();
        assertEquals(SAMPLE_COLUMNS, records.get(0).toList());
        List<Object[]> truth = truth(SAMPLE_SQL);
        assertEquals(2000, truth.size());
        assertEquals(truth.size() + 1, records.size());
        for (int r = 0; r < truth.size(); r++) {
            Object[] expected = truth.get(r);
            CSVRecord row = records.get(r + 1);
            String where = "row " + (r + 1) + ": " + row;
            assertEquals(expected[0].toString(), row.get(0), where);
            assertEquals(utc(expected[1]), row.get(1), where);
            assertEquals(expected[2], row.get(2), where);
            assertEquals(((BigDecimal) expected[3]).toPlainString(), row.get(3), where);
            assertEquals(expected[4] == null ? "" : ((BigDecimal) expected[4]).toPlainString(), row.get(4), where);
            assertEquals(expected[5].toString(), row.get(5), where);
            assertEquals(guarded((String) expected[6]), row.get(6), where);
            assertEquals(expected[7].toString(), row.get(7), where);
            assertEquals(((Double) expected[8]).doubleValue(), Double.parseDouble(row.get(8)), where);
            assertEquals(expected[9].toString(), row.get(9), where);
            assertEquals(expected[10], row.get(10), where);
            assertEquals("'" + expected[11], row.get(11), "text that would start a formula is defused: " + where);
        }
    }

    @Test
    void jsonHasTheShapeOfAQueryResultWithEveryRow() throws Exception {
        Team team = ExportFixtures.team("json");
        long source = ExportFixtures.sampleSource(team);
        Download download = ExportDownloads.export(team.analyst(), team.slug(), "format=json",
                ExportFixtures.query(source, SAMPLE_SQL));
        assertEquals(200, download.status(), download::toString);
        assertTrue(download.contentType().startsWith("application/json"), download.contentType());
        assertTrue(ExportDownloads.fileName(download).orElseThrow().matches(FILE_NAME + "json"));

        JsonObject result = download.json();
        assertEquals("completed", result.getString("status"));
        assertEquals(2000, result.getInt("rowCount"));
        assertFalse(result.getBoolean("truncated"));
        JsonArray columns = result.getJsonArray("columns");
        assertEquals(SAMPLE_COLUMNS, columns.getValuesAs(JsonObject.class).stream().map(c -> c.getString("name"))
                .toList());
        assertEquals("numeric", columns.getJsonObject(3).getString("type"));
        List<Object[]> truth = truth(SAMPLE_SQL);
        JsonArray rows = result.getJsonArray("rows");
        assertEquals(truth.size(), rows.size());
        for (int r = 0; r < truth.size(); r++) {
            Object[] expected = truth.get(r);
            JsonArray row = rows.getJsonArray(r);
            String where = "row " + r + ": " + row;
            assertEquals(((Integer) expected[0]).longValue(), row.getJsonNumber(0).longValueExact(), where);
            assertEquals(utc(expected[1]), row.getString(1), where);
            assertEquals(expected[3], row.getJsonNumber(3).bigDecimalValue(), "exact decimals: " + where);
            if (expected[4] == null) {
                assertEquals(JsonValue.NULL, row.get(4), where);
            } else {
                assertEquals(expected[4], row.getJsonNumber(4).bigDecimalValue(), where);
            }
            assertEquals(expected[6], row.getString(6), where);
            assertEquals(expected[7].toString(), row.getString(7), where);
            assertEquals(((Double) expected[8]).doubleValue(), row.getJsonNumber(8).doubleValue(), where);
            assertEquals((Boolean) expected[9] ? JsonValue.TRUE : JsonValue.FALSE, row.get(9), where);
            assertEquals(expected[10], row.getString(10), where);
            assertEquals(expected[11], row.getString(11), "JSON is data, not a spreadsheet: " + where);
        }
    }

    @Test
    void xlsxHasTypedCells() throws Exception {
        Team team = ExportFixtures.team("xlsx");
        long source = ExportFixtures.sampleSource(team);
        Download download = ExportDownloads.export(team.analyst(), team.slug(), "format=xlsx",
                ExportFixtures.query(source, SAMPLE_SQL));
        assertEquals(200, download.status(), download::toString);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", download.contentType());
        assertTrue(ExportDownloads.fileName(download).orElseThrow().matches(FILE_NAME + "xlsx"));

        List<Object[]> truth = truth(SAMPLE_SQL);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(download.body()))) {
            Sheet sheet = book.getSheet("Result");
            assertEquals(SAMPLE_COLUMNS.get(6), sheet.getRow(0).getCell(6).getStringCellValue());
            assertEquals(truth.size(), sheet.getLastRowNum());
            for (int r = 0; r < truth.size(); r++) {
                Object[] expected = truth.get(r);
                Row row = sheet.getRow(r + 1);
                String where = "row " + (r + 1);
                assertEquals(((Integer) expected[0]).doubleValue(), row.getCell(0).getNumericCellValue(), where);
                OffsetDateTime created = ((OffsetDateTime) expected[1]).withOffsetSameInstant(ZoneOffset.UTC);
                assertTrue(Duration.between(created.toLocalDateTime(), row.getCell(1).getLocalDateTimeCellValue())
                        .abs().toMillis() <= 1, "a date-time cell in UTC: " + where);
                assertEquals(((BigDecimal) expected[3]).doubleValue(), row.getCell(3).getNumericCellValue(), where);
                if (expected[4] == null) {
                    assertNull(row.getCell(4), "null is an empty cell: " + where);
                }
                assertEquals(expected[6], row.getCell(6).getStringCellValue(), where);
                Cell birth = row.getCell(7);
                assertEquals(CellType.NUMERIC, birth.getCellType(), where);
                assertEquals(((LocalDate) expected[7]).atStartOfDay(), birth.getLocalDateTimeCellValue(), where);
                assertEquals("yyyy-mm-dd", birth.getCellStyle().getDataFormatString(), where);
                assertEquals(expected[9], row.getCell(9).getBooleanCellValue(), where);
                assertEquals(expected[10], row.getCell(10).getStringCellValue(), where);
                Cell formula = row.getCell(11);
                assertEquals(CellType.STRING, formula.getCellType(), "never a formula cell: " + where);
                assertEquals(expected[11], formula.getStringCellValue(), where);
                assertTrue(formula.getCellStyle().getQuotePrefixed(), where);
            }
        }
    }

    @Test
    void backgroundExportWritesTheSameFileAndTheOwnerDownloadsIt() throws Exception {
        Team team = ExportFixtures.team("bg");
        long source = ExportFixtures.sampleSource(team);
        String body = ExportFixtures.query(source, SAMPLE_SQL);
        Download streamed = ExportDownloads.export(team.analyst(), team.slug(), "format=csv&background=false", body);
        assertEquals(200, streamed.status(), streamed::toString);

        Download queued = ExportDownloads.export(team.analyst(), team.slug(), "format=csv&background=true", body);
        assertEquals(202, queued.status(), queued::toString);
        JsonObject accepted = queued.json();
        long id = accepted.getJsonNumber("exportId").longValue();
        assertEquals("queued", accepted.getString("status"));
        assertTrue(accepted.getString("location").endsWith(team.api("/exports/" + id)), accepted.toString());

        JsonObject export = awaitExport(team.analyst(), team, id);
        assertEquals("completed", export.getString("status"), export.toString());
        assertEquals(2000, export.getJsonNumber("rowCount").longValue());
        assertEquals("csv", export.getString("format"));
        assertTrue(export.getString("fileName").matches(FILE_NAME + "csv"), export.toString());

        Download file = ExportDownloads.get(team.analyst(), team.api("/exports/" + id + "/file"));
        assertEquals(200, file.status(), file::toString);
        assertEquals(export.getString("fileName"), ExportDownloads.fileName(file).orElseThrow());
        assertArrayEquals(streamed.body(), file.body(), "the background file is the streamed export, byte for byte");
        assertEquals(export.getJsonNumber("fileBytes").longValue(), file.bytes());
        assertTrue(Files.isRegularFile(Path.of(System.getProperty("it.home"), "data", "exports", team.slug(),
                id + ".csv")), "kept under the data directory, per tenant");

        JsonObject run = awaitFinished(team.analyst(), team.api("/jobs/" + id));
        assertEquals("query-export", run.getString("job"));
        assertEquals("completed", run.getString("status"));
        assertTrue(run.getString("summary").contains("\"rows\":2000"), run.toString());
        assertTrue(team.analyst().get(team.api("/exports")).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getJsonNumber("id").longValue() == id));
    }

    @Test
    void autoGoesToTheBackgroundWhenThePlannerExpectsManyRows() throws Exception {
        Team team = ExportFixtures.team("auto");
        long source = ExportFixtures.sampleSource(team);
        Download small = ExportDownloads.export(team.analyst(), team.slug(), "format=json",
                ExportFixtures.query(source, "SELECT id FROM orders WHERE id <= 10"));
        assertEquals(200, small.status(), "auto streams a small result: " + small);

        Download large = ExportDownloads.export(team.analyst(), team.slug(), "format=csv&background=auto",
                ExportFixtures.query(source, "SELECT g AS n FROM generate_series(1, 600000) g"));
        assertEquals(202, large.status(), "600,000 expected rows > 500,000: " + large);
        long id = large.json().getJsonNumber("exportId").longValue();
        JsonObject export = awaitExport(team.analyst(), team, id);
        assertEquals("completed", export.getString("status"), export.toString());
        assertEquals(600_000, export.getJsonNumber("rowCount").longValue());
        assertEquals(600_000, export.getJsonNumber("estimatedRows").longValue());
    }

    @Test
    void aFailingBackgroundExportSaysWhyAndHasNoFile() throws Exception {
        Team team = ExportFixtures.team("bgfail");
        long source = ExportFixtures.sampleSource(team);
        Download queued = ExportDownloads.export(team.analyst(), team.slug(), "format=csv&background=true",
                ExportFixtures.query(source, "SELECT id, 1 / (id - 5) AS boom FROM orders ORDER BY id"));
        assertEquals(202, queued.status(), queued::toString);
        long id = queued.json().getJsonNumber("exportId").longValue();
        JsonObject export = awaitExport(team.analyst(), team, id);
        assertEquals("failed", export.getString("status"), export.toString());
        assertTrue(export.getString("error").contains("division by zero"), export.toString());
        team.analyst().get(team.api("/exports/" + id + "/file")).isJsonError(404);
        JsonObject run = awaitFinished(team.analyst(), team.api("/jobs/" + id));
        assertTrue(run.getString("error").contains("division by zero"), "the Jobs page says why: " + run);
        assertFalse(Files.exists(Path.of(System.getProperty("it.home"), "data", "exports", team.slug(),
                id + ".csv.part")), "no partial file left behind");
    }

    @Test
    void exportsArePrivateToTheirOwnerAndTenant() throws Exception {
        Team team = ExportFixtures.team("own");
        long source = ExportFixtures.sampleSource(team);
        Download queued = ExportDownloads.export(team.analyst(), team.slug(), "format=csv&background=true",
                ExportFixtures.query(source, "SELECT id FROM people ORDER BY id LIMIT 5"));
        assertEquals(202, queued.status(), queued::toString);
        long id = queued.json().getJsonNumber("exportId").longValue();
        assertEquals("completed", awaitExport(team.analyst(), team, id).getString("status"));

        String colleague = "colleague@" + team.slug().replace('_', '-') + ".test";
        Tenancy.addMember(team.admin(), team.slug(), colleague, "analyst");
        Api other = Api.signIn(colleague, Tenancy.PASSWORD);
        for (Api stranger : List.of(other, team.admin())) {
            stranger.get(team.api("/exports/" + id)).isJsonError(404);
            stranger.get(team.api("/exports/" + id + "/file")).isJsonError(404);
            assertTrue(stranger.get(team.api("/exports")).array().isEmpty(), "another member's list is their own");
        }

        Team elsewhere = ExportFixtures.team("else");
        elsewhere.analyst().get(elsewhere.api("/exports/" + id)).isJsonError(404);
        elsewhere.analyst().get(elsewhere.api("/exports/" + id + "/file")).isJsonError(404);
        elsewhere.analyst().get(team.api("/exports/" + id + "/file")).isJsonError(403);
        ExportDownloads.Download foreignSource = ExportDownloads.export(elsewhere.analyst(), elsewhere.slug(),
                "format=csv", ExportFixtures.query(source, "SELECT 1"));
        assertEquals(404, foreignSource.status(), "another tenant's data source is unknown here: " + foreignSource);

        String viewer = "viewer@" + team.slug().replace('_', '-') + ".test";
        Tenancy.addMember(team.admin(), team.slug(), viewer, "viewer");
        Api viewing = Api.signIn(viewer, Tenancy.PASSWORD);
        assertEquals(403, ExportDownloads.export(viewing, team.slug(), "format=csv",
                ExportFixtures.query(source, "SELECT 1")).status(), "viewers do not run SQL");
        viewing.get(team.api("/exports")).isJsonError(403);
        assertEquals(401, ExportDownloads.export(Api.anonymous(), team.slug(), "format=csv",
                ExportFixtures.query(source, "SELECT 1")).status());
    }

    /**
     * Editing a source (or the sync scheduler moving its next run) replaces its connection pool; a running export
     * keeps its connection until its last row instead of being cut off.
     */
    @Test
    void anExportOutlivesAnEditOfItsDataSource() throws Exception {
        Team team = ExportFixtures.team("edit");
        long source = ExportFixtures.sampleSource(team);
        ExportFixtures.awaitIdle(team);
        String sql = "SELECT g, pg_sleep(0.001) IS NULL AS slept FROM generate_series(1, 4000) g";
        java.util.concurrent.CompletableFuture<Download> export = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> ExportDownloads.exportCounting(team.analyst(), team.slug(), "format=csv&background=false",
                        ExportFixtures.query(source, sql)));
        Thread.sleep(1500);
        JsonObject stored = team.admin().get(team.api("/datasources/" + source)).json();
        String renamed = jakarta.json.Json.createObjectBuilder(ExportFixtures.sampleSourceBody("Sample renamed"))
                .build().toString();
        Api.Reply edited = team.admin().put(team.api("/datasources/" + source), renamed);
        assertEquals(200, edited.status(), edited::toString);
        assertFalse(export.isDone(), "the edit happened while the rows streamed: " + stored);
        Download download = export.get(2, java.util.concurrent.TimeUnit.MINUTES);
        assertEquals(200, download.status(), download::toString);
        assertEquals(4001, download.lines(), "every row, none lost to the replaced pool");
    }

    @Test
    void badRequestsAreJsonErrorsNotFiles() throws Exception {
        Team team = ExportFixtures.team("bad");
        long source = ExportFixtures.sampleSource(team);
        String fine = ExportFixtures.query(source, "SELECT 1");
        assertJsonError(400, ExportDownloads.export(team.analyst(), team.slug(), "format=pdf", fine), "format");
        assertJsonError(400, ExportDownloads.export(team.analyst(), team.slug(), "", fine), "format");
        assertJsonError(400, ExportDownloads.export(team.analyst(), team.slug(), "format=csv&background=maybe", fine),
                "background");
        assertJsonError(400, ExportDownloads.export(team.analyst(), team.slug(), "format=csv", "{\"sql\": 5,"), "");
        assertJsonError(400, ExportDownloads.export(team.analyst(), team.slug(), "format=csv",
                "{\"dataSourceId\": \"abc\", \"sql\": \"SELECT 1\"}"), "");
        assertJsonError(400, ExportDownloads.export(team.analyst(), team.slug(), "format=csv",
                ExportFixtures.query(source, "UPDATE orders SET total = 0")), "");
        for (String format : List.of("csv", "xlsx", "json")) {
            Download failed = ExportDownloads.export(team.analyst(), team.slug(), "format=" + format,
                    ExportFixtures.query(source, "SELECT no_such_column FROM orders"));
            assertJsonError(400, failed, "no_such_column");
            assertEquals("query-failed", failed.json().getString("error"));
        }
    }

    /**
     * The issue's heap test: 1 and 5 million rows of CSV while the server's live heap (after full collections) is
     * sampled. Streaming keeps the growth bounded and the same for both sizes; buffering would grow with the rows.
     */
    @Test
    void fiveMillionRowsOfCsvLeaveTheServerHeapFlat() throws Exception {
        Team team = ExportFixtures.team("heap");
        try (SourceFixtures.Fixture empty = SourceFixtures.postgres("heap")) {
            long source = ExportFixtures.source(team, empty);
            Api.Reply settings = team.admin().put(team.api("/settings/queries"), "{\"timeoutSeconds\": 600}");
            assertEquals(200, settings.status(), "exports of millions of rows may take minutes: " + settings);
            ExportFixtures.awaitIdle(team);
            ServerHeap heap = ServerHeap.ofTestServer();
            long baseline = Math.max(heap.live(), heap.live());
            String before = Boolean.getBoolean("it.heap.histogram") ? heap.histogram(25) : "";
            Measured million = exportWhileSampling(team, source, heap, 1_000_000);
            Measured five = exportWhileSampling(team, source, heap, 5_000_000);
            long growth1 = million.peak() - baseline;
            long growth5 = five.peak() - baseline;
            System.out.printf(Locale.ROOT, "%nExport heap (server pid %d): live baseline %.1f MB; 1M rows: %.1f s, "
                            + "%.0f MB of CSV, live peak %+.1f MB (%d samples); 5M rows: %.1f s, %.0f MB of CSV, "
                            + "live peak %+.1f MB (%d samples)%n%s%s%s",
                    heap.pid(), mib(baseline), million.download().seconds(), mib(million.download().bytes()),
                    mib(growth1), million.samples(), five.download().seconds(), mib(five.download().bytes()),
                    mib(growth5), five.samples(), before, million.histogram(), five.histogram());
            assertTrue(growth1 < 100L << 20, "1M rows grew the live heap by " + mb(growth1) + " MB");
            assertTrue(growth5 < 100L << 20, "5M rows grew the live heap by " + mb(growth5) + " MB");
            assertTrue(growth5 < growth1 + (32L << 20), "not proportional to the rows: 1M +" + mb(growth1)
                    + " MB, 5M +" + mb(growth5) + " MB");
        }
    }

    record Measured(Download download, long peak, long samples, String histogram) {
    }

    private static Measured exportWhileSampling(Team team, long source, ServerHeap heap, int rows) throws Exception {
        String sql = "SELECT g AS id, 'row ' || g AS label, g * 0.01 AS amount, DATE '2024-01-01' + (g % 365) AS day"
                + " FROM generate_series(1, " + rows + ") g";
        Download download;
        ServerHeap.Sampler sampler = heap.sample(500);
        try (sampler) {
            download = ExportDownloads.exportCounting(team.analyst(), team.slug(), "format=csv&background=false",
                    ExportFixtures.query(source, sql));
        }
        assertEquals(200, download.status(), download::toString);
        assertEquals(rows + 1L, download.lines(), "header and every row");
        assertTrue(sampler.samples() >= 2, "sampled while the rows streamed");
        return new Measured(download, sampler.peak(), sampler.samples(), sampler.peakHistogram());
    }

    private static void assertJsonError(int status, Download download, String mentions) {
        assertEquals(status, download.status(), download::toString);
        assertTrue(download.contentType().startsWith("application/json"), "an error, not a file: " + download);
        JsonObject error = download.json();
        assertNotNull(error.getString("message"));
        assertTrue(error.getString("message").contains(mentions), download.toString());
    }

    private static JsonObject awaitExport(Api api, Team team, long id) throws InterruptedException {
        return awaitFinished(api, team.api("/exports/" + id));
    }

    /** Polls an export or a job run until it is no longer queued or running. */
    private static JsonObject awaitFinished(Api api, String path) throws InterruptedException {
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(5).toMillis();
        while (System.currentTimeMillis() < deadline) {
            JsonObject state = api.get(path).json();
            if (!state.getString("status").matches("queued|running|started")) {
                return state;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(path + " did not finish within 5 minutes");
    }

    /** The rows as JDBC gives them from the sample database itself. */
    static List<Object[]> truth(String sql) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        try (Connection c = ExportFixtures.connect(ExportFixtures.SAMPLE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[width];
                for (int i = 0; i < width; i++) {
                    row[i] = switch (rs.getMetaData().getColumnTypeName(i + 1)) {
                        case "timestamptz" -> rs.getObject(i + 1, OffsetDateTime.class);
                        case "date" -> rs.getObject(i + 1, LocalDate.class);
                        default -> rs.getObject(i + 1);
                    };
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String utc(Object timestamp) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                ((OffsetDateTime) timestamp).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** OWASP: text starting with = + - @ (but not a plain number) gets an apostrophe. */
    private static String guarded(String text) {
        boolean risky = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
        return risky ? "'" + text : text;
    }

    private static long mb(long bytes) {
        return bytes >> 20;
    }

    private static double mib(long bytes) {
        return bytes / 1048576.0;
    }
}
