package com.insightiq.query.control;

import com.insightiq.connection.control.SourceDefinition;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.tenancy.entity.Slug;
import java.time.Duration;
import java.util.List;

/**
 * The canonical query: everything the pipeline knows about one run, in one immutable record. The request fields come
 * first; each step returns a copy with what it added (source, values, limits, compiled SQL, cache hit, open cursor,
 * annotated columns) — nothing else carries state between steps.
 *
 * @param tenant      the tenant, passed explicitly: steps never read request state
 * @param forms       template values as they arrived; {@code parameters} once read
 * @param limit       rows per page (interactive) or null (export: every row)
 * @param timeout     statement timeout; interactive runs also stop reading rows past it
 * @param compiled    the SQL without paging: what the cache key and the history describe
 * @param sent        what the database receives: {@code compiled}, or its paging wrapper for later pages
 * @param tables      tables the SQL reads, for column annotation
 * @param cached      a complete cached result that makes executing unnecessary
 */
public record QuerySpec(Slug tenant, long userId, Long dataSourceId, String sql, List<ParameterForm> forms,
                        QueryPurpose purpose, long offset, Integer limit, RowSink sink, RunControl control,
                        SourceDefinition source, List<ParameterValue> parameters, Duration timeout,
                        int cacheTtlSeconds, CompiledSql compiled, CompiledSql sent, List<String> tables,
                        String cacheKey, CachedResult cached, ResultCursor cursor, List<ResultColumn> columns) {

    /** A request as it enters the pipeline. */
    public static QuerySpec of(Slug tenant, long userId, Long dataSourceId, String sql, List<ParameterForm> forms,
                               QueryPurpose purpose, Long offset, Integer limit) {
        // Not List.copyOf: a null in the list is bad input for the validate step to name, not an NPE here.
        List<ParameterForm> given = forms == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(forms));
        return new QuerySpec(tenant, userId, dataSourceId, sql, given,
                purpose, offset == null ? 0 : offset, limit, null, new RunControl(), null, List.of(), null, 0,
                null, null, List.of(), null, null, null, List.of());
    }

    public boolean interactive() {
        return purpose != QueryPurpose.EXPORT;
    }

    public QuerySpec withSource(SourceDefinition value) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, control, value,
                parameters, timeout, cacheTtlSeconds, compiled, sent, tables, cacheKey, cached, cursor, columns);
    }

    public QuerySpec withParameters(List<ParameterValue> value) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, control, source,
                List.copyOf(value), timeout, cacheTtlSeconds, compiled, sent, tables, cacheKey, cached, cursor,
                columns);
    }

    public QuerySpec withLimits(long newOffset, Integer newLimit, Duration newTimeout, int ttlSeconds) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, newOffset, newLimit, sink, control,
                source, parameters, newTimeout, ttlSeconds, compiled, sent, tables, cacheKey, cached, cursor,
                columns);
    }

    public QuerySpec withCompiled(CompiledSql value, CompiledSql toSend, List<String> readTables) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, control, source,
                parameters, timeout, cacheTtlSeconds, value, toSend, List.copyOf(readTables), cacheKey, cached,
                cursor, columns);
    }

    public QuerySpec withCache(String key, CachedResult hit) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, control, source,
                parameters, timeout, cacheTtlSeconds, compiled, sent, tables, key, hit, cursor, columns);
    }

    public QuerySpec withSink(RowSink value) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, value, control, source,
                parameters, timeout, cacheTtlSeconds, compiled, sent, tables, cacheKey, cached, cursor, columns);
    }

    public QuerySpec withControl(RunControl value) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, value, source,
                parameters, timeout, cacheTtlSeconds, compiled, sent, tables, cacheKey, cached, cursor, columns);
    }

    public QuerySpec withCursor(ResultCursor value) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, control, source,
                parameters, timeout, cacheTtlSeconds, compiled, sent, tables, cacheKey, cached, value, columns);
    }

    public QuerySpec withColumns(List<ResultColumn> value) {
        return new QuerySpec(tenant, userId, dataSourceId, sql, forms, purpose, offset, limit, sink, control, source,
                parameters, timeout, cacheTtlSeconds, compiled, sent, tables, cacheKey, cached, cursor,
                List.copyOf(value));
    }

    /** A later page of the same query, planned afresh. */
    public QuerySpec forPage(long pageOffset, int pageLimit) {
        return of(tenant, userId, dataSourceId, sql, forms, QueryPurpose.PAGE, pageOffset, pageLimit)
                .withControl(new RunControl(control.origin()));
    }
}
