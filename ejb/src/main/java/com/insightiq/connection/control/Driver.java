package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;

/**
 * What InsightIQ needs from one database engine, and nothing more (Metabase's driver idea). Every implementation passes
 * the same contract suite against a real server. Implementations are stateless and thread-safe.
 */
public interface Driver {

    Engine engine();

    /** The JDBC driver class, loaded from the EAR so pools never depend on the server's DriverManager. */
    String driverClassName();

    /**
     * The JDBC URL for a target. Built only from validated host, port and database: user-supplied options never become
     * URL text, they travel as {@link #connectionProperties properties}, so `?`, `;` and `&` cannot smuggle settings.
     */
    String jdbcUrl(ConnectionTarget target);

    /** Driver properties: credentials, TLS for the SSL mode, timeouts, then the allowed user options. */
    Properties connectionProperties(ConnectionTarget target);

    /** User options this engine accepts; anything else (socketFactory, allowLoadLocalInfile, …) is refused. */
    Set<String> allowedOptions();

    boolean supports(Feature feature);

    /** Quotes one identifier so that spaces, quotes, unicode and reserved words survive. */
    String quote(String identifier);

    /** The quoted, schema-qualified name of a table. */
    default String qualify(TableRef table) {
        return table.schema() == null || table.schema().isEmpty()
                ? quote(table.name())
                : quote(table.schema()) + "." + quote(table.name());
    }

    /** Truncates a date/time expression to a grain in this engine's SQL. */
    String dateTrunc(TimeGrain grain, String expression);

    /**
     * Whole calendar days from the date of {@code from} to the date of {@code to} (negative when {@code to} comes
     * first; the time of day does not count), as an integer expression of this engine.
     */
    String daysBetween(String from, String to);

    /** The ISO day of the week of a date/time expression: 1 for Monday … 7 for Sunday, whatever the session's locale. */
    String isoDayOfWeek(String expression);

    /** The server's current date, as an expression. */
    default String today() {
        return "CURRENT_DATE";
    }

    /** SQL returning at most {@code rows} rows of the given (already quoted) columns of a table. */
    String sampleQuery(TableRef table, List<String> quotedColumns, int rows);

    /** Schemas a user can read, without the engine's system schemas. */
    List<String> schemas(Connection connection) throws SQLException;

    /** Tables and views of one schema, with estimated row counts where the engine keeps them cheaply. */
    List<TableRef> tables(Connection connection, String schema) throws SQLException;

    /** Columns (in order), primary key, foreign keys and indexes of one table. */
    TableDescription describe(Connection connection, TableRef table) throws SQLException;

    /**
     * Every table and view of a schema described, in {@link #tables} order. A catalog sync of a thousand tables should
     * cost a few catalog queries, not a thousand round trips: drivers override this with one query per schema.
     */
    default List<TableDescription> describeSchema(Connection connection, String schema) throws SQLException {
        List<TableDescription> described = new java.util.ArrayList<>();
        for (TableRef table : tables(connection, schema)) {
            described.add(describe(connection, table));
        }
        return described;
    }

    /**
     * SQL that makes a fresh session refuse writes, for engines whose JDBC {@code setReadOnly} is only a hint. Pools
     * run it on every new connection of a source that does not allow writes; empty when {@code setReadOnly} suffices.
     */
    default Optional<String> readOnlySessionSql() {
        return Optional.empty();
    }

    /**
     * A reading statement wrapped for offset paging, with two bind markers whose values {@link #pageBinds} gives in
     * marker order. A trailing {@code ;} is dropped; the statement goes on lines of its own so that a trailing
     * {@code --} comment cannot swallow the wrapper. Page 0 needs no wrapper: run the statement with
     * {@code setMaxRows}.
     */
    default String pageSql(String sql) {
        return "SELECT * FROM (\n" + PagingSql.withoutTrailingSemicolon(sql) + "\n) q LIMIT ? OFFSET ?";
    }

    /** The values of {@link #pageSql}'s two markers in marker order: here {@code limit, offset}. */
    default List<Object> pageBinds(long limit, long offset) {
        return List.of(limit, offset);
    }

    /** Turns this engine's SQL error into what a person can act on, when the engine says something specific. */
    Optional<ConnectionProblem> explain(SQLException error);

    /**
     * How many rows the planner expects a reading query to return, without running it (large exports then run in the
     * background), or empty when this engine has no cheap estimate. {@code binds} fill the query's {@code ?} markers.
     */
    default OptionalLong estimateRows(Connection connection, String sql, List<Object> binds) throws SQLException {
        return OptionalLong.empty();
    }

    default OptionalLong estimateRows(Connection connection, String sql) throws SQLException {
        return estimateRows(connection, sql, List.of());
    }

    /**
     * Prepares a statement that will read every row of a large result (an export), where decoding dominates: e.g.
     * the binary wire format instead of text. Nothing by default.
     */
    default void tuneForBulkRead(PreparedStatement statement) throws SQLException {
    }
}
