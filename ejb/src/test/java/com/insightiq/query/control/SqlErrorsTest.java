package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

class SqlErrorsTest {

    private static PSQLException postgres(String state, String message, int position) {
        return new PSQLException(new ServerErrorMessage("SERROR\0C" + state + "\0M" + message + "\0P" + position
                + "\0"));
    }

    @Test
    void postgresPositionsBecomeLineAndColumnOfTheWrittenSql() {
        String sql = "SELECT id\n  FROM nowhere";
        QueryProblem problem = SqlErrors.explain(postgres("42P01", "relation \"nowhere\" does not exist", 18),
                new RunControl(), sql, sql, 60);
        assertEquals(QueryProblem.QUERY_FAILED, problem.code());
        assertEquals("relation \"nowhere\" does not exist", problem.message());
        assertEquals(2, problem.line());
        assertEquals(8, problem.position());
    }

    @Test
    void cancelAndTimeoutAreTold() {
        RunControl cancelled = new RunControl();
        cancelled.cancel();
        SQLException stopped = postgres("57014", "canceling statement due to user request", 0);
        assertEquals(QueryProblem.CANCELLED, SqlErrors.explain(stopped, cancelled, "x", "x", 60).code());
        QueryProblem timeout = SqlErrors.explain(stopped, new RunControl(), "x", "x", 60);
        assertEquals(QueryProblem.TIMEOUT, timeout.code(), "a cancel nobody asked for is the statement timeout");
        assertTrue(timeout.message().contains("60 seconds"));
        assertEquals(QueryProblem.TIMEOUT, SqlErrors.explain(new SQLTimeoutException("slow"), new RunControl(), "x",
                "x", 5).code());
    }

    @Test
    void writesInAReadOnlyTransactionAreNotReadOnly() {
        QueryProblem problem = SqlErrors.explain(postgres("25006", "cannot execute INSERT in a read-only transaction",
                0), new RunControl(), "x", "x", 60);
        assertEquals(QueryProblem.NOT_READ_ONLY, problem.code());
    }

    @Test
    void otherDriversGiveTheirFirstLineAndMySqlItsLine() {
        QueryProblem mysql = SqlErrors.explain(new SQLException("You have an error in your SQL syntax; check the manual"
                + " near 'FORM t' at line 3\nmore", "42000"), new RunControl(), "x", "x", 60);
        assertEquals(3, mysql.line());
        assertNull(mysql.position());
        assertTrue(mysql.message().endsWith("at line 3"));
        assertEquals(QueryProblem.SOURCE_UNAVAILABLE, SqlErrors.explain(new SQLException("gone", "08006"),
                new RunControl(), "x", "x", 60).code());
    }
}
