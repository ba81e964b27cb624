package com.insightiq.system.query;

import com.insightiq.system.Database;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded PostgreSQL's server log, read through the server itself (pg_read_binary_file as superuser), so the
 * test needs no file-system access. Only the fixture login logs statements ({@code ALTER ROLE … SET
 * log_statement = 'all'}, before the data source opens its sessions); parameter values are cut to 200 characters in the
 * log, which still shows each value went as a bind ({@code DETAIL: parameters: $1 = …}).
 */
final class PostgresStatementLog implements StatementLog {
    private static final Pattern ENTRY = Pattern.compile(
            "(?s)\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d(?:\\.\\d+)? \\S+ \\[\\d+\\] ([A-Z]+):  (.*)");
    /** A time stamp opens an entry; a value may hold a carriage return, so this only looks at the line's start. */
    private static final Pattern OPENS_ENTRY = Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
    private static final Pattern STATEMENT = Pattern.compile("(?s)(?:statement|execute [^:]*): (.*)");

    private final String path;
    private long mark;

    private PostgresStatementLog(String path) {
        this.path = path;
    }

    /** Makes the login's sessions log every statement; call before the data source connects. */
    static PostgresStatementLog enable(PostgresSource source) {
        source.alterRole("log_statement = 'all'");
        source.alterRole("log_parameter_max_length = 200");
        return new PostgresStatementLog(logFile());
    }

    /** Where the run script sends the server's output: postgres.log beside the data directory (pg_ctl -l). */
    private static String logFile() {
        try (Connection c = Database.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(pg_current_logfile(), '') AS current, "
                     + "current_setting('data_directory') AS data")) {
            rs.next();
            String data = rs.getString("data");
            String current = rs.getString("current");
            String path = current.isEmpty() ? data.substring(0, data.lastIndexOf('/')) + "/postgres.log"
                    : current.startsWith("/") ? current : data + "/" + current;
            size(c, path);
            return path;
        } catch (Exception e) {
            throw new AssertionError("The embedded PostgreSQL's log file cannot be read: " + e, e);
        }
    }

    @Override
    public void mark() {
        try (Connection c = Database.connect()) {
            mark = size(c, path);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public List<String> sinceMark() {
        String text;
        try (Connection c = Database.connect();
             PreparedStatement ps = c.prepareStatement("SELECT pg_read_binary_file(?, ?, ?)")) {
            long end = size(c, path);
            ps.setString(1, path);
            ps.setLong(2, mark);
            ps.setLong(3, end - mark);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                text = new String(rs.getBytes(1), StandardCharsets.UTF_8);
            }
        } catch (Exception e) {
            throw new AssertionError("Reading " + path + " failed: " + e, e);
        }
        List<String> statements = new ArrayList<>();
        for (String entry : entries(text)) {
            Matcher m = ENTRY.matcher(entry);
            if (m.matches() && m.group(1).equals("LOG")) {
                Matcher s = STATEMENT.matcher(m.group(2));
                if (s.matches()) {
                    statements.add(s.group(1).strip());
                }
            }
        }
        return statements;
    }

    /** Log entries: a line starting with a time stamp opens one; continuation lines start with a tab. */
    private static List<String> entries(String text) {
        List<String> entries = new ArrayList<>();
        StringBuilder current = null;
        for (String line : text.split("\n", -1)) {
            if (OPENS_ENTRY.matcher(line).lookingAt()) {
                if (current != null) {
                    entries.add(current.toString());
                }
                current = new StringBuilder(line);
            } else if (current != null) {
                current.append('\n').append(line.startsWith("\t") ? line.substring(1) : line);
            }
        }
        if (current != null) {
            entries.add(current.toString());
        }
        return entries;
    }

    private static long size(Connection c, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT (pg_stat_file(?)).size")) {
            ps.setString(1, path);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
