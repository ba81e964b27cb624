package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.ConnectionProblem.Kind;
import com.insightiq.connection.entity.SslMode;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Trino has no live server here: these dialect tests are all it gets. */
class TrinoDriverTest {

    private final TrinoDriver driver = new TrinoDriver();

    @Test
    void usesTheDatabaseAsCatalog() {
        assertEquals("jdbc:trino://trino.example.com:5000/hive", driver.jdbcUrl(Targets.target("trino.example.com", "hive")));
        assertThrows(IllegalArgumentException.class, () -> driver.jdbcUrl(Targets.target("trino", "")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hive?SSL=false", "hive/default", "hive&x", "hive;x", "hive x", "hive%2F"})
    void refusesCatalogNamesWithUrlSyntax(String catalog) {
        assertThrows(IllegalArgumentException.class, () -> driver.jdbcUrl(Targets.target("trino", catalog)));
    }

    @ParameterizedTest
    @CsvSource(value = {"DISABLE,false,", "PREFER,false,", "REQUIRE,true,NONE", "VERIFY_FULL,true,FULL"})
    void mapsSslModes(SslMode mode, String ssl, String verification) {
        Properties properties = driver.connectionProperties(Targets.target(mode));
        assertEquals(ssl, properties.getProperty("SSL"));
        assertEquals(verification, properties.getProperty("SSLVerification"));
    }

    @Test
    void sendsAPasswordOnlyWhenThereIsOne() {
        assertEquals("s3cret", driver.connectionProperties(Targets.target(SslMode.REQUIRE)).getProperty("password"));
        ConnectionTarget noPassword = new ConnectionTarget("trino", 8080, "hive", "ann", "", SslMode.DISABLE, Map.of(),
                Duration.ofSeconds(3));
        Properties properties = driver.connectionProperties(noPassword);
        assertNull(properties.getProperty("password"));
        assertEquals("3s", properties.getProperty("timeout"));
        assertEquals("InsightIQ", properties.getProperty("source"));
    }

    @Test
    void passesAllowedOptionsOnly() {
        Properties properties = driver.connectionProperties(Targets.withOptions(
                Map.of("clientTags", "bi,insightiq", "timezone", "Europe/Berlin")));
        assertEquals("bi,insightiq", properties.getProperty("clientTags"));
        assertEquals("Europe/Berlin", properties.getProperty("timezone"));
        for (String option : List.of("sessionProperties", "extraCredentials", "SSLTrustStorePath", "socksProxy",
                "httpProxy", "KerberosKeytabPath", "accessToken", "roles", "source", "SSL")) {
            assertThrows(IllegalArgumentException.class,
                    () -> driver.connectionProperties(Targets.withOptions(Map.of(option, "x"))), option);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain|\"plain\"", "with space|\"with space\"", "say \"hi\"|\"say \"\"hi\"\"\"", "Größe|\"Größe\"",
            "客户|\"客户\"", "order|\"order\"", "back`tick|\"back`tick\""})
    void quotesLikeStandardSql(String identifier, String quoted) {
        assertEquals(quoted, driver.quote(identifier));
    }

    @Test
    void samplesWithLimit() {
        assertEquals("SELECT * FROM \"web\".\"events\" LIMIT 100",
                driver.sampleQuery(new TableRef("web", "events"), List.of(), 100));
    }

    @Test
    void countsDaysWithDateDiffOnDates() {
        assertEquals("date_diff('day', CAST(a AS DATE), CAST(b AS DATE))", driver.daysBetween("a", "b"));
        assertEquals("day_of_week(x)", driver.isoDayOfWeek("x"));
    }

    @ParameterizedTest
    @CsvSource({"MINUTE,minute", "HOUR,hour", "DAY,day", "WEEK,week", "MONTH,month", "QUARTER,quarter", "YEAR,year"})
    void truncatesWithDateTrunc(TimeGrain grain, String unit) {
        assertEquals("date_trunc('" + unit + "', \"at\")", driver.dateTrunc(grain, "\"at\""));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "Authentication failed: Unauthorized|WRONG_CREDENTIALS",
            "TLS/SSL is required for authentication with username and password|SSL_REQUIRED",
            "Query failed (#1): line 1:15: Catalog 'hive' not found|DATABASE_MISSING",
            "Query failed (#2): Access Denied: Cannot select from table web.events|PERMISSION_DENIED"})
    void explainsErrorsByTrinosStableMessages(String message, Kind kind) {
        assertEquals(kind, driver.explain(new SQLException(message)).orElseThrow().kind());
    }

    @Test
    void keepsNoKeysIndexesOrRowCounts() {
        assertFalse(driver.supports(Feature.FOREIGN_KEYS));
        assertFalse(driver.supports(Feature.INDEXES));
        assertFalse(driver.supports(Feature.ESTIMATED_ROW_COUNTS));
        assertTrue(driver.supports(Feature.SCHEMAS));
    }
}
