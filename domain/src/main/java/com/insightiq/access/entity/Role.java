package com.insightiq.access.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a member may do inside one tenant: admin — everything; analyst — connect sources, write SQL, build questions
 * and dashboards; viewer — open and filter what is shared, no SQL.
 */
public enum Role {
    ADMIN, ANALYST, VIEWER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(r -> r.label().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
