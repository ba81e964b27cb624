package com.insightiq.query.control;

/**
 * A value given for one template variable. {@code value} is decoded JSON: {@code String}, {@code java.math.BigDecimal},
 * {@code Boolean}, {@code java.util.List} of those, or for ranges a {@code java.util.Map} with {@code from}/{@code to};
 * {@code null} means "no value" (an optional clause around it is dropped). A field filter names its catalog column and,
 * optionally, the table alias the SQL uses for it.
 */
public record ParameterValue(String name, ParameterType type, Object value, Long columnId, String alias) {
}
