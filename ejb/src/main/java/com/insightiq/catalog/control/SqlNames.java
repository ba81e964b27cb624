package com.insightiq.catalog.control;

import com.insightiq.connection.control.Driver;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a catalog name is written into SQL by hand: as it is when every engine reads it back unchanged (lower case
 * letters, digits and underscores, not a reserved word), else quoted the engine's way. Editors insert these.
 */
public final class SqlNames {
    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    /** Words reserved in standard SQL or in one of the supported engines that also look like plain names. */
    private static final Set<String> RESERVED = Set.of("all", "alter", "analyse", "analyze", "and", "any", "array",
            "as", "asc", "between", "both", "by", "case", "cast", "check", "collate", "column", "constraint", "create",
            "cross", "current_date", "current_time", "current_timestamp", "current_user", "database", "default",
            "delete", "desc", "distinct", "do", "drop", "else", "end", "except", "exists", "false", "fetch", "for",
            "foreign", "from", "full", "grant", "group", "having", "in", "index", "inner", "insert", "intersect",
            "into", "is", "join", "key", "leading", "left", "like", "limit", "natural", "not", "null", "offset", "on",
            "only", "or", "order", "outer", "over", "primary", "references", "right", "rows", "schema", "select",
            "session_user", "set", "some", "table", "then", "to", "top", "trailing", "true", "union", "unique",
            "update", "user", "using", "values", "view", "when", "where", "window", "with");

    private SqlNames() {
    }

    public static String name(Driver driver, String identifier) {
        return PLAIN.matcher(identifier).matches() && !RESERVED.contains(identifier.toLowerCase(Locale.ROOT))
                ? identifier : driver.quote(identifier);
    }

    /** A table as SQL names it: qualified with its schema unless the source has only that one schema. */
    public static String table(Driver driver, String schema, String table, boolean qualify) {
        return qualify && schema != null && !schema.isEmpty()
                ? name(driver, schema) + "." + name(driver, table) : name(driver, table);
    }
}
