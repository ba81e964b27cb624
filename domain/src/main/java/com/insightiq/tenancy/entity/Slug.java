package com.insightiq.tenancy.entity;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's short name. It becomes part of a schema name and of URLs, so it is checked here and nowhere else:
 * lowercase ASCII, starting with a letter, 2–31 characters, and not a name PostgreSQL or InsightIQ reserves.
 * Boundaries check {@link #problemWith} first and answer with its message; the constructor guards programming errors.
 */
public record Slug(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[a-z][a-z0-9_]{1,30}$");
    private static final Set<String> RESERVED = Set.of(
            "public", "control", "batch", "information_schema", "admin", "api", "app", "www", "static",
            "health", "openapi", "metrics", "root", "postgres", "template0", "template1", "insightiq", "system");

    public Slug {
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Why a text is not a valid slug, in words a person understands, or null when it is valid. */
    public static String problemWith(String text) {
        if (text == null || text.isEmpty()) {
            return "The tenant slug is required.";
        }
        if (!SHAPE.matcher(text).matches()) {
            return "The tenant slug must be 2 to 31 characters: lowercase letters a–z, digits and underscores, "
                    + "starting with a letter.";
        }
        if (text.startsWith("pg_") || RESERVED.contains(text)) {
            return "The tenant slug '" + text + "' is reserved; choose another.";
        }
        return null;
    }

    public static boolean isValid(String text) {
        return problemWith(text) == null;
    }

    public String schema() {
        return "tenant_" + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
