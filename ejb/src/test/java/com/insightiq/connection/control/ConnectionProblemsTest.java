package com.insightiq.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.insightiq.connection.control.ConnectionProblem.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Exceptions built as the drivers build them: pgjdbc wraps network causes in 08001 with the cause attached. */
class ConnectionProblemsTest {

    private final Driver postgres = new PostgresDriver();
    private final Driver mysql = new MySqlDriver();

    @Test
    void asksTheDriverFirst() {
        SQLException wrongPassword = new SQLException("password authentication failed for user \"ann\"", "28P01");
        assertEquals(Kind.WRONG_CREDENTIALS, ConnectionProblems.classify(wrongPassword, postgres).kind());
        RuntimeException wrapped = new RuntimeException("pool failed", new SQLException("Unknown database 'x'", "42000", 1049));
        assertEquals(Kind.DATABASE_MISSING, ConnectionProblems.classify(wrapped, mysql).kind());
    }

    @Test
    void recognisesUnknownHosts() {
        SQLException error = new SQLException("The connection attempt failed.", "08001",
                new UnknownHostException("no-such-host.example"));
        assertEquals(Kind.UNKNOWN_HOST, ConnectionProblems.classify(error, postgres).kind());
    }

    @Test
    void recognisesClosedPorts() {
        SQLException pg = new SQLException("Connection to 10.0.0.1:5432 refused.", "08001",
                new ConnectException("Connection refused"));
        assertEquals(Kind.PORT_CLOSED, ConnectionProblems.classify(pg, postgres).kind());
        SQLException mariadb = new SQLNonTransientConnectionException(
                "Socket fail to connect to host:address=(host=10.0.0.1)(port=3306). Connection refused", "08000");
        assertEquals(Kind.PORT_CLOSED, ConnectionProblems.classify(mariadb, mysql).kind());
    }

    @Test
    void recognisesTimeouts() {
        SQLException error = new SQLException("The connection attempt failed.", "08001",
                new SocketTimeoutException("Connect timed out"));
        assertEquals(Kind.TIMEOUT, ConnectionProblems.classify(error, postgres).kind());
    }

    @Test
    void recognisesFailedHandshakes() {
        SQLException error = new SQLException("SSL error: PKIX path building failed", "08006",
                new SSLHandshakeException("PKIX path building failed"));
        assertEquals(Kind.SSL_FAILED, ConnectionProblems.classify(error, postgres).kind());
    }

    @Test
    void fallsBackToAGenericMessageWithoutTheDriverText() {
        SQLException error = new SQLException("Something odd with password hunter2 at 10.0.0.1", "XX000",
                new IOException("hunter2"));
        ConnectionProblem problem = ConnectionProblems.classify(error, postgres);
        assertEquals(Kind.UNKNOWN, problem.kind());
        assertFalse(problem.message().contains("hunter2") || problem.message().contains("10.0.0.1"));
        assertEquals("unknown", problem.code());
    }

    @Test
    void survivesCyclicCauseChains() {
        SQLException first = new SQLException("first", "XX000");
        SQLException second = new SQLException("second", "XX000", first);
        first.initCause(second);
        assertEquals(Kind.UNKNOWN, ConnectionProblems.classify(first, postgres).kind());
    }
}
