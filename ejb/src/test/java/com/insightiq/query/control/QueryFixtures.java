package com.insightiq.query.control;

import com.insightiq.connection.control.OpenSource;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.SourceDefinition;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.connection.entity.Engine;
import com.insightiq.connection.entity.SslMode;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.tenancy.entity.Slug;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Requests, sources, limits and an H2 database for the engine's unit tests. */
final class QueryFixtures {
    static final Slug TENANT = new Slug("acme");
    static final long USER = 7;

    private QueryFixtures() {
    }

    static SourceDefinition source() {
        return new SourceDefinition(TENANT, 1, "Sales", Engine.POSTGRESQL, "db.example.com", 5432, "sales", "ann",
                Optional.empty(), SslMode.DISABLE, Map.of(), Optional.empty(), false, 3);
    }

    static QuerySpec request(String sql, ParameterForm... forms) {
        return QuerySpec.of(TENANT, USER, 1L, sql, java.util.Arrays.asList(forms), QueryPurpose.INTERACTIVE, null,
                null);
    }

    /** A request planned as far as executing needs: source, limits, compiled SQL. */
    static QuerySpec planned(String sql, Integer limit, long offset) {
        CompiledSql compiled = new CompiledSql(sql, List.of());
        return QuerySpec.of(TENANT, USER, 1L, sql, List.of(), limit == null ? QueryPurpose.EXPORT
                        : QueryPurpose.INTERACTIVE, offset, limit)
                .withSource(source()).withLimits(offset, limit, Duration.ofSeconds(30), 300)
                .withCompiled(compiled, compiled, List.of());
    }

    static QueryLimits limits(int rowCap, int timeout, int concurrent, int ttl) {
        QueryLimits limits = new QueryLimits() {
            @Override
            public TenantLimits forTenant(Slug tenant) {
                return new TenantLimits(timeout, concurrent, ttl);
            }
        };
        limits.rowCap = rowCap;
        limits.maxSqlBytes = 1000;
        limits.cacheMaxRows = 100;
        limits.maxTimeoutSeconds = 600;
        limits.maxConcurrentCeiling = 16;
        limits.maxCacheTtlSeconds = 86400;
        return limits;
    }

    /** A fresh in-memory database, closed with the last connection. */
    static Connection h2(String... statements) throws SQLException {
        Connection connection = DriverManager.getConnection("jdbc:h2:mem:q" + UUID.randomUUID());
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        return connection;
    }

    /** Pools that hand out one given connection. */
    static SourcePools poolOf(Connection connection) {
        return new SourcePools() {
            @Override
            public OpenSource open(SourceDefinition definition) {
                return new OpenSource(connection, new PostgresDriver(), definition);
            }
        };
    }

    /** Collects what a sink receives. */
    static final class Collected implements RowSink {
        List<ResultColumn> columns;
        final java.util.List<Object[]> rows = new java.util.ArrayList<>();
        long count = -1;
        boolean truncated;
        int stopAfter = Integer.MAX_VALUE;

        @Override
        public void columns(List<ResultColumn> given) {
            columns = given;
        }

        @Override
        public boolean row(Object[] values) {
            rows.add(values);
            return rows.size() < stopAfter;
        }

        @Override
        public void finish(long rowCount, boolean more) {
            count = rowCount;
            truncated = more;
        }
    }
}
