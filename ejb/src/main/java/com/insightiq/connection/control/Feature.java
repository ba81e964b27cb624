package com.insightiq.connection.control;

/** Capabilities that differ between engines; callers ask instead of checking the engine. */
public enum Feature {
    SCHEMAS,
    FOREIGN_KEYS,
    INDEXES,
    ESTIMATED_ROW_COUNTS,
    READ_ONLY_CONNECTIONS,
    STATEMENT_TIMEOUT,
    CANCEL_STATEMENT
}
