package com.insightiq.query.control;

import com.insightiq.connection.control.OpenSource;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An executed statement whose rows are still to be read, with the pooled connection it holds. Closing ends the
 * read-only transaction with a rollback and returns the connection to the pool.
 */
public record ResultCursor(OpenSource source, PreparedStatement statement, ResultSet rows) implements AutoCloseable {

    @Override
    public void close() {
        if (rows != null) {
            quietly(rows::close);
        }
        if (statement != null) {
            quietly(statement::close);
        }
        quietly(() -> source.connection().rollback());
        quietly(source::close);
    }

    private interface Closing {
        void run() throws SQLException;
    }

    private static void quietly(Closing closing) {
        try {
            closing.run();
        } catch (SQLException | RuntimeException e) {
            // A cancelled or broken connection: the pool drops it; nothing else to undo in a read-only transaction.
        }
    }
}
