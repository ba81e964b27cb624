package com.insightiq.catalog.control;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Accumulates one column's sampled values into a {@link ColumnProfile}: distinct count, null share, min/max, average
 * text length and, for low-cardinality text, the distinct values. Memory stays bounded by the sample size.
 */
public final class ColumnProfiler {
    /** Text columns with at most this many distinct sampled values keep them. */
    public static final int MAX_VALUES = 250;
    /** Longer values are not kept (nor shown as min/max beyond this). */
    public static final int MAX_VALUE_LENGTH = 255;
    private static final int DISTINCT_CAP = 10_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[A-Za-z]{2,}$");
    private static final Pattern URL = Pattern.compile("^(https?|ftp)://[^\\s]+$", Pattern.CASE_INSENSITIVE);

    private final boolean text;
    private int rows;
    private int nulls;
    private final Set<Object> distinct = new HashSet<>();
    private boolean distinctCapped;
    private boolean tooLongForValues;
    private Comparable<Object> min;
    private Comparable<Object> max;
    private long totalLength;
    private int emails;
    private int urls;

    public ColumnProfiler(int jdbcType) {
        this.text = isText(jdbcType);
    }

    public static boolean isText(int jdbcType) {
        return switch (jdbcType) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                 Types.CLOB, Types.NCLOB -> true;
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    public void accept(Object value) {
        rows++;
        if (value == null) {
            nulls++;
            return;
        }
        Object key = normalise(value);
        if (!distinctCapped) {
            distinct.add(key);
            if (distinct.size() > DISTINCT_CAP) {
                distinctCapped = true;
                distinct.clear();
            }
        }
        if (key instanceof String s) {
            totalLength += s.codePointCount(0, s.length());
            if (s.length() > MAX_VALUE_LENGTH) {
                tooLongForValues = true;
            }
            if (EMAIL.matcher(s).matches()) {
                emails++;
            } else if (URL.matcher(s).matches()) {
                urls++;
            }
        }
        if (key instanceof Comparable<?> c) {
            Comparable<Object> comparable = (Comparable<Object>) c;
            try {
                if (min == null || comparable.compareTo(min) < 0) {
                    min = comparable;
                }
                if (max == null || comparable.compareTo(max) > 0) {
                    max = comparable;
                }
            } catch (ClassCastException mixed) {
                // a driver returning mixed classes for one column: keep what we have
            }
        }
    }

    /** Numbers compare as numbers, times as times, everything else as text. */
    static Object normalise(Object value) {
        if (value instanceof Number n && !(value instanceof BigDecimal)) {
            if (n instanceof Double || n instanceof Float) {
                double d = n.doubleValue();
                return Double.isFinite(d) ? new BigDecimal(n.toString()) : n.toString();
            }
            return n instanceof java.math.BigInteger b ? new BigDecimal(b) : new BigDecimal(n.longValue());
        }
        if (value instanceof BigDecimal || value instanceof String || value instanceof Temporal
                || value instanceof Boolean) {
            return value;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Time t) {
            return t.toLocalTime();
        }
        if (value instanceof Date d) {
            return d.toInstant();
        }
        if (value instanceof byte[] bytes) {
            return "<" + bytes.length + " bytes>";
        }
        return value.toString();
    }

    public ColumnProfile profile() {
        int present = rows - nulls;
        double nullShare = rows == 0 ? 0 : (double) nulls / rows;
        Optional<Double> avgLength = text && present > 0 ? Optional.of((double) totalLength / present) : Optional.empty();
        List<String> values = List.of();
        if (text && !distinctCapped && !tooLongForValues && !distinct.isEmpty() && distinct.size() <= MAX_VALUES) {
            List<String> sorted = new ArrayList<>();
            distinct.forEach(v -> sorted.add(storable((String) v)));
            sorted.sort(String.CASE_INSENSITIVE_ORDER.thenComparing(s -> s));
            values = sorted;
        }
        return new ColumnProfile(rows, distinctCapped ? DISTINCT_CAP : distinct.size(), nullShare, shown(min), shown(max),
                avgLength, values, present == 0 ? 0 : (double) emails / present,
                present == 0 ? 0 : (double) urls / present, distinctCapped);
    }

    private static Optional<String> shown(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String s = value instanceof BigDecimal b ? b.stripTrailingZeros().toPlainString() : value.toString();
        return Optional.of(storable(s.length() > MAX_VALUE_LENGTH ? s.substring(0, MAX_VALUE_LENGTH) : s));
    }

    /** PostgreSQL text cannot hold NUL. */
    static String storable(String s) {
        return s.indexOf('\u0000') < 0 ? s : s.replace("\u0000", "");
    }
}
