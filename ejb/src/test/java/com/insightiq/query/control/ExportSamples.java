package com.insightiq.query.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/** One row with a value of every canonical type, and one of nulls, shared by the writers' tests. */
final class ExportSamples {
    static final List<ResultColumn> COLUMNS = List.of(
            new ResultColumn("text", "text", null), new ResultColumn("whole", "bigint", "pk"),
            new ResultColumn("decimal", "numeric", null), new ResultColumn("real", "float8", null),
            new ResultColumn("flag", "bool", null), new ResultColumn("day", "date", null),
            new ResultColumn("clock", "time", null), new ResultColumn("moment", "timestamp", null),
            new ResultColumn("instant", "timestamptz", "date-time"), new ResultColumn("bytes", "bytea", null),
            new ResultColumn("list", "_int4", null), new ResultColumn("doc", "jsonb", null));

    static final Object[] VALUES = {
            "Grüße, \"Zoë\" 😀\nline two", 9_007_199_254_740_993L, new BigDecimal("12345678901234567890.123456789"),
            0.1, true, LocalDate.of(2024, 2, 29), LocalTime.of(13, 5, 0), LocalDateTime.of(2024, 1, 2, 3, 4, 5),
            OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC), new byte[] {0, 1, (byte) 0xff},
            Arrays.asList(1L, null, 3L), "{\"a\": [1, 2]}"};

    static final Object[] NULLS = new Object[COLUMNS.size()];

    private ExportSamples() {
    }

    /** Runs the rows through a writer the way the engine does: columns, rows, finish, close. */
    static void write(ExportWriter writer, Object[]... rows) throws Exception {
        try (writer) {
            writer.columns(COLUMNS);
            for (Object[] row : rows) {
                writer.row(row);
            }
            writer.finish(rows.length, false);
        }
    }
}
