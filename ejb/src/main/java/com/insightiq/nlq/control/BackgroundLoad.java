package com.insightiq.nlq.control;

import com.insightiq.nlq.control.PipelineState.Status;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Something expensive loaded once, off the caller's thread, with its state, load time and the live heap it added
 * (used heap after a GC before and after the load; one {@code System.gc()} per load is the price of a figure that
 * means something). Callers wait a bounded time for it; a failed load stays failed (the cause is in the state).
 */
final class BackgroundLoad<T> {
    private static final Logger LOG = Logger.getLogger(BackgroundLoad.class.getName());
    private final String what;
    private final Supplier<T> loader;
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile PipelineState state = new PipelineState(Status.NOT_STARTED, Instant.now(), null, null, null);
    private boolean started;

    BackgroundLoad(String what, Supplier<T> loader) {
        this.what = what;
        this.loader = loader;
    }

    /** Starts the load on {@code executor} unless it was started before. */
    void start(Executor executor) {
        synchronized (this) {
            if (started) {
                return;
            }
            started = true;
            state = new PipelineState(Status.LOADING, Instant.now(), null, null, null);
        }
        try {
            executor.execute(this::run);
        } catch (RuntimeException e) {
            fail(e);
        }
    }

    /**
     * The loaded value, waiting at most {@code wait} for a load in progress.
     *
     * @throws LanguageNotReadyException when still loading after the wait
     * @throws IllegalStateException when the load failed
     */
    T await(Duration wait) {
        try {
            return result.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LanguageNotReadyException();
        } catch (ExecutionException e) {
            throw new IllegalStateException("The language model could not be loaded: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageNotReadyException();
        }
    }

    PipelineState state() {
        return state;
    }

    private void run() {
        try {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            memory.gc();
            long before = memory.getHeapMemoryUsage().getUsed();
            long startNanos = System.nanoTime();
            T value = loader.get();
            Duration took = Duration.ofNanos(System.nanoTime() - startNanos);
            memory.gc();
            long added = Math.max(0, memory.getHeapMemoryUsage().getUsed() - before);
            state = new PipelineState(Status.READY, Instant.now(), took, added, null);
            LOG.info(() -> String.format("%s loaded in %d ms; it added %d MB of live heap.", what, took.toMillis(),
                    added >> 20));
            result.complete(value);
        } catch (RuntimeException | Error e) {
            fail(e);
            if (e instanceof VirtualMachineError) {
                throw (Error) e;
            }
        }
    }

    private void fail(Throwable e) {
        state = new PipelineState(Status.FAILED, Instant.now(), null, null, String.valueOf(e));
        result.completeExceptionally(e);
    }
}
