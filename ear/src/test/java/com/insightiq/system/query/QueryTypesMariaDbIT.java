package com.insightiq.system.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import java.math.BigInteger;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The query contract on the machine's MariaDB (see {@link MariaDbSource} for how it is found), plus MariaDB's own
 * ranges: unsigned 64-bit integers and TIME values beyond a day.
 */
class QueryTypesMariaDbIT extends QueryTypesContract {


    @BeforeAll
    static void serverAnswers() {
        MariaDbSource.requireServer();
    }

    @Override
    protected QuerySource createSource() {
        return MariaDbSource.create("qtypes");
    }

    @Override
    protected String typesTable(String name) {
        return "CREATE TABLE " + name + " (id INT PRIMARY KEY, big BIGINT, num DECIMAL(38,10), dbl DOUBLE, d DATE, "
                + "tm TIME(6), ts DATETIME(6), txt VARCHAR(200), flag BOOLEAN, bin VARBINARY(16), doc JSON)";
    }

    @Override
    protected String jsonBind() {
        return "?";
    }

    @Override
    protected Map<String, Set<String>> typeNames() {
        return Map.ofEntries(Map.entry("id", Set.of("int", "integer")), Map.entry("big", Set.of("bigint")),
                Map.entry("num", Set.of("decimal")), Map.entry("dbl", Set.of("double")),
                Map.entry("d", Set.of("date")), Map.entry("tm", Set.of("time")),
                Map.entry("ts", Set.of("datetime", "timestamp")), Map.entry("txt", Set.of("varchar")),
                Map.entry("flag", Set.of("boolean", "bool", "tinyint", "bit")),
                Map.entry("bin", Set.of("varbinary", "binary", "blob")),
                Map.entry("doc", Set.of("json", "longtext", "text")));
    }

    @Override
    protected String series(int n) {
        return "SELECT seq AS n FROM seq_1_to_" + n + " ORDER BY seq";
    }

    @Override
    protected String randomWith(String variable) {
        return "SELECT RAND() AS r, {{" + variable + "}} AS n";
    }

    @Override
    protected String sleep(int seconds, String marker) {
        return "SELECT SLEEP(" + seconds + ") AS slept, '" + marker + "' AS marker";
    }

    @Override
    protected String realOnePointOne() {
        return "SELECT CAST(1.1 AS FLOAT) AS f";
    }

    @Override
    protected String quote(String identifier) {
        return "`" + identifier + "`";
    }

    @Test
    void unsignedBigintsKeepAllTheirDigits() {
        JsonArray row = queries().rows(sourceId(), "SELECT CAST(18446744073709551615 AS UNSIGNED) AS u, "
                + "CAST(9223372036854775808 AS UNSIGNED) AS v").getJsonArray("rows").getJsonArray(0);
        assertEquals(new BigInteger("18446744073709551615"), row.getJsonNumber(0).bigIntegerValueExact());
        assertEquals(new BigInteger("9223372036854775808"), row.getJsonNumber(1).bigIntegerValueExact());
    }

    /** TIME here is a duration up to 838 hours: a value past midnight must not wrap around to a clock time. */
    @Test
    void timesBeyondADayAreNotWrapped() {
        JsonArray row = queries().rows(sourceId(), "SELECT TIMEDIFF('2024-01-03 00:00:00', '2024-01-01 00:00:00') AS d, "
                + "CAST('-01:30:00' AS TIME) AS neg").getJsonArray("rows").getJsonArray(0);
        assertTrue(row.getString(0).startsWith("48:00:00"), "48 hours, not 00:00: " + row);
        assertTrue(row.getString(1).startsWith("-01:30:00"), "negative duration kept: " + row);
    }
}
