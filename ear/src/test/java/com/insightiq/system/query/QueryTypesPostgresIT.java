package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The query contract on the build's embedded PostgreSQL, plus what only PostgreSQL has: time zones of timestamptz,
 * arrays, and the many types without a JSON counterpart. (The session's zone cannot be made exotic from the database
 * side: the JDBC driver sends the JVM's zone at connect, which overrides role and database settings; so the values
 * carry their own offsets instead.)
 */
class QueryTypesPostgresIT extends QueryTypesContract {


    @Override
    protected QuerySource createSource() {
        return PostgresSource.create("qtypes");
    }

    @Override
    protected String typesTable(String name) {
        return "CREATE TABLE " + name + " (id integer PRIMARY KEY, big bigint, num numeric(38,10), dbl double precision, "
                + "d date, tm time, ts timestamp, txt varchar(200), flag boolean, bin bytea, doc jsonb)";
    }

    @Override
    protected String jsonBind() {
        return "CAST(? AS jsonb)";
    }

    @Override
    protected Map<String, Set<String>> typeNames() {
        return Map.ofEntries(Map.entry("id", Set.of("int4", "integer")), Map.entry("big", Set.of("int8", "bigint")),
                Map.entry("num", Set.of("numeric")), Map.entry("dbl", Set.of("float8", "double precision")),
                Map.entry("d", Set.of("date")), Map.entry("tm", Set.of("time")), Map.entry("ts", Set.of("timestamp")),
                Map.entry("txt", Set.of("varchar")), Map.entry("flag", Set.of("bool", "boolean")),
                Map.entry("bin", Set.of("bytea")), Map.entry("doc", Set.of("jsonb")));
    }

    @Override
    protected String series(int n) {
        return "SELECT g AS n FROM generate_series(1, " + n + ") g ORDER BY g";
    }

    @Override
    protected String randomWith(String variable) {
        return "SELECT random() AS r, CAST({{" + variable + "}} AS integer) AS n";
    }

    @Override
    protected String sleep(int seconds, String marker) {
        return "SELECT pg_sleep(" + seconds + ") AS slept, '" + marker + "' AS marker";
    }

    @Override
    protected String realOnePointOne() {
        return "SELECT CAST(1.1 AS real) AS f";
    }

    @Override
    protected String quote(String identifier) {
        return "\"" + identifier + "\"";
    }

    @Test
    void timestampsWithTimeZoneAreUtcWhateverTheSessionZone() {
        JsonObject result = queries().rows(sourceId(), "SELECT TIMESTAMP '2024-06-01 23:00:00' AT TIME ZONE "
                + "'Pacific/Chatham' AS zone, TIMESTAMPTZ '2024-03-10 01:30:00-08' AS a, "
                + "TIMESTAMPTZ '2024-06-01 12:00:00+05:45' AS b, "
                + "TIMESTAMPTZ '2024-12-31 23:59:59.999999+14' AS c, TIMESTAMP '2024-03-10 02:30:00' AS plain, "
                + "TIMESTAMPTZ '2024-03-10 01:30:00-08' AT TIME ZONE 'America/New_York' AS shifted, "
                + "TIMESTAMPTZ '2024-01-15 10:00:00+00' AS winter");
        JsonArray row = result.getJsonArray("rows").getJsonArray(0);
        assertAll(
                () -> assertEquals("2024-06-01T10:15:00Z", row.getString(0), "Chatham is UTC+12:45 in June"),
                () -> assertEquals("2024-03-10T09:30:00Z", row.getString(1)),
                () -> assertEquals("2024-06-01T06:15:00Z", row.getString(2)),
                () -> assertEquals("2024-12-31T09:59:59.999999Z", row.getString(3)),
                () -> assertEquals("2024-03-10T02:30:00", row.getString(4), "a timestamp without zone is not shifted"),
                () -> assertEquals("2024-03-10T05:30:00", row.getString(5), "New York changed to EDT at 07:00 UTC"),
                () -> assertEquals("2024-01-15T10:00:00Z", row.getString(6)),
                () -> assertEquals(List.of("timestamptz", "timestamptz", "timestamptz", "timestamptz", "timestamp",
                        "timestamp", "timestamptz"), result.getJsonArray("columns").stream()
                        .map(c -> c.asJsonObject().getString("type")).toList()));
    }

