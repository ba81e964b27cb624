package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.insightiq.connection.control.ConnectionProblem.Kind;
import com.insightiq.connection.entity.SslMode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PostgresDriverTest {

    private final PostgresDriver driver = new PostgresDriver();

    @Test
    void buildsTheUrlFromHostPortAndAnEncodedDatabase() {
        assertEquals("jdbc:postgresql://db.example.com:5000/sales", driver.jdbcUrl(Targets.target("db.example.com", "sales")));
        assertEquals("jdbc:postgresql://[::1]:5000/my%20db%3Fssl%3Dfalse%26x",
                driver.jdbcUrl(Targets.target("[::1]", "my db?ssl=false&x")));
        assertEquals("jdbc:postgresql://db:5000/Gr%C3%B6%C3%9Fe", driver.jdbcUrl(Targets.target("db", "Größe")));
        assertEquals("jdbc:postgresql://db:5000/", driver.jdbcUrl(Targets.target("db", null)));
    }

    @ParameterizedTest
    @CsvSource({"DISABLE,disable", "PREFER,prefer", "REQUIRE,require", "VERIFY_FULL,verify-full"})
    void mapsSslModes(SslMode mode, String sslmode) {
        Properties properties = driver.connectionProperties(Targets.target(mode));
        assertEquals(sslmode, properties.getProperty("sslmode"));
        assertEquals(mode == SslMode.VERIFY_FULL ? "org.postgresql.ssl.DefaultJavaSSLFactory" : null,
                properties.getProperty("sslfactory"));
    }

    @Test
    void setsCredentialsTimeoutsAndApplicationName() {
        Properties properties = driver.connectionProperties(Targets.target(SslMode.PREFER));
        assertEquals("ann", properties.getProperty("user"));
        assertEquals("s3cret", properties.getProperty("password"));
        assertEquals("7", properties.getProperty("connectTimeout"));
        assertEquals("7", properties.getProperty("loginTimeout"));
        assertEquals("InsightIQ", properties.getProperty("ApplicationName"));
        assertNull(properties.getProperty("socketTimeout"), "would cut long queries");
    }

    @Test
    void passesAllowedOptions() {
        Properties properties = driver.connectionProperties(Targets.withOptions(Map.of("currentSchema", "sales,public",
                "prepareThreshold", "0", "defaultRowFetchSize", "500", "tcpKeepAlive", "true")));
        assertEquals("sales,public", properties.getProperty("currentSchema"));
        assertEquals("0", properties.getProperty("prepareThreshold"));
        assertEquals("500", properties.getProperty("defaultRowFetchSize"));
        assertEquals("true", properties.getProperty("tcpKeepAlive"));
    }

    @Test
    void refusesArbitrarySettingsAndForeignValues() {
        assertThrows(IllegalArgumentException.class,
                () -> driver.connectionProperties(Targets.withOptions(Map.of("options", "-c search_path=evil"))));
        assertThrows(IllegalArgumentException.class,
                () -> driver.connectionProperties(Targets.withOptions(Map.of("sslmode", "disable"))));
        assertThrows(IllegalArgumentException.class,
                () -> driver.connectionProperties(Targets.withOptions(Map.of("currentSchema", "a; DROP"))));
        assertThrows(IllegalArgumentException.class,
                () -> driver.connectionProperties(Targets.withOptions(Map.of("prepareThreshold", "-1"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain|\"plain\"", "with space|\"with space\"", "say \"hi\"|\"say \"\"hi\"\"\"", "back`tick|\"back`tick\"",
            "[x]|\"[x]\"", "Größe|\"Größe\"", "客户|\"客户\"", "order|\"order\"", "select|\"select\"", "user|\"user\""})
    void quotesOddIdentifiers(String identifier, String quoted) {
        assertEquals(quoted, driver.quote(identifier));
    }

    @Test
    void qualifiesAndSamples() {
        TableRef table = new TableRef("my schema", "odd \"t\"");
        assertEquals("\"my schema\".\"odd \"\"t\"\"\"", driver.qualify(table));
        assertEquals("SELECT \"a\", \"b\" FROM \"my schema\".\"odd \"\"t\"\"\" LIMIT 10",
                driver.sampleQuery(table, List.of("\"a\"", "\"b\""), 10));
        assertEquals("SELECT * FROM \"t\" LIMIT 0", driver.sampleQuery(new TableRef(null, "t"), List.of(), 0));
        assertThrows(IllegalArgumentException.class, () -> driver.sampleQuery(table, List.of(), -1));
    }

    @Test
    void countsDaysBySubtractingDatesNotTimestamps() {
        assertEquals("(CAST(b AS DATE) - CAST(a AS DATE))", driver.daysBetween("a", "b"));
        assertEquals("CURRENT_DATE", driver.today());
        assertEquals("EXTRACT(ISODOW FROM x)", driver.isoDayOfWeek("x"));
    }

    @ParameterizedTest
    @CsvSource({"MINUTE,minute", "HOUR,hour", "DAY,day", "WEEK,week", "MONTH,month", "QUARTER,quarter", "YEAR,year"})
    void truncatesWithDateTrunc(TimeGrain grain, String field) {
        assertEquals("date_trunc('" + field + "', \"t\".\"at\")", driver.dateTrunc(grain, "\"t\".\"at\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "28P01|password authentication failed for user \"ann\"|WRONG_CREDENTIALS",
            "28000|role \"ann\" does not exist|WRONG_CREDENTIALS",
            "28000|no pg_hba.conf entry for host \"10.0.0.1\", user \"ann\", database \"x\", no encryption|SSL_REQUIRED",
            "28000|no pg_hba.conf entry for host \"10.0.0.1\", user \"ann\", database \"x\", SSL off|SSL_REQUIRED",
            "28000|no pg_hba.conf entry for host \"10.0.0.1\", user \"ann\", database \"x\", SSL encryption|HOST_NOT_ALLOWED",
            "3D000|database \"sales\" does not exist|DATABASE_MISSING",
            "42501|permission denied for database sales|PERMISSION_DENIED",
            "08004|The server does not support SSL.|SSL_FAILED"})
    void explainsServerErrors(String state, String message, Kind kind) {
        ConnectionProblem problem = driver.explain(new SQLException(message, state)).orElseThrow();
        assertEquals(kind, problem.kind());
        assertFalse(problem.message().contains("ann") || problem.message().contains("10.0.0.1"), problem.message());
    }

    @Test
    void leavesOtherErrorsToTheNetworkClassification() {
        assertEquals(java.util.Optional.empty(), driver.explain(new SQLException("The connection attempt failed.", "08001")));
    }

    @Test
    void supportsEverything() {
        for (Feature feature : Feature.values()) {
            assertEquals(true, driver.supports(feature), feature.name());
        }
    }
}
