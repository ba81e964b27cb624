package com.insightiq.catalog.entity;

import java.util.Locale;
import java.util.Set;

/** Human names from database names: "created_at" → "Created At", "user_id" → "User ID", "orderLines" → "Order Lines". */
public final class DisplayNames {
    private static final Set<String> UPPER = Set.of("id", "url", "uri", "ip", "uuid", "sku", "api", "vat", "iso", "sql");

    private DisplayNames() {
    }

    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[_\\-.\\s]+", " ").trim();
        if (spaced.isEmpty()) {
            return name;
        }
        StringBuilder out = new StringBuilder();
        for (String word : spaced.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (UPPER.contains(lower)) {
                out.append(lower.toUpperCase(Locale.ROOT));
            } else {
                out.appendCodePoint(Character.toTitleCase(word.codePointAt(0)))
                        .append(word.substring(Character.charCount(word.codePointAt(0))));
            }
        }
        return out.length() > 200 ? out.substring(0, 200) : out.toString();
    }
}
