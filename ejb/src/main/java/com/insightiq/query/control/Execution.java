package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One submitted query, from the queue to its result: bound to its tenant and user (nobody else finds it), watched by
 * request threads, advanced by one engine thread. Thread-safe.
 */
public final class Execution {
    private final String id;
    private final QuerySpec planned;
    private final Instant submittedAt = Instant.now();
    private final long submittedNanos = System.nanoTime();
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile ExecutionStatus status = ExecutionStatus.QUEUED;
    private volatile ResultPage result;
    private volatile QueryProblem problem;
    private volatile long finishedNanos;

    public Execution(String id, QuerySpec planned) {
        this.id = id;
        this.planned = planned;
    }

    public String id() {
        return id;
    }

    public Slug tenant() {
        return planned.tenant();
    }

    public long userId() {
        return planned.userId();
    }

    public QuerySpec planned() {
        return planned;
    }

    public RunControl control() {
        return planned.control();
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ExecutionStatus status() {
        return status;
    }

    public Optional<ResultPage> result() {
        return Optional.ofNullable(result);
    }

    public Optional<QueryProblem> problem() {
        return Optional.ofNullable(problem);
    }

    /** Since submission, queue time included: what a person waiting sees. */
    public long elapsedMs() {
        long end = finishedNanos == 0 ? System.nanoTime() : finishedNanos;
        return (end - submittedNanos) / 1_000_000;
    }

    public boolean isFinished() {
        return status.finished();
    }

    synchronized boolean start() {
        if (status != ExecutionStatus.QUEUED) {
            return false;
        }
        status = ExecutionStatus.RUNNING;
        return true;
    }

    synchronized void complete(ResultPage page) {
        if (!status.finished()) {
            result = page;
            finish(ExecutionStatus.COMPLETED);
        }
    }

    synchronized void fail(QueryProblem why) {
        if (!status.finished()) {
            problem = why;
            finish(switch (why.code()) {
                case QueryProblem.CANCELLED -> ExecutionStatus.CANCELLED;
                case QueryProblem.TIMEOUT -> ExecutionStatus.TIMEOUT;
                default -> ExecutionStatus.FAILED;
            });
        }
    }

    private void finish(ExecutionStatus end) {
        finishedNanos = System.nanoTime();
        status = end;
        done.complete(null);
    }

    long finishedNanos() {
        return finishedNanos;
    }

    /** Completes when the execution ends, for callers that must not block a thread while they wait. */
    public CompletionStage<Void> whenFinished() {
        return done.minimalCompletionStage();
    }

    /** Waits at most {@code wait} for the execution to finish; returns whether it has. */
    public boolean await(Duration wait) {
        if (wait.isZero() || wait.isNegative()) {
            return isFinished();
        }
        try {
            done.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return isFinished();
        } catch (ExecutionException e) {
            return true;
        }
        return true;
    }
}
