package com.insightiq.query.boundary;

import com.insightiq.query.control.RowSink;
import jakarta.ejb.Stateless;
import java.time.Duration;
import java.util.List;

/**
 * CONTRACT STUB (issue 4): the door to the query engine for pages and resources. The engine helper replaces every
 * body; signatures may only grow.
 */
@Stateless
public class Queries {

    /** Checks and queues the query; returns at once with {@code queued} or {@code running}. 400/403/404 as usual. */
    public ExecutionState submit(String slug, QueryForm form) {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Waits up to {@code wait} for the caller's execution to finish and returns its state (result when completed). */
    public ExecutionState await(String slug, String executionId, Duration wait) {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Another page of a completed execution (served from the cache when present, else read again). */
    public QueryPage page(String slug, String executionId, long offset, int limit) {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Stops a queued or running execution of this tenant: the statement is cancelled in the database. */
    public void cancel(String slug, String executionId) {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Runs the whole result (no row cap) into {@code sink} on the calling thread; reuses a complete cached result. */
    public void export(String slug, QueryForm form, RowSink sink) {
        throw new UnsupportedOperationException("issue 4");
    }

    /** The caller's own recent runs, newest first. */
    public List<HistoryEntry> history(String slug, int limit) {
        throw new UnsupportedOperationException("issue 4");
    }

    /** Every member's recent runs in the tenant (tenant admins), optionally of one user. */
    public List<HistoryEntry> log(String slug, int limit, Long userId) {
        throw new UnsupportedOperationException("issue 4");
    }
}
