package com.insightiq.connection.control;

/**
 * Why a connection failed, in words a person can act on. {@code kind} is stable for the API and tests; the message
 * never carries a secret and never the raw driver text.
 */
public record ConnectionProblem(Kind kind, String message) {

    public enum Kind {
        WRONG_CREDENTIALS,
        UNKNOWN_HOST,
        PORT_CLOSED,
        DATABASE_MISSING,
        SSL_REQUIRED,
        SSL_FAILED,
        TIMEOUT,
        HOST_NOT_ALLOWED,
        SSH_FAILED,
        PERMISSION_DENIED,
        UNKNOWN
    }

    public String code() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
