package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.system.Api;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What POST /queries promises on every engine, checked against a real server: values come back exactly (precision,
 * extremes, dates and times, unicode, binary, JSON, nulls), results page beyond the row cap, identical runs come from
 * the cache, and both cancellation and the tenant's timeout stop the statement in the database itself.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
abstract class QueryTypesContract {
    static final String UNICODE = "😀 漢字 مرحبا שלום e\u0301 👨\u200D👩\u200D👧 \u202Eevil";
    private static final BigDecimal BIG_DECIMAL = new BigDecimal("12345678901234567890.1234567890");
    private static final List<String> COLUMNS = List.of("id", "big", "num", "dbl", "d", "tm", "ts", "txt", "flag",
            "bin", "doc");

    /** One tenant, database and data source per test class; each test makes its own tables. */
    private static QueryTenant tenant;
    private static QuerySource source;
    private static long sourceId;

    /** A fresh database for this engine with the login the data source will use. */
    protected abstract QuerySource createSource();

    /** CREATE TABLE with the columns {@link #COLUMNS}: int, bigint, decimal(38,10), double, date, time with
     * microseconds, timestamp with microseconds, varchar, boolean, binary, JSON. */
    protected abstract String typesTable(String name);

    /** The bind marker that stores a JSON text in the JSON column. */
    protected abstract String jsonBind();

    /** The type names the API may report for each column of {@link #typesTable}. */
    protected abstract Map<String, Set<String>> typeNames();

    /** n rows with one column {@code n} = 1…n, ordered. */
    protected abstract String series(int n);

    /** A random number {@code r} and the number variable {{n}} as column {@code n}. */
    protected abstract String randomWith(String variable);

    /** A statement that sleeps for the given seconds and carries {@code marker} in its text. */
    protected abstract String sleep(int seconds, String marker);

    /** A single-precision float literal 1.1 as column {@code f}. */
    protected abstract String realOnePointOne();

    protected abstract String quote(String identifier);

    @BeforeEach
    void connect() throws InterruptedException {
        if (tenant == null) {
            source = createSource();
            tenant = QueryTenant.create("qtypes");
            sourceId = tenant.addSource(source, "Types");
        }
    }

    @AfterAll
    static void dropSource() {
        if (source != null) {
            source.close();
        }
        source = null;
        tenant = null;
    }

    protected static QuerySource source() {
        return source;
    }

    protected static QueryApi queries() {
        return tenant.queries;
    }

    protected static long sourceId() {
        return sourceId;
    }

