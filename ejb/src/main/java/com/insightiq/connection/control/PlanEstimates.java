package com.insightiq.connection.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/**
 * Row estimates from the engines' EXPLAIN output. EXPLAIN without ANALYZE plans and does not run the query; it runs
 * with the query's own bind values and a short timeout, as it may still take a moment on a complex statement.
 */
final class PlanEstimates {
    static final int TIMEOUT_SECONDS = 10;

    private PlanEstimates() {
    }

    /** PostgreSQL: {@code EXPLAIN (FORMAT JSON)}, whose top plan node carries "Plan Rows". */
    static OptionalLong postgres(Connection connection, String sql, List<Object> binds) throws SQLException {
        try (PreparedStatement explain = prepare(connection, "EXPLAIN (FORMAT JSON) " + sql, binds);
             ResultSet rs = explain.executeQuery()) {
            return rs.next() ? postgresPlanRows(rs.getString(1)) : OptionalLong.empty();
        }
    }

    static OptionalLong postgresPlanRows(String json) {
        try {
            JsonArray plans = Json.createReader(new StringReader(json)).readArray();
            JsonObject plan = plans.getJsonObject(0).getJsonObject("Plan");
            JsonValue rows = plan == null ? null : plan.get("Plan Rows");
            return rows instanceof JsonNumber n ? OptionalLong.of(n.bigDecimalValue().longValue())
                    : OptionalLong.empty();
        } catch (JsonException | ClassCastException | IndexOutOfBoundsException | IllegalStateException notAPlan) {
            return OptionalLong.empty();
        }
    }

    /**
     * MySQL and MariaDB: plain {@code EXPLAIN}, one line per table read with the rows it expects to examine. The
     * largest is the estimate: a join rarely returns more rows than its biggest input reads, and the product of all
     * lines overstates filtered joins by orders of magnitude.
     */
    static OptionalLong mysql(Connection connection, String sql, List<Object> binds) throws SQLException {
        try (PreparedStatement explain = prepare(connection, "EXPLAIN " + sql, binds);
             ResultSet rs = explain.executeQuery()) {
            long largest = -1;
            while (rs.next()) {
                long rows = rs.getLong("rows");
                if (!rs.wasNull()) {
                    largest = Math.max(largest, rows);
                }
            }
            return largest < 0 ? OptionalLong.empty() : OptionalLong.of(largest);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<Object> binds)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            statement.setQueryTimeout(TIMEOUT_SECONDS);
            for (int i = 0; i < binds.size(); i++) {
                statement.setObject(i + 1, binds.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
