package com.insightiq.catalog.control;

import com.insightiq.catalog.entity.SemanticType;
import java.sql.Types;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Infers what a column means from its name, type, keys and (when sampled) its profile. Keys first, then types that
 * say it outright (time), then names and values. Empty when nothing fits (free text, blobs).
 */
public final class SemanticTypes {
    private static final Pattern CURRENCY = Pattern.compile(
            "(^|_)(price|amount|cost|revenue|salary|fee|total|balance|payment|spend|sales|income|profit|discount|tax)s?($|_)");
    private static final Pattern PERCENT = Pattern.compile("(^|_)(pct|percent|percentage|ratio|rate|share)($|_)");
    private static final Pattern NAME = Pattern.compile(
            "^(name|first_?name|last_?name|full_?name|surname|given_?name|display_?name|username|title)$|_name$");
    private static final Pattern IDENTIFIER = Pattern.compile("^(id|uuid|guid)$|(_id|_uuid|_guid|_key|_code|_no|_number)$");
    private static final double VALUE_MATCH = 0.9;
    private static final double CATEGORY_SHARE = 0.5;

    private SemanticTypes() {
    }

    /** What inference looks at. {@code profile} is empty when the table was not sampled. */
    public record ColumnFacts(String name, int jdbcType, String databaseType, boolean primaryKey, boolean foreignKey,
                              Optional<ColumnProfile> profile) {
    }

    public static Optional<SemanticType> infer(ColumnFacts c) {
        String name = snake(c.name());
        String dbType = c.databaseType() == null ? "" : c.databaseType().toLowerCase(Locale.ROOT);
        if (c.primaryKey()) {
            return Optional.of(SemanticType.PK);
        }
        if (c.foreignKey()) {
            return Optional.of(SemanticType.FK);
        }
        if (isTime(c.jdbcType())) {
            return Optional.of(SemanticType.DATE_TIME);
        }
        if (isNumber(c.jdbcType())) {
            return Optional.of(number(name, dbType, c.profile()));
        }
        if (c.jdbcType() == Types.BOOLEAN || c.jdbcType() == Types.BIT) {
            return Optional.of(SemanticType.CATEGORY);
        }
        if (ColumnProfiler.isText(c.jdbcType()) || dbType.equals("uuid") || dbType.equals("citext")) {
            return text(name, dbType, c.profile());
        }
        return Optional.empty();
    }

    private static SemanticType number(String name, String dbType, Optional<ColumnProfile> profile) {
        if (name.matches("(.*_)?(lat|latitude)") && within(profile, 90)) {
            return SemanticType.LATITUDE;
        }
        if (name.matches("(.*_)?(lng|lon|long|longitude)") && within(profile, 180)) {
            return SemanticType.LONGITUDE;
        }
        if (dbType.equals("money")) {
            return SemanticType.CURRENCY;
        }
        if (PERCENT.matcher(name).find()) {
            return SemanticType.PERCENTAGE;
        }
        if (CURRENCY.matcher(name).find()) {
            return SemanticType.CURRENCY;
        }
        if (IDENTIFIER.matcher(name).find()) {
            return SemanticType.ID;
        }
        return SemanticType.QUANTITY;
    }

    private static Optional<SemanticType> text(String name, String dbType, Optional<ColumnProfile> profile) {
        if (name.contains("email") || name.contains("e_mail")
                || profile.filter(p -> p.emailShare() >= VALUE_MATCH).isPresent()) {
            return Optional.of(SemanticType.EMAIL);
        }
        if (name.matches("(.*_)?(url|uri|website|homepage|link)")
                || profile.filter(p -> p.urlShare() >= VALUE_MATCH).isPresent()) {
            return Optional.of(SemanticType.URL);
        }
        if (dbType.equals("uuid") || IDENTIFIER.matcher(name).find()) {
            return Optional.of(SemanticType.ID);
        }
        if (NAME.matcher(name).find()) {
            return Optional.of(SemanticType.NAME);
        }
        if (profile.filter(SemanticTypes::fewDistinct).isPresent()) {
            return Optional.of(SemanticType.CATEGORY);
        }
        return Optional.empty();
    }

    /** Few distinct values, and repeated: 40 distinct countries in 2,000 rows, not 40 unique notes in 40 rows. */
    static boolean fewDistinct(ColumnProfile p) {
        int present = (int) Math.round(p.sampledRows() * (1 - p.nullShare()));
        return p.keepsValues() && present > 0 && p.distinctCount() <= ColumnProfiler.MAX_VALUES
                && (double) p.distinctCount() / present <= CATEGORY_SHARE;
    }

    private static boolean within(Optional<ColumnProfile> profile, double bound) {
        return profile.map(p -> inRange(p.min(), bound) && inRange(p.max(), bound)).orElse(true);
    }

    private static boolean inRange(Optional<String> value, double bound) {
        try {
            return value.map(v -> Math.abs(Double.parseDouble(v)) <= bound).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static boolean isTime(int jdbcType) {
        return switch (jdbcType) {
            case Types.DATE, Types.TIME, Types.TIMESTAMP, Types.TIME_WITH_TIMEZONE, Types.TIMESTAMP_WITH_TIMEZONE -> true;
            default -> false;
        };
    }

    static boolean isNumber(int jdbcType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                 Types.NUMERIC, Types.DECIMAL -> true;
            default -> false;
        };
    }

    /** "createdAt" and "Created At" look like "created_at" to the name rules. */
    static String snake(String name) {
        return name == null ? "" : name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replaceAll("[\\s\\-.]+", "_")
                .toLowerCase(Locale.ROOT);
    }
}
