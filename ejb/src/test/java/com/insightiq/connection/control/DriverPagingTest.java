package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DriverPagingTest {

    @Test
    void wrapsForLimitThenOffset() {
        Driver postgres = new PostgresDriver();
        assertEquals("SELECT * FROM (\nSELECT * FROM t\n) q LIMIT ? OFFSET ?", postgres.pageSql("SELECT * FROM t"));
        assertEquals(List.of(100L, 200L), postgres.pageBinds(100, 200));
        assertEquals("SELECT * FROM (\nSELECT 1\n) q LIMIT ? OFFSET ?", new MySqlDriver().pageSql("SELECT 1"));
    }

    @Test
    void dropsATrailingSemicolonAndKeepsCommentsFromSwallowingTheWrapper() {
        Driver postgres = new PostgresDriver();
        assertEquals("SELECT * FROM (\nSELECT 1\n) q LIMIT ? OFFSET ?", postgres.pageSql("SELECT 1 ; ; -- done\n"));
        assertEquals("SELECT * FROM (\nSELECT ';' -- tail\n) q LIMIT ? OFFSET ?",
                postgres.pageSql("SELECT ';' -- tail"));
        assertEquals("SELECT * FROM (\nSELECT 1 /* ; */\n) q LIMIT ? OFFSET ?", postgres.pageSql("SELECT 1 /* ; */"));
    }

    @Test
    void trinoPutsOffsetFirst() {
        Driver trino = new TrinoDriver();
        assertEquals("SELECT * FROM (\nSELECT 1\n) q OFFSET ? LIMIT ?", trino.pageSql("SELECT 1;"));
        assertEquals(List.of(200L, 100L), trino.pageBinds(100, 200));
    }

    @Test
    void sqlServerOrdersByNothingWhenTheQueryDoesNot() {
        Driver sqlServer = new SqlServerDriver();
        assertEquals("SELECT * FROM (\nSELECT a FROM t\n) q ORDER BY (SELECT NULL) OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                sqlServer.pageSql("SELECT a FROM t;"));
        assertEquals(List.of(200L, 100L), sqlServer.pageBinds(100, 200));
    }

    @Test
    void sqlServerKeepsTheQuerysOwnOrder() {
        Driver sqlServer = new SqlServerDriver();
        assertEquals("SELECT a FROM t ORDER BY a DESC\nOFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                sqlServer.pageSql("SELECT a FROM t ORDER BY a DESC;"));
        assertEquals("SELECT * FROM (\nSELECT a FROM (SELECT TOP 5 a FROM t ORDER BY a) x\n) q ORDER BY (SELECT NULL)"
                        + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                sqlServer.pageSql("SELECT a FROM (SELECT TOP 5 a FROM t ORDER BY a) x"));
        assertEquals("SELECT * FROM (\nSELECT TOP 5 a FROM t ORDER BY a\n) q ORDER BY (SELECT NULL) OFFSET ? ROWS"
                + " FETCH NEXT ? ROWS ONLY", sqlServer.pageSql("SELECT TOP 5 a FROM t ORDER BY a"));
        assertEquals("SELECT * FROM (\nSELECT [order] FROM t WHERE x = 'ORDER'\n) q ORDER BY (SELECT NULL) OFFSET ?"
                + " ROWS FETCH NEXT ? ROWS ONLY", sqlServer.pageSql("SELECT [order] FROM t WHERE x = 'ORDER'"));
    }

    @Test
    void sqlServerAppendsToACommonTableExpression() {
        assertEquals("WITH x AS (SELECT a FROM t) SELECT a FROM x\nORDER BY (SELECT NULL) OFFSET ? ROWS FETCH NEXT ?"
                + " ROWS ONLY", new SqlServerDriver().pageSql("WITH x AS (SELECT a FROM t) SELECT a FROM x"));
    }
}