    protected static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    @Test
    void valuesRoundTripExactly() {
        String table = "typed_" + suffix();
        source.execute(typesTable(table));
        String insert = "INSERT INTO " + table + " (" + String.join(", ", COLUMNS) + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + jsonBind() + ")";
        source.update(insert, 1, Long.MAX_VALUE, BIG_DECIMAL, 0.1d, LocalDate.of(2024, 2, 29),
                LocalTime.of(23, 59, 59, 999_999_000), LocalDateTime.of(2024, 1, 2, 3, 4, 5, 123_456_000), UNICODE, true,
                new byte[] {0, (byte) 0xff, 0x10, (byte) 0x80}, "{\"a\": [1, 2, {\"b\": null}], \"u\": \"ü\", \"n\": 1.50}");
        source.update(insert, 2, Long.MIN_VALUE, new BigDecimal("-0.0000000001"), -1.5E300, LocalDate.of(1, 1, 1),
                LocalTime.MIDNIGHT, LocalDateTime.of(1970, 1, 1, 0, 0), "", false, new byte[0], "[]");
        source.update("INSERT INTO " + table + " (id) VALUES (?)", 3);

        Api.Reply reply = queries().run(sourceId, "SELECT " + String.join(", ", COLUMNS) + " FROM " + table
                + " ORDER BY id");
        JsonObject result = QueryApi.completed(reply);
        assertEquals(COLUMNS, names(result));
        Map<String, Set<String>> expectedTypes = typeNames();
        for (JsonValue column : result.getJsonArray("columns")) {
            String name = column.asJsonObject().getString("name");
            String type = column.asJsonObject().getString("type");
            assertTrue(expectedTypes.get(name).contains(type), () -> name + " has type " + type + ", expected one of "
                    + expectedTypes.get(name));
        }
        assertEquals(3, result.getInt("rowCount"));
        assertFalse(result.getBoolean("truncated"));
        assertFalse(result.getBoolean("cached"));

        JsonArray first = result.getJsonArray("rows").getJsonArray(0);
        JsonArray second = result.getJsonArray("rows").getJsonArray(1);
        JsonArray nulls = result.getJsonArray("rows").getJsonArray(2);
        assertAll(
                () -> assertEquals(Long.MAX_VALUE, first.getJsonNumber(1).longValueExact()),
                () -> assertEquals(Long.MIN_VALUE, second.getJsonNumber(1).longValueExact()),
                () -> assertEquals(0, BIG_DECIMAL.compareTo(first.getJsonNumber(2).bigDecimalValue()),
                        () -> "decimal(38,10) exact: " + first.get(2)),
                () -> assertEquals(0, new BigDecimal("-0.0000000001").compareTo(second.getJsonNumber(2)
                        .bigDecimalValue()), () -> "tiny decimal: " + second.get(2)),
                () -> assertTrue(reply.body().contains("-0.0000000001"), "decimals are written without an exponent"),
                () -> assertEquals(0.1, first.getJsonNumber(3).doubleValue()),
                () -> assertEquals(-1.5E300, second.getJsonNumber(3).doubleValue()),
                () -> assertEquals("2024-02-29", first.getString(4)),
                () -> assertEquals("0001-01-01", second.getString(4)),
                () -> assertEquals("23:59:59.999999", first.getString(5)),
                () -> assertEquals("00:00:00", second.getString(5), "times always carry seconds"),
                () -> assertEquals("2024-01-02T03:04:05.123456", first.getString(6)),
                () -> assertEquals("1970-01-01T00:00:00", second.getString(6), "timestamps always carry seconds"),
                () -> assertEquals(UNICODE, first.getString(7)),
                () -> assertEquals("", second.getString(7), "an empty string is not null"),
                () -> assertEquals(JsonValue.TRUE, first.get(8)),
                () -> assertEquals(JsonValue.FALSE, second.get(8)),
                () -> assertEquals("AP8QgA==", first.getString(9), "binary as base64"),
                () -> assertEquals("", second.getString(9)),
                () -> assertEquals(json("{\"a\": [1, 2, {\"b\": null}], \"u\": \"ü\", \"n\": 1.50}"),
                        json(first.getString(10)), "JSON columns are the JSON text"),
                () -> assertEquals(json("[]"), json(second.getString(10))),
                () -> assertEquals(3, nulls.getInt(0)));
        for (int i = 1; i < COLUMNS.size(); i++) {
            assertEquals(JsonValue.NULL, nulls.get(i), "null " + COLUMNS.get(i));
        }
    }

    @Test
    void singlePrecisionFloatsKeepTheirDigits() {
        JsonObject result = queries().rows(sourceId, realOnePointOne());
        assertEquals("1.1", result.getJsonArray("rows").getJsonArray(0).getJsonNumber(0).toString(),
                "a float 1.1 is shown as 1.1, not as its double widening 1.100000023841858");
    }

    @Test
    void columnNamesAreKeptAsWrittenInOrderAndDuplicated() {
        JsonObject result = queries().rows(sourceId, "SELECT 1 AS " + quote("MixedCase") + ", 2 AS " + quote("größe")
                + ", 3 AS a, 4 AS a, NULL AS " + quote("nothing"));
        assertEquals(List.of("MixedCase", "größe", "a", "a", "nothing"), names(result));
        assertEquals(List.of(1, 2, 3, 4), result.getJsonArray("rows").getJsonArray(0).subList(0, 4).stream()
                .map(v -> ((jakarta.json.JsonNumber) v).intValue()).toList());
        assertEquals(JsonValue.NULL, result.getJsonArray("rows").getJsonArray(0).get(4));
    }

