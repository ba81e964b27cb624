package com.insightiq.query.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 9: rows go to the run's sink one at a time — never the whole result in memory. Interactive runs stop after
 * their page and say {@code truncated}; a complete result no larger than the cache's row bound is kept for the
 * tenant's TTL. A cached result is replayed the same way.
 */
@ApplicationScoped
public class StreamRows implements QueryStep {
    /** How often (in rows) the reader looks for cancellation and the deadline: cheap, and quick enough to notice. */
    static final int CHECK_EVERY = 256;

    @Inject
    ResultCache cache;

    @Inject
    QueryLimits limits;

    @Override
    public Phase phase() {
        return Phase.RUN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        try {
            if (spec.cached() != null) {
                replay(spec);
            } else {
                read(spec);
            }
            return spec;
        } catch (IOException e) {
            spec.control().cancel();
            throw new QueryFailedException(QueryProblem.CANCELLED, "The receiver of the rows stopped reading: "
                    + e.getMessage());
        } catch (SQLException e) {
            throw new QueryFailedException(SqlErrors.explain(e, spec.control(), spec.sql(), spec.sent().sql(),
                    (int) spec.timeout().toSeconds()));
        }
    }

    private void replay(QuerySpec spec) throws IOException {
        List<Object[]> rows = spec.cached().rows();
        spec.control().replaying(spec.cached().readAt());
        spec.control().reusableUntil(spec.cached().readAt().plusSeconds(spec.cacheTtlSeconds()));
        RowSink sink = spec.sink();
        sink.columns(spec.columns());
        int from = (int) Math.min(spec.offset(), rows.size());
        int to = spec.limit() == null ? rows.size() : (int) Math.min(rows.size(), from + (long) spec.limit());
        long count = 0;
        boolean truncated = to < rows.size();
        for (int i = from; i < to; i++) {
            spec.control().rowRead();
            count++;
            if (!sink.row(rows.get(i).clone())) {
                truncated = i + 1 < rows.size();
                break;
            }
        }
        sink.finish(count, truncated);
    }

    private void read(QuerySpec spec) throws SQLException, IOException {
        ResultSet rs = spec.cursor().rows();
        ResultSetMetaData meta = rs.getMetaData();
        int width = meta.getColumnCount();
        JdbcValues.Reader[] readers = new JdbcValues.Reader[width];
        for (int i = 0; i < width; i++) {
            readers[i] = JdbcValues.readerFor(meta.getColumnType(i + 1), meta.getColumnTypeName(i + 1));
        }
        RowSink sink = spec.sink();
        RunControl control = spec.control();
        boolean keep = spec.cacheKey() != null && spec.offset() == 0;
        int keepMax = limits.cacheMaxRows();
        List<Object[]> kept = keep ? new ArrayList<>() : null;
        sink.columns(spec.columns());
        long count = 0;
        boolean truncated = false;
        while (true) {
            if (count % CHECK_EVERY == 0) {
                control.check();
            }
            if (!rs.next()) {
                break;
            }
            if (spec.limit() != null && count >= spec.limit()) {
                truncated = true;
                break;
            }
            Object[] values = new Object[width];
            for (int i = 0; i < width; i++) {
                values[i] = readers[i].read(rs, i + 1);
            }
            control.rowRead();
            count++;
            if (kept != null) {
                if (kept.size() < keepMax) {
                    kept.add(values);
                } else {
                    kept = null;
                }
            }
            if (!sink.row(values)) {
                truncated = true;
                break;
            }
        }
        Instant readAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        control.rowsRead(readAt);
        if (kept != null && !truncated) {
            cache.put(spec.tenant(), spec.cacheKey(), new CachedResult(spec.columns(), kept, control.elapsedMs(),
                    readAt), spec.cacheTtlSeconds());
            control.reusableUntil(readAt.plusSeconds(spec.cacheTtlSeconds()));
        }
        sink.finish(count, truncated);
    }
}
