package com.insightiq.query.control;

import java.util.List;

/**
 * SQL ready for a {@code PreparedStatement}: every value the user gave is one of {@code binds}, in marker order, never
 * text inside {@code sql}. Bind values are {@code String}, {@code Long}, {@code java.math.BigDecimal}, {@code Boolean},
 * {@code java.time.LocalDate} or {@code java.time.LocalDateTime}.
 */
public record CompiledSql(String sql, List<Object> binds) {
    public CompiledSql {
        binds = List.copyOf(binds);
    }
}