    @Test
    void anEmptyResultStillHasItsColumns() {
        JsonObject result = queries().rows(sourceId, "SELECT n, n AS m FROM (" + series(3) + ") s WHERE n > 5");
        assertEquals(List.of("n", "m"), names(result));
        assertEquals(0, result.getJsonArray("rows").size());
        assertFalse(result.getBoolean("truncated"));
    }

    @Test
    void pagesGoBeyondTheRowCapToTheLastRow() {
        JsonObject first = queries().rows(sourceId, series(4500));
        assertEquals(2000, first.getInt("rowCount"), "the first page holds the row cap");
        assertTrue(first.getBoolean("truncated"));
        assertEquals(0, first.getInt("offset"));
        assertRange(first, 1, 2000);
        String id = first.getString("executionId");

        JsonObject second = QueryApi.completed(queries().execution(id, "offset=2000&limit=2000"));
        assertRange(second, 2001, 4000);
        assertEquals(2000, second.getInt("offset"));
        assertTrue(second.getBoolean("truncated"));
        JsonObject last = QueryApi.completed(queries().execution(id, "offset=4000&limit=2000"));
        assertRange(last, 4001, 4500);
        assertFalse(last.getBoolean("truncated"), "nothing follows the last page");
        JsonObject past = QueryApi.completed(queries().execution(id, "offset=100000&limit=10"));
        assertEquals(0, past.getInt("rowCount"));
        assertFalse(past.getBoolean("truncated"));

        JsonObject middle = QueryApi.completed(queries().post(QueryApi.body(sourceId, series(4500))
                .add("offset", 4400).add("limit", 50).build()));
        assertRange(middle, 4401, 4450);
        assertTrue(middle.getBoolean("truncated"));
        JsonObject small = QueryApi.completed(queries().post(QueryApi.body(sourceId, series(4500)).add("limit", 10)
                .build()));
        assertRange(small, 1, 10);
        assertTrue(small.getBoolean("truncated"));
        Api.Reply over = queries().post(QueryApi.body(sourceId, series(4500)).add("limit", 5000).build());
        if (over.status() == 200) {
            assertEquals(2000, QueryApi.completed(over).getInt("rowCount"), "a page never exceeds the row cap");
        } else {
            QueryApi.error(over, 400);
        }
    }

    @Test
    void exactlyTheCapIsNotTruncatedAndOneMoreIs() {
        JsonObject exact = queries().rows(sourceId, series(2000));
        assertEquals(2000, exact.getInt("rowCount"));
        assertFalse(exact.getBoolean("truncated"), "2000 rows under a 2000-row cap are complete");
        JsonObject over = queries().rows(sourceId, series(2001));
        assertEquals(2000, over.getInt("rowCount"));
        assertTrue(over.getBoolean("truncated"));
    }

    @Test
    void anIdenticalRunComesFromTheCacheAndOtherValuesDoNot() {
        String sql = randomWith("n");
        JsonObject first = queries().rows(sourceId, sql, QueryApi.number("n", 1));
        JsonObject again = queries().rows(sourceId, sql, QueryApi.number("n", 1));
        JsonObject other = queries().rows(sourceId, sql, QueryApi.number("n", 2));
        assertFalse(first.getBoolean("cached"));
        assertTrue(again.getBoolean("cached"), "the same SQL and values are served from the cache");
        assertEquals(value(first, 0), value(again, 0), "a cached result is the first result, not a new run");
        assertFalse(other.getBoolean("cached"), "other parameter values are another query");
        assertEquals(2, other.getJsonArray("rows").getJsonArray(0).getJsonNumber(1).intValue());
        assertNotEquals(value(first, 0), value(other, 0));

        JsonObject cachedEntry = historyEntry(again.getString("executionId"));
        assertTrue(cachedEntry.getBoolean("cached"), cachedEntry::toString);
        assertFalse(historyEntry(first.getString("executionId")).getBoolean("cached"));

        // A changed data source (its version moves on) may point elsewhere: its old results are not reused.
        Api.Reply renamed = tenant.admin.put(tenant.sources() + "/" + sourceId,
                source.body("Types renamed " + suffix()).remove("password").build().toString());
        assertEquals(200, renamed.status(), renamed::toString);
        JsonObject afterChange = queries().rows(sourceId, sql, QueryApi.number("n", 1));
        assertFalse(afterChange.getBoolean("cached"), "a new source version is not served old results");
    }

