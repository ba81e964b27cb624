package com.insightiq.connection.control;

import java.sql.Connection;
import java.sql.SQLException;

/** A pooled connection to a tenant's database with the driver that speaks its dialect; closing returns it to the pool. */
public record OpenSource(Connection connection, Driver driver, SourceDefinition definition) implements AutoCloseable {

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
