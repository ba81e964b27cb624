package com.insightiq.nlq.control;

import jakarta.ejb.ApplicationException;

/**
 * The language model is still loading and did not finish within the wait allowed per request: the client should retry
 * in a few seconds (the API answers 503 with Retry-After). An application exception, so it reaches the web layer
 * unwrapped.
 */
@ApplicationException(rollback = true)
public class LanguageNotReadyException extends RuntimeException {
    /** How long a client should wait before asking again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    public LanguageNotReadyException() {
        super("The language model is still loading; try again in a few seconds.");
    }
}
