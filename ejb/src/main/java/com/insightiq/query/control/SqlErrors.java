package com.insightiq.query.control;

import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Turns a database's refusal into a {@link QueryProblem}: cancelled, timed out, refused as a write, or failed with the
 * database's own words and, where it says, the line and column in the SQL as the person wrote it.
 */
public final class SqlErrors {
    private static final Pattern MYSQL_LINE = Pattern.compile("at line (\\d+)");
    private static final int MAX_MESSAGE = 1000;

    private SqlErrors() {
    }

    /**
     * @param written the SQL as the person wrote it
     * @param sent    the SQL the database received, in which its error positions count
     */
    public static QueryProblem explain(SQLException error, RunControl control, String written, String sent,
                                       int timeoutSeconds) {
        if (control != null && control.isCancelled()) {
            return QueryProblem.of(QueryProblem.CANCELLED, "The query was cancelled.");
        }
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        if (control != null && control.deadlinePassed() || error instanceof SQLTimeoutException
                || state.equals("57014") || state.equals("70100") || state.equals("HYT00")) {
            return QueryProblem.of(QueryProblem.TIMEOUT, "The query took longer than " + timeoutSeconds
                    + " seconds and was stopped.");
        }
        if (state.equals("25006")) {
            return QueryProblem.of(QueryProblem.NOT_READ_ONLY, "Only reading queries can run here: "
                    + message(error));
        }
        if (state.startsWith("08")) {
            return QueryProblem.of(QueryProblem.SOURCE_UNAVAILABLE, "The connection to the database broke: "
                    + message(error));
        }
        Optional<Integer> position = position(error);
        if (position.isPresent() && written != null && sent != null) {
            int at = SqlPositions.toWritten(written, sent, position.get() - 1);
            SqlPositions.LineColumn lc = SqlPositions.lineColumn(written, at);
            return new QueryProblem(QueryProblem.QUERY_FAILED, message(error), lc.line(), lc.column());
        }
        Matcher line = MYSQL_LINE.matcher(String.valueOf(error.getMessage()));
        if (line.find()) {
            return new QueryProblem(QueryProblem.QUERY_FAILED, message(error), Integer.parseInt(line.group(1)), null);
        }
        return QueryProblem.of(QueryProblem.QUERY_FAILED, message(error));
    }

    /** The database's own sentence, without driver prefixes, hints about server internals or stack text. */
    static String message(SQLException error) {
        String text = null;
        if (error instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            text = server.getMessage();
            if (server.getHint() != null) {
                text += " (" + server.getHint() + ")";
            }
        }
        if (text == null) {
            text = String.valueOf(error.getMessage()).lines().findFirst().orElse("The database refused the query.");
        }
        return text.length() <= MAX_MESSAGE ? text : text.substring(0, MAX_MESSAGE - 1) + "…";
    }

    /** 1-based character position in the SQL sent, where the database says one. */
    static Optional<Integer> position(SQLException error) {
        if (error instanceof PSQLException psql && psql.getServerErrorMessage() != null) {
            int position = psql.getServerErrorMessage().getPosition();
            return position > 0 ? Optional.of(position) : Optional.empty();
        }
        return Optional.empty();
    }
}