    @Test
    void arraysBecomeJsonArraysOfCanonicalValues() {
        JsonObject result = queries().rows(sourceId(), "SELECT ARRAY[1, 2, NULL]::int[] AS ints, "
                + "ARRAY['a,b', 'c\"d', NULL, '😀', '{}']::text[] AS texts, ARRAY[ARRAY[1, 2], ARRAY[3, 4]] AS matrix, "
                + "'{}'::int[] AS empty, ARRAY[DATE '2024-01-01', NULL] AS dates, "
                + "ARRAY[1.50, 12345678901234567890.1234567890]::numeric[] AS nums, "
                + "ARRAY[9223372036854775807, -9223372036854775808]::bigint[] AS bigs, "
                + "ARRAY[true, false] AS flags, NULL::int[] AS none, ARRAY[[5, 6], [7, 8]] AS grid");
        JsonArray row = result.getJsonArray("rows").getJsonArray(0);
        assertAll(
                () -> assertEquals(QueryTypesContract.json("[1, 2, null]"), row.get(0)),
                () -> assertEquals(QueryTypesContract.json("[\"a,b\", \"c\\\"d\", null, \"😀\", \"{}\"]"), row.get(1)),
                () -> assertEquals(QueryTypesContract.json("[[1, 2], [3, 4]]"), row.get(2)),
                () -> assertEquals(QueryTypesContract.json("[]"), row.get(3)),
                () -> assertEquals(QueryTypesContract.json("[\"2024-01-01\", null]"), row.get(4)),
                () -> assertEquals(0, new java.math.BigDecimal("12345678901234567890.1234567890")
                        .compareTo(row.getJsonArray(5).getJsonNumber(1).bigDecimalValue())),
                () -> assertEquals(Long.MIN_VALUE, row.getJsonArray(6).getJsonNumber(1).longValueExact()),
                () -> assertEquals(QueryTypesContract.json("[true, false]"), row.get(7)),
                () -> assertEquals(JsonValue.NULL, row.get(8)),
                () -> assertEquals(QueryTypesContract.json("[[5, 6], [7, 8]]"), row.get(9),
                        "[[ … ]] without a variable is SQL (a 2-D array), not an optional clause"));
        String intArray = result.getJsonArray("columns").getJsonObject(0).getString("type");
        assertTrue(Set.of("_int4", "int4[]", "integer[]").contains(intArray), intArray);
    }

    /** Types JSON has no word for are shown as the database writes them, never an error. */
    @Test
    void typesWithoutAJsonCounterpartAreShownAsText() {
        JsonObject result = queries().rows(sourceId(), "SELECT 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid AS u, "
                + "'192.168.0.1'::inet AS ip, 'a'::char(3) AS padded, interval '1 day 02:00:00' AS span, "
                + "int4range(1, 5) AS r, '10:00:00+02'::timetz AS tz, point(1, 2) AS p, 'x'::xml AS doc, "
                + "B'101'::bit varying AS bits, 'fat cats'::tsvector AS words, 42::oid AS o, '08:00:2b:01:02:03'::macaddr AS mac");
        JsonArray row = result.getJsonArray("rows").getJsonArray(0);
        assertEquals("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", row.getString(0));
        assertEquals("192.168.0.1", row.getString(1));
        assertEquals("a  ", row.getString(2), "char(n) keeps its padding");
        assertEquals("[1,5)", row.getString(4));
        for (int i = 0; i < row.size(); i++) {
            assertFalse(row.isNull(i), "column " + i + " has a value: " + row);
        }
    }

    /** NaN and infinities have no JSON number: they must not break the answer or pose as numbers. */
    @Test
    void notANumberAndInfinityDoNotBreakTheResult() {
        JsonObject result = queries().rows(sourceId(), "SELECT 'NaN'::float8 AS nan, 'Infinity'::float8 AS inf, "
                + "'-Infinity'::float8 AS ninf, 'NaN'::numeric AS nnan, 1.5::float8 AS fine");
        JsonArray row = result.getJsonArray("rows").getJsonArray(0);
        for (int i = 0; i < 4; i++) {
            JsonValue.ValueType type = row.get(i).getValueType();
            assertTrue(type == JsonValue.ValueType.STRING || type == JsonValue.ValueType.NULL,
                    "special value " + i + " is a string or null, not " + row.get(i));
        }
        assertEquals(1.5, row.getJsonNumber(4).doubleValue());
    }
}