    @Test
    void cancellingStopsTheStatementInTheDatabase() throws Exception {
        String marker = "cancel_me_" + suffix();
        long started = System.currentTimeMillis();
        String id = queries().submit(sourceId, sleep(30, marker));
        awaitTrue(() -> source.running(marker) == 1, 15_000, "the sleep runs in the database");

        long cancelled = System.currentTimeMillis();
        Api.Reply delete = queries().cancel(id);
        assertEquals(204, delete.status(), delete::toString);
        awaitTrue(() -> source.running(marker) == 0, 10_000, "the statement stops in the database after DELETE");
        assertTrue(System.currentTimeMillis() - cancelled < 10_000);
        assertTrue(System.currentTimeMillis() - started < 28_000, "cancelled long before the sleep would end");

        Api.Reply state = queries().awaitFinished(id, 10_000);
        if (state.status() == 409) {
            QueryApi.error(state, 409, "cancelled");
        } else {
            assertEquals(200, state.status(), state::toString);
            assertEquals("cancelled", state.json().getString("status"), state::toString);
        }
        assertEquals("cancelled", historyEntry(id).getString("status"));
        assertEquals(1, queries().rows(sourceId, "SELECT 1 AS one").getJsonArray("rows").getJsonArray(0).getInt(0),
                "the connection the cancelled query used is healthy again");
    }

    @Test
    void theTenantsTimeoutStopsTheStatementInTheDatabase() throws Exception {
        JsonObject before = tenant.timeout(2);
        try {
            String marker = "time_me_out_" + suffix();
            long started = System.currentTimeMillis();
            Api.Reply reply = queries().run(sourceId, sleep(20, marker));
            long took = System.currentTimeMillis() - started;
            QueryApi.error(reply, 400, "timeout");
            assertTrue(took >= 1_500, "the query ran until the 2 s timeout: " + took + " ms");
            assertTrue(took < 12_000, "the query stopped soon after the 2 s timeout: " + took + " ms");
            awaitTrue(() -> source.running(marker) == 0, 5_000, "the timed-out statement no longer runs");
            assertEquals("timeout", historyEntry(reply.json().containsKey("executionId")
                    ? reply.json().getString("executionId") : newestExecution()).getString("status"));
            assertEquals(1, queries().rows(sourceId, "SELECT 1 AS one").getJsonArray("rows").getJsonArray(0)
                    .getInt(0), "quick queries still run under the short timeout");
        } finally {
            tenant.restore(before);
        }
    }

    static List<String> names(JsonObject result) {
        return result.getJsonArray("columns").stream().map(c -> c.asJsonObject().getString("name")).toList();
    }

    static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    static void awaitTrue(BooleanSupplier condition, long millis, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < deadline, what);
            Thread.sleep(100);
        }
    }

    private static BigDecimal value(JsonObject result, int column) {
        return result.getJsonArray("rows").getJsonArray(0).getJsonNumber(column).bigDecimalValue();
    }

    private static void assertRange(JsonObject page, int from, int to) {
        JsonArray rows = page.getJsonArray("rows");
        assertEquals(to - from + 1, rows.size(), "rows " + from + "…" + to);
        assertEquals(from, rows.getJsonArray(0).getInt(0));
        assertEquals(to, rows.getJsonArray(rows.size() - 1).getInt(0));
    }

    private static JsonObject historyEntry(String executionId) {
        return queries().history().stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("executionId").equals(executionId)).findFirst()
                .orElseThrow(() -> new AssertionError("execution " + executionId + " is in the history"));
    }

    private static String newestExecution() {
        return queries().history().getJsonObject(0).getString("executionId");
    }
}
