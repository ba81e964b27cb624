package com.insightiq.catalog.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a column means beyond its database type; inferred by sync, overridable by tenant admins. */
public enum SemanticType {
    PK, FK, CATEGORY, DATE_TIME, QUANTITY, CURRENCY, PERCENTAGE, EMAIL, URL, LATITUDE, LONGITUDE, NAME, ID;

    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Accepts the API code ("date-time") or the constant name. */
    public static Optional<SemanticType> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String normalised = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(values()).filter(t -> t.name().equals(normalised)).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(SemanticType::code).toList());
    }
}
