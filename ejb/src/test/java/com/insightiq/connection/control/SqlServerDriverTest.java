package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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

/** SQL Server has no live server here: these dialect tests are all it gets. */
class SqlServerDriverTest {

    private final SqlServerDriver driver = new SqlServerDriver();

    @Test
    void keepsTheDatabaseOutOfTheUrl() {
        ConnectionTarget target = Targets.target("db.example.com", "Sales Data");
        assertEquals("jdbc:sqlserver://db.example.com:5000", driver.jdbcUrl(target));
        assertEquals("Sales Data", driver.connectionProperties(target).getProperty("databaseName"));
        assertNull(driver.connectionProperties(Targets.target("db", "")).getProperty("databaseName"));
    }

    @Test
    void writesIpv6AsServerName() {
        assertEquals("jdbc:sqlserver://;serverName=2001:db8::7;portNumber=5000",
                driver.jdbcUrl(Targets.target("[2001:db8::7]", "sales")));
    }

    @Test
    void refusesDatabaseNamesThatCouldEndASetting() {
        for (String database : List.of("sales;encrypt=false", "sales}", "{sales")) {
            assertThrows(IllegalArgumentException.class,
                    () -> driver.connectionProperties(Targets.target("db", database)));
        }
    }

    @ParameterizedTest
    @CsvSource(value = {"DISABLE,false,", "PREFER,false,true", "REQUIRE,true,true", "VERIFY_FULL,true,false"})
    void mapsSslModes(SslMode mode, String encrypt, String trustServerCertificate) {
        Properties properties = driver.connectionProperties(Targets.target(mode));
        assertEquals(encrypt, properties.getProperty("encrypt"));
        assertEquals(trustServerCertificate, properties.getProperty("trustServerCertificate"));
    }

    @Test
    void setsCredentialsTimeoutAndApplicationName() {
        Properties properties = driver.connectionProperties(Targets.target(SslMode.REQUIRE));
        assertEquals("ann", properties.getProperty("user"));
        assertEquals("s3cret", properties.getProperty("password"));
        assertEquals("7", properties.getProperty("loginTimeout"));
        assertEquals("InsightIQ", properties.getProperty("applicationName"));
    }

    @Test
    void passesAllowedOptionsOnly() {
        Properties properties = driver.connectionProperties(Targets.withOptions(
                Map.of("applicationIntent", "ReadOnly", "multiSubnetFailover", "true")));
        assertEquals("ReadOnly", properties.getProperty("applicationIntent"));
        for (String option : List.of("instanceName", "integratedSecurity", "authenticationScheme", "trustStore",
                "encrypt", "trustServerCertificate", "databaseName", "serverName", "socketFactoryClass")) {
            assertThrows(IllegalArgumentException.class,
                    () -> driver.connectionProperties(Targets.withOptions(Map.of(option, "true"))), option);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "plain|[plain]", "with space|[with space]", "a]b|[a]]b]", "[x]|[[x]]]", "say \"hi\"|[say \"hi\"]",
            "back`tick|[back`tick]", "Größe|[Größe]", "客户|[客户]", "order|[order]", "user|[user]"})
    void quotesWithBrackets(String identifier, String quoted) {
        assertEquals(quoted, driver.quote(identifier));
    }

    @Test
    void samplesWithTop() {
        assertEquals("SELECT TOP (25) [a], [b]]] FROM [dbo].[my table]",
                driver.sampleQuery(new TableRef("dbo", "my table"), List.of("[a]", "[b]]]"), 25));
        assertEquals("SELECT TOP (3) * FROM [t]", driver.sampleQuery(new TableRef("", "t"), List.of(), 3));
    }

    @Test
    void countsDayBoundariesWithDateDiffAndTodayIsADate() {
        assertEquals("DATEDIFF(day, a, b)", driver.daysBetween("a", "b"));
        assertEquals("CAST(GETDATE() AS DATE)", driver.today());
        // Sunday is DATEPART 1 under DATEFIRST 7 (US): (1 + 7 + 5) % 7 + 1 = 7; under DATEFIRST 1 it is 7: (7 + 1 + 5) % 7 + 1
        assertEquals("((DATEPART(weekday, x) + @@DATEFIRST + 5) % 7 + 1)", driver.isoDayOfWeek("x"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "MINUTE|DATEADD(minute, DATEDIFF(minute, 0, ([at])), 0)",
            "HOUR|DATEADD(hour, DATEDIFF(hour, 0, ([at])), 0)",
            "DAY|DATEADD(day, DATEDIFF(day, 0, ([at])), 0)",
            "WEEK|DATEADD(day, DATEDIFF(day, 0, ([at])) / 7 * 7, 0)",
            "MONTH|DATEADD(month, DATEDIFF(month, 0, ([at])), 0)",
            "QUARTER|DATEADD(quarter, DATEDIFF(quarter, 0, ([at])), 0)",
            "YEAR|DATEADD(year, DATEDIFF(year, 0, ([at])), 0)"})
    void truncatesWithDateAddFromDayZero(TimeGrain grain, String sql) {
        assertEquals(sql, driver.dateTrunc(grain, "[at]"));
        assertFalse(sql.contains("DATETRUNC"), "needs SQL Server 2022");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            "18456|S0001|Login failed for user 'ann'.|WRONG_CREDENTIALS",
            "4060|S0001|Cannot open database \"sales\" requested by the login. The login failed.|DATABASE_MISSING",
            "916|S0001|The server principal \"ann\" is not able to access the database \"sales\"|PERMISSION_DENIED",
            "40615|S0001|Cannot open server 'x' requested by the login. Client with IP address '10.0.0.1' is not allowed|HOST_NOT_ALLOWED",
            "0|08S01|The driver could not establish a secure connection to SQL Server by using Secure Sockets Layer (SSL) encryption.|SSL_FAILED"})
    void explainsServerErrors(int code, String state, String message, Kind kind) {
        ConnectionProblem problem = driver.explain(new SQLException(message, state, code)).orElseThrow();
        assertEquals(kind, problem.kind());
        assertFalse(problem.message().contains("ann") || problem.message().contains("10.0.0.1"));
    }

    @Test
    void saysWhatItSupports() {
        assertTrue(driver.supports(Feature.INDEXES));
        assertTrue(driver.supports(Feature.ESTIMATED_ROW_COUNTS));
        assertFalse(driver.supports(Feature.READ_ONLY_CONNECTIONS));
    }
}
