package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What every driver must refuse, whatever the engine: URL tricks, dangerous options, overlong and control text. */
class HostileTargetsTest {

    static Stream<Driver> drivers() {
        return Stream.of(new PostgresDriver(), new MySqlDriver(), new SqlServerDriver(), new TrinoDriver());
    }

    static Stream<Arguments> hostileHosts() {
        return drivers().flatMap(driver -> Stream.of("db.example.com/evil", "db?ssl=false", "db;databaseName=x",
                "db&user=root", "db=1", "ann@db", "db:1234", "db\\x", "db`x", "db,other", "db example", "db\r\nx",
                "db\u0000", "", "::1", "[::1]/x", "[::1%eth0]", "a".repeat(300), "-db")
                .map(host -> Arguments.of(driver, host)));
    }

    @ParameterizedTest
    @MethodSource("hostileHosts")
    void refusesHostsThatAreNotHostNamesOrAddresses(Driver driver, String host) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> driver.jdbcUrl(Targets.target(host, "sales")));
        assertFalse(refused.getMessage().contains(host.isEmpty() ? "\u0000" : host), "echoes the host");
    }

    static Stream<Arguments> fineHosts() {
        return drivers().flatMap(driver -> Stream.of("db.example.com", "db-1.internal", "my_db", "10.0.0.7", "[::1]",
                "[2001:db8::7]", "localhost", "DB.Example.COM.").map(host -> Arguments.of(driver, host)));
    }

    @ParameterizedTest
    @MethodSource("fineHosts")
    void acceptsHostNamesAndAddresses(Driver driver, String host) {
        assertDoesNotThrow(() -> driver.jdbcUrl(Targets.target(host, "sales")));
    }

    static Stream<Arguments> hostileDatabases() {
        return drivers().flatMap(driver -> Stream.of("sales\r\nx", "sales\u0000", "sales\tx", "d".repeat(200))
                .map(database -> Arguments.of(driver, database)));
    }

    @ParameterizedTest
    @MethodSource("hostileDatabases")
    void refusesControlCharactersAndOverlongDatabaseNames(Driver driver, String database) {
        assertThrows(IllegalArgumentException.class, () -> {
            driver.jdbcUrl(Targets.target("db.example.com", database));
            driver.connectionProperties(Targets.target("db.example.com", database));
        });
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void urlMetacharactersInTheDatabaseNeverBecomeUrlSyntax(Driver driver) {
        String sneaky = "sales?user=root&ssl=false;encrypt=false";
        String url;
        try {
            url = driver.jdbcUrl(Targets.target("db.example.com", sneaky));
        } catch (IllegalArgumentException refused) {
            return;
        }
        assertFalse(url.contains("?") || url.contains("&") || url.contains(";") || url.contains("="), url);
    }

    static Stream<Arguments> dangerousOptions() {
        return drivers().flatMap(driver -> Stream.of("socketFactory", "sslfactory", "sslFactory", "loggerFile",
                "sslrootcert", "sslcert", "allowLoadLocalInfile", "autoDeserialize", "socksProxyHost", "socksProxy",
                "authenticationPlugins", "localSocket", "options", "trustStore", "SSLTrustStorePath",
                "sessionProperties", "extraCredentials", "httpProxy", "instanceName", "SocketFactory", "user\r\nx")
                .map(option -> Arguments.of(driver, option)));
    }

    @ParameterizedTest
    @MethodSource("dangerousOptions")
    void refusesOptionsThatLoadClassesFilesOrSockets(Driver driver, String option) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> driver.connectionProperties(Targets.withOptions(Map.of(option, "x"))));
        assertFalse(refused.getMessage().contains("\r"), "control characters in the message");
        assertTrue(refused.getMessage().contains(option.replace("\r\n", "??")), refused.getMessage());
    }

    static Stream<Arguments> driverSetOptions() {
        return drivers().flatMap(driver -> Stream.of("user", "password", "USER", "Password")
                .map(option -> Arguments.of(driver, option)));
    }

    @ParameterizedTest
    @MethodSource("driverSetOptions")
    void refusesOptionsThatOverrideCredentials(Driver driver, String option) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> driver.connectionProperties(Targets.withOptions(Map.of(option, "root"))));
        assertTrue(refused.getMessage().contains("'" + option + "'"), refused.getMessage());
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void refusesOverlongAndMultiLineValuesOfAllowedOptions(Driver driver) {
        String allowed = driver.allowedOptions().iterator().next();
        for (String value : new String[] {"x".repeat(10_000), "true\r\nsocketFactory=x", "1;x=y", ""}) {
            assertThrows(IllegalArgumentException.class,
                    () -> driver.connectionProperties(Targets.withOptions(Map.of(allowed, value))), value);
        }
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void optionsNeverEnterTheUrl(Driver driver) {
        String allowed = driver.allowedOptions().iterator().next();
        String value = allowed.equals("applicationIntent") ? "ReadOnly" : "true";
        ConnectionTarget target = Targets.withOptions(Map.of(allowed, value));
        try {
            driver.connectionProperties(target);
        } catch (IllegalArgumentException notABoolean) {
            return;
        }
        assertFalse(driver.jdbcUrl(target).contains(allowed));
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void refusesNulInIdentifiersAndEmptyIdentifiers(Driver driver) {
        assertThrows(IllegalArgumentException.class, () -> driver.quote("a\u0000b"));
        assertThrows(IllegalArgumentException.class, () -> driver.quote(""));
        assertThrows(IllegalArgumentException.class, () -> driver.quote(null));
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void refusesPortsOutOfRange(Driver driver) {
        for (int port : new int[] {0, -1, 65536}) {
            ConnectionTarget target = new ConnectionTarget("db", port, "sales", "ann", "pw", null, null, null);
            assertThrows(IllegalArgumentException.class, () -> driver.jdbcUrl(target));
        }
    }

    @ParameterizedTest
    @MethodSource("drivers")
    void neverPutsThePasswordIntoTheUrl(Driver driver) {
        assertFalse(driver.jdbcUrl(Targets.target("db.example.com", "sales")).contains("s3cret"));
        assertEquals("ann", driver.connectionProperties(Targets.target("db.example.com", "sales")).getProperty("user"));
    }
}
