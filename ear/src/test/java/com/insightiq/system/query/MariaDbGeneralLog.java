package com.insightiq.system.query;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * MariaDB's general query log, written to the table mysql.general_log while a test runs and switched back to what it
 * was afterwards. Needs the SUPER (or SYSTEM_VARIABLES_ADMIN) privilege; without it there is no log to read.
 */
final class MariaDbGeneralLog implements StatementLog, AutoCloseable {
    private final String user;
    private final String previousOutput;
    private final String previousGeneralLog;
    private Timestamp mark;

    private MariaDbGeneralLog(String user, String previousOutput, String previousGeneralLog) {
        this.user = user;
        this.previousOutput = previousOutput;
        this.previousGeneralLog = previousGeneralLog;
    }

    /** Starts logging every statement to the table, or says why it cannot. */
    static Optional<MariaDbGeneralLog> start(String user, StringBuilder whyNot) {
        try (Connection c = MariaDbSource.admin("mysql"); Statement st = c.createStatement()) {
            String output;
            String general;
            try (ResultSet rs = st.executeQuery("SELECT @@global.log_output, @@global.general_log")) {
                rs.next();
                output = rs.getString(1);
                general = rs.getString(2);
            }
            st.execute("SET GLOBAL log_output = 'TABLE'");
            st.execute("SET GLOBAL general_log = 1");
            return Optional.of(new MariaDbGeneralLog(user, output, general));
        } catch (SQLException e) {
            whyNot.append("the general log cannot be switched on by the test login: ").append(e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public void mark() {
        try (Connection c = MariaDbSource.admin("mysql"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT NOW(6)")) {
            rs.next();
            mark = rs.getTimestamp(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public List<String> sinceMark() {
        List<String> statements = new ArrayList<>();
        try (Connection c = MariaDbSource.admin("mysql"); PreparedStatement ps = c.prepareStatement("SELECT argument "
                + "FROM mysql.general_log WHERE event_time >= ? AND user_host LIKE ? "
                + "AND command_type IN ('Query', 'Execute', 'Prepare') ORDER BY event_time")) {
            ps.setTimestamp(1, mark);
            ps.setString(2, user + "[%");
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    statements.add(new String(rs.getBytes(1), StandardCharsets.UTF_8).strip());
                }
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return statements;
    }

    @Override
    public void close() {
        try (Connection c = MariaDbSource.admin("mysql"); Statement st = c.createStatement()) {
            boolean wasOn = "1".equals(previousGeneralLog) || "ON".equals(previousGeneralLog);
            st.execute("SET GLOBAL general_log = " + (wasOn ? 1 : 0));
            st.execute("SET GLOBAL log_output = '" + previousOutput.replaceAll("[^A-Z,]", "") + "'");
            if (!wasOn) {
                // Nobody else was logging: the megabytes of test statements go (the CSV table cannot DELETE rows).
                st.execute("TRUNCATE TABLE mysql.general_log");
            }
        } catch (SQLException e) {
            throw new AssertionError("Could not switch the general log back: " + e, e);
        }
    }
}
