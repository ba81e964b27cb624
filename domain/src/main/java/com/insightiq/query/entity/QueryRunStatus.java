package com.insightiq.query.entity;

import java.util.Locale;

/** How a run ended. */
public enum QueryRunStatus {
    COMPLETED, FAILED, CANCELLED, TIMEOUT;

    /** The lower-case code the API uses. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
