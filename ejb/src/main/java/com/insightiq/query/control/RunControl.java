package com.insightiq.query.control;

import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The handle on one running query that other threads hold: cancelling it cancels the statement in the database, and
 * it counts rows and time for progress and the interactive deadline. Thread-safe.
 */
public final class RunControl {
    private final QueryOrigin origin;
    private final AtomicLong rowsRead = new AtomicLong();
    private Statement statement;
    private boolean cancelled;
    private volatile long startedNanos;
    private volatile long deadlineNanos;
    private volatile boolean deadlinePassed;
    private volatile Instant replayedFrom;
    private volatile Instant rowsReadAt;
    private volatile Instant reusableUntil;

    public RunControl() {
        this(QueryOrigin.AD_HOC);
    }

    public RunControl(QueryOrigin origin) {
        this.origin = origin == null ? QueryOrigin.AD_HOC : origin;
    }

    /** What asked for the run: ad-hoc SQL or a saved question (fixed for the run's life). */
    public QueryOrigin origin() {
        return origin;
    }

    /** The clock starts: running, no longer queued. A zero {@code limit} means no deadline while reading rows. */
    public void started(Duration limit) {
        startedNanos = System.nanoTime();
        deadlineNanos = limit.isZero() ? 0 : startedNanos + limit.toNanos();
    }

    public boolean isStarted() {
        return startedNanos != 0;
    }

    public long elapsedMs() {
        long start = startedNanos;
        return start == 0 ? 0 : (System.nanoTime() - start) / 1_000_000;
    }

    /** Makes the statement cancellable; refuses when the run was cancelled before the statement existed. */
    public synchronized void attach(Statement running) {
        if (cancelled) {
            throw new QueryFailedException(QueryProblem.CANCELLED, "The query was cancelled.");
        }
        this.statement = running;
    }

    public synchronized void detach() {
        this.statement = null;
    }

    /** Stops the run: the database stops the statement; the reading thread sees {@link #isCancelled()}. */
    public void cancel() {
        Statement running;
        synchronized (this) {
            cancelled = true;
            running = statement;
        }
        cancelStatement(running);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Called per row while reading: counts, and stops the statement once the interactive deadline passed. */
    public void rowRead() {
        rowsRead.incrementAndGet();
    }

    public long rowsRead() {
        return rowsRead.get();
    }

    /** Throws when the run was cancelled or its deadline passed (the statement is then cancelled too). */
    public void check() {
        if (isCancelled()) {
            throw new QueryFailedException(QueryProblem.CANCELLED, "The query was cancelled.");
        }
        long deadline = deadlineNanos;
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            deadlinePassed = true;
            Statement running;
            synchronized (this) {
                running = statement;
            }
            cancelStatement(running);
            throw timeout();
        }
    }

    /** The run answers from a cached result whose rows were read at {@code readAt}. */
    public void replaying(Instant readAt) {
        this.replayedFrom = readAt;
    }

    /** The database's rows were all read at {@code at} (the time a cached copy keeps too). */
    public void rowsRead(Instant at) {
        this.rowsReadAt = at;
    }

    /** When this run's rows were read: from the database, or, for a replay, when the cached rows were. */
    public Optional<Instant> rowsReadAt() {
        return Optional.ofNullable(replayedFrom != null ? replayedFrom : rowsReadAt);
    }

    /**
     * The run's rows are (or came from) the result cache, which keeps them until {@code until}: whatever was made of
     * them (a rendered dashboard card) may be reused as long.
     */
    public void reusableUntil(Instant until) {
        this.reusableUntil = until;
    }

    /** Until when the rows may be reused; empty when the cache did not keep them (TTL 0, truncated, too large). */
    public Optional<Instant> reusableUntil() {
        return Optional.ofNullable(reusableUntil);
    }

    /** When the cached rows this run replayed were read; empty when it read the database. */
    public Optional<Instant> replayedFrom() {
        return Optional.ofNullable(replayedFrom);
    }

    public boolean deadlinePassed() {
        return deadlinePassed;
    }

    QueryFailedException timeout() {
        long seconds = deadlineNanos == 0 ? 0 : Math.round((deadlineNanos - startedNanos) / 1e9);
        return new QueryFailedException(QueryProblem.TIMEOUT, seconds > 0
                ? "The query took longer than " + seconds + " seconds and was stopped."
                : "The query took too long and was stopped.");
    }

    private static void cancelStatement(Statement running) {
        if (running == null) {
            return;
        }
        try {
            running.cancel();
        } catch (SQLException | RuntimeException e) {
            // Already finished or closed: nothing left to stop.
        }
    }
}
