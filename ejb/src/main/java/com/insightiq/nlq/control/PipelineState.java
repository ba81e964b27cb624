package com.insightiq.nlq.control;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether the language pipeline can answer: {@code status} is NOT_STARTED, LOADING, READY or FAILED;
 * {@code loadTime} how long the load took (null until ready), {@code heapBytes} the live heap it added as measured
 * around the load (null until ready), {@code error} why it failed.
 */
public record PipelineState(Status status, Instant since, Duration loadTime, Long heapBytes, String error) {
    public enum Status {
        NOT_STARTED, LOADING, READY, FAILED
    }
}
