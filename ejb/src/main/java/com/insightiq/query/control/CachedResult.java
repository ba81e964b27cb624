package com.insightiq.query.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A complete result kept for reuse: annotated columns, every row in canonical values, and when the rows were read
 * (a dashboard card shows it as "last updated"). In the cache it travels as
 * plain JDK types only (see {@link #toCacheValue()}), so any cluster member can read it without the application's
 * classes.
 */
public record CachedResult(List<ResultColumn> columns, List<Object[]> rows, long durationMs, Instant readAt) {
    public CachedResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        readAt = readAt == null ? Instant.now() : readAt;
    }

    /** Rows read just now. */
    public CachedResult(List<ResultColumn> columns, List<Object[]> rows, long durationMs) {
        this(columns, rows, durationMs, Instant.now());
    }

    public int rowCount() {
        return rows.size();
    }

    public Object[] toCacheValue() {
        int n = columns.size();
        String[] names = new String[n];
        String[] types = new String[n];
        String[] semantics = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = columns.get(i).name();
            types[i] = columns.get(i).type();
            semantics[i] = columns.get(i).semanticType();
        }
        return new Object[] {names, types, semantics, rows.toArray(new Object[0][]), durationMs,
            readAt.toEpochMilli()};
    }

    public static CachedResult fromCacheValue(Object[] value) {
        String[] names = (String[]) value[0];
        String[] types = (String[]) value[1];
        String[] semantics = (String[]) value[2];
        Object[][] rows = (Object[][]) value[3];
        List<ResultColumn> columns = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            columns.add(new ResultColumn(names[i], types[i], semantics[i]));
        }
        // entries written before the read time was kept count as read now
        Instant readAt = value.length > 5 ? Instant.ofEpochMilli((Long) value[5]) : Instant.now();
        return new CachedResult(columns, List.of(rows), (Long) value[4], readAt);
    }
}
