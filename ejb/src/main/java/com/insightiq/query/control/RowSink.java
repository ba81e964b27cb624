package com.insightiq.query.control;

import java.io.IOException;
import java.util.List;

/**
 * Where a running query's rows go, one at a time, so no result has to sit in memory: a page collector, a CSV/XLSX/JSON
 * writer or a cache entry. Values are canonical Java types: {@code null}, {@code String}, {@code Long},
 * {@code java.math.BigDecimal}, {@code Double}, {@code Boolean}, {@code java.time.LocalDate},
 * {@code java.time.LocalTime}, {@code java.time.LocalDateTime}, {@code java.time.OffsetDateTime} (UTC), {@code byte[]}
 * and {@code java.util.List} (SQL arrays). JSON columns arrive as {@code String}.
 */
public interface RowSink {
    /** Called once, before the first row. */
    void columns(List<ResultColumn> columns) throws IOException;

    /** One row; return {@code false} to stop reading (e.g. the page is full). */
    boolean row(Object[] values) throws IOException;

    /** Called once after the last row read; {@code truncated} when rows were left unread. */
    void finish(long rowCount, boolean truncated) throws IOException;
}
