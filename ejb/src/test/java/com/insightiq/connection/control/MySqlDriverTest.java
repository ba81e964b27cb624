package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.ConnectionProblem.Kind;
import com.insightiq.connection.entity.SslMode;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MySqlDriverTest {

    private final MySqlDriver driver = new MySqlDriver();

    @Test
    void buildsTheUrlFromHostPortAndDatabase() {
        assertEquals("jdbc:mariadb://db.example.com:5000/sales", driver.jdbcUrl(Targets.target("db.example.com", "sales")));
        assertEquals("jdbc:mariadb://[2001:db8::7]:5000/Größe_1", driver.jdbcUrl(Targets.target("[2001:db8::7]", "Größe_1")));
        assertEquals("jdbc:mariadb://db:5000/", driver.jdbcUrl(Targets.target("db", "")));
        assertEquals("org.mariadb.jdbc.Driver", driver.driverClassName());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales?allowLoadLocalInfile=true", "sales&x", "sales;x", "sales/x", "sales x", "sales#x",
            "sales%3F", "sales=1", "sales@x", "sales:1", "sales'", "sales`"})
    void refusesDatabaseNamesWithUrlSyntax(String database) {
        assertThrows(IllegalArgumentException.class, () -> driver.jdbcUrl(Targets.target("db", database)));
    }

    @ParameterizedTest
    @CsvSource({"DISABLE,disable", "PREFER,disable", "REQUIRE,trust", "VERIFY_FULL,verify-full"})
    void mapsSslModes(SslMode mode, String sslMode) {
        assertEquals(sslMode, driver.connectionProperties(Targets.target(mode)).getProperty("sslMode"));
    }

    @Test
    void setsSafetyDefaultsTimeoutAndProgramName() {
        Properties properties = driver.connectionProperties(Targets.target(SslMode.PREFER));
        assertEquals("false", properties.getProperty("allowLoadLocalInfile"));
        assertEquals("false", properties.getProperty("allowMultiQueries"));
        assertEquals("6500", properties.getProperty("connectTimeout"));
        assertEquals("program_name:InsightIQ", properties.getProperty("connectionAttributes"));
        assertEquals("ann", properties.getProperty("user"));
        assertEquals("s3cret", properties.getProperty("password"));
    }

    @Test
    void passesAllowedOptionsAndRefusesOverridingTheSafetyDefaults() {
        Properties properties = driver.connectionProperties(Targets.withOptions(Map.of("useCompression", "true",
                "connectionCollation", "utf8mb4_unicode_ci", "useServerPrepStmts", "false")));
        assertEquals("utf8mb4_unicode_ci", properties.getProperty("connectionCollation"));
        for (String option : List.of("allowLoadLocalInfile", "allowMultiQueries", "sslMode", "connectTimeout")) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> driver.connectionProperties(Targets.withOptions(Map.of(option, "true"))));
            assertTrue(refused.getMessage().contains(option));
        }
        assertThrows(IllegalArgumentException.class, () -> driver.connectionProperties(
                Targets.withOptions(Map.of("connectionCollation", "utf8mb4' OR 1"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain|`plain`", "with space|`with space`", "back`tick|`back``tick`", "say \"hi\"|`say \"hi\"`",
            "Größe|`Größe`", "客户|`客户`", "order|`order`", "[x]|`[x]`"})
    void quotesWithBackticks(String identifier, String quoted) {
        assertEquals(quoted, driver.quote(identifier));
    }

    @Test
    void samplesWithLimit() {
        assertEquals("SELECT `a` FROM `shop`.`my``t` LIMIT 5",
                driver.sampleQuery(new TableRef("shop", "my`t"), List.of("`a`"), 5));
    }

    @Test
    void countsDaysWithDateDiff() {
        assertEquals("DATEDIFF(b, a)", driver.daysBetween("a", "b"));
        assertEquals("(WEEKDAY(x) + 1)", driver.isoDayOfWeek("x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "MINUTE|CAST(DATE_FORMAT((`at`), '%Y-%m-%d %H:%i:00') AS DATETIME)",
            "HOUR|CAST(DATE_FORMAT((`at`), '%Y-%m-%d %H:00:00') AS DATETIME)",
            "DAY|CAST(DATE((`at`)) AS DATETIME)",
            "WEEK|CAST(DATE((`at`)) - INTERVAL WEEKDAY((`at`)) DAY AS DATETIME)",
            "MONTH|CAST(DATE_FORMAT((`at`), '%Y-%m-01') AS DATETIME)",
            "QUARTER|CAST(MAKEDATE(YEAR((`at`)), 1) + INTERVAL (QUARTER((`at`)) - 1) QUARTER AS DATETIME)",
            "YEAR|CAST(MAKEDATE(YEAR((`at`)), 1) AS DATETIME)"})
    void truncatesWithoutDateTrunc(TimeGrain grain, String sql) {
        assertEquals(sql, driver.dateTrunc(grain, "`at`"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "1045|28000|Access denied for user 'ann'@'10.0.0.1' (using password: YES)|WRONG_CREDENTIALS",
            "1049|42000|Unknown database 'sales'|DATABASE_MISSING",
            "1044|42000|Access denied for user 'ann'@'%' to database 'sales'|PERMISSION_DENIED",
            "1130|HY000|Host '10.0.0.1' is not allowed to connect to this MariaDB server|HOST_NOT_ALLOWED",
            "3159|HY000|Connections using insecure transport are prohibited while --require_secure_transport=ON.|SSL_REQUIRED",
            "4036|08004|Connections using insecure transport are prohibited while --require_secure_transport=ON.|SSL_REQUIRED",
            "0|08000|Trying to connect with ssl, but ssl not enabled in the server|SSL_FAILED",
            "0|08000|RSA public key is not available client side (option serverRsaPublicKeyFile not set)|SSL_REQUIRED"})
    void explainsServerErrors(int code, String state, String message, Kind kind) {
        ConnectionProblem problem = driver.explain(new SQLException(message, state, code)).orElseThrow();
        assertEquals(kind, problem.kind());
        assertFalse(problem.message().contains("ann") || problem.message().contains("10.0.0.1"));
    }

    @Test
    void saysWhatItSupports() {
        assertTrue(driver.supports(Feature.FOREIGN_KEYS));
        assertTrue(driver.supports(Feature.ESTIMATED_ROW_COUNTS));
        assertTrue(driver.supports(Feature.READ_ONLY_CONNECTIONS));
        assertEquals(java.util.Optional.of("SET SESSION TRANSACTION READ ONLY"), driver.readOnlySessionSql());
        assertFalse(driver.supports(Feature.STATEMENT_TIMEOUT));
    }
}
