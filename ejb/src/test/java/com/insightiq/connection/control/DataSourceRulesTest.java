package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.platform.control.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DataSourceRulesTest {

    @Test
    void acceptsOrdinaryValues() {
        assertEquals("Sales DB", DataSourceRules.name("  Sales DB "));
        assertEquals(Engine.MYSQL, DataSourceRules.engine("MariaDB"));
        assertEquals("db-1.corp.example", DataSourceRules.host("db-1.corp.example", "host"));
        assertEquals("10.0.0.5", DataSourceRules.host("10.0.0.5", "host"));
        assertEquals("fd00::5", DataSourceRules.host("[fd00::5]", "host"));
        assertEquals(5432, DataSourceRules.port(null, 5432, "port"));
        assertEquals("sales_2024 eu", DataSourceRules.database("sales_2024 eu"));
        assertEquals(SslMode.VERIFY_FULL, DataSourceRules.sslMode("verify-full"));
        assertEquals(SslMode.PREFER, DataSourceRules.sslMode(null));
        assertNull(DataSourceRules.password(null, "password"));
        assertEquals("p@ss word;?&=", DataSourceRules.password("p@ss word;?&=", "password"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"db.example:5432", "db.example/other", "db?socketFactory=x", "db;user=sa", "db&ssl=false",
            "user@db", "db example", "db\nexample", "../etc", "-db", ""})
    void hostCannotCarryUrlSyntax(String host) {
        assertThrows(InvalidInputException.class, () -> DataSourceRules.host(host, "host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sales?ssl=false", "sales;encrypt=false", "sales&x=1", "sales/other", "sales#x",
            "sales\u0000", "sales\r\nx", "sales'--"})
    void databaseCannotCarryUrlSyntax(String database) {
        assertThrows(InvalidInputException.class, () -> DataSourceRules.database(database));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536, 100000})
    void portsOutOfRange(int port) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> DataSourceRules.port(port, 5432, "port"));
        assertTrue(e.getMessage().contains("between 1 and 65535"));
    }

    @Test
    void longAndControlCharacterValuesAreRefused() {
        assertThrows(InvalidInputException.class, () -> DataSourceRules.name("x".repeat(10_000)));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.name("evil\u0007bell"));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.name("   "));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.username("a\tb", "username"));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.password("x".repeat(1025), "password"));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.privateKey("x".repeat(17_000)));
        assertEquals("-----BEGIN KEY-----\nabc\n", DataSourceRules.privateKey("-----BEGIN KEY-----\nabc\n"));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.engine("oracle"));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.sslMode("maybe"));
    }

    @Test
    void optionShapes() {
        assertEquals(Map.of("currentSchema", "sales"), DataSourceRules.options(Map.of("currentSchema", "sales")));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.options(Map.of("bad key", "x")));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.options(Map.of("k", "x\ny")));
        assertThrows(InvalidInputException.class, () -> DataSourceRules.options(Map.of("k", "x".repeat(300))));
        Map<String, String> many = new HashMap<>();
        for (int i = 0; i < 21; i++) {
            many.put("k" + i, "v");
        }
        assertThrows(InvalidInputException.class, () -> DataSourceRules.options(many));
    }
}
