package com.insightiq.query.control;

import com.insightiq.connection.control.OpenSource;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.connection.control.SourceUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Step 7: runs the statement on a pooled connection of the source, in a read-only transaction (autocommit off, so
 * PostgreSQL streams by fetch size; rolled back when the cursor closes), with the timeout, cancellable through the
 * run's {@link RunControl}. Page 0 of an interactive run asks for one row more than the page, to know if more follow.
 */
@ApplicationScoped
public class ExecuteSql implements QueryStep {
    static final int FETCH_SIZE = 1000;

    @Inject
    SourcePools pools;

    @Override
    public Phase phase() {
        return Phase.RUN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        if (spec.cached() != null) {
            return spec;
        }
        spec.control().check();
        OpenSource source;
        try {
            source = pools.open(spec.source());
        } catch (SourceUnavailableException e) {
            throw new QueryFailedException(QueryProblem.SOURCE_UNAVAILABLE, e.problem().message());
        }
        PreparedStatement statement = null;
        try {
            Connection connection = source.connection();
            readOnlyTransaction(connection, !spec.source().allowWrites());
            statement = connection.prepareStatement(spec.sent().sql(), ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(FETCH_SIZE);
            statement.setQueryTimeout((int) Math.max(1, spec.timeout().toSeconds()));
            if (!spec.interactive()) {
                source.driver().tuneForBulkRead(statement);
            }
            if (spec.interactive() && spec.offset() == 0) {
                statement.setMaxRows(spec.limit() + 1);
            }
            bind(statement, spec.sent().binds());
            spec.control().attach(statement);
            ResultSet rows = statement.executeQuery();
            return spec.withCursor(new ResultCursor(source, statement, rows));
        } catch (SQLException e) {
            QueryProblem problem = SqlErrors.explain(e, spec.control(), spec.sql(), spec.sent().sql(),
                    (int) spec.timeout().toSeconds());
            new ResultCursor(source, statement, null).close();
            throw new QueryFailedException(problem);
        } catch (RuntimeException e) {
            new ResultCursor(source, statement, null).close();
            throw e;
        }
    }

    /**
     * Autocommit off (PostgreSQL streams only inside a transaction) and read-only. An engine without transactions
     * (some Trino connectors) keeps its pool's read-only session: that setting, not this one, is the real guard.
     */
    static void readOnlyTransaction(Connection connection, boolean readOnly) throws SQLException {
        try {
            connection.setAutoCommit(false);
        } catch (SQLFeatureNotSupportedException e) {
            // Runs in autocommit; fetch size still bounds what is held in memory for engines that stream without one.
        }
        try {
            connection.setReadOnly(readOnly);
        } catch (SQLFeatureNotSupportedException e) {
            // The pool made the session read-only when it opened the connection.
        }
    }

    static void bind(PreparedStatement statement, List<Object> binds) throws SQLException {
        for (int i = 0; i < binds.size(); i++) {
            Object value = binds.get(i);
            int index = i + 1;
            if (value instanceof String text) {
                statement.setString(index, text);
            } else if (value instanceof Long number) {
                statement.setLong(index, number);
            } else if (value instanceof Integer number) {
                statement.setInt(index, number);
            } else if (value instanceof BigDecimal number) {
                statement.setBigDecimal(index, number);
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(index, flag);
            } else if (value instanceof LocalDate || value instanceof LocalDateTime) {
                statement.setObject(index, value);
            } else if (value == null) {
                statement.setObject(index, null);
            } else {
                throw new IllegalArgumentException("Cannot bind a " + value.getClass().getName());
            }
        }
    }
}
