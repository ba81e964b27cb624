package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.nlq.control.PipelineState.Status;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundLoadTest {
    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void notStartedUntilAsked() {
        BackgroundLoad<String> load = new BackgroundLoad<>("test", () -> "x");
        assertEquals(Status.NOT_STARTED, load.state().status());
        assertNull(load.state().loadTime());
    }

    @Test
    void loadsOnceAndReportsTimeAndHeap() {
        AtomicInteger loads = new AtomicInteger();
        BackgroundLoad<byte[]> load = new BackgroundLoad<>("test", () -> {
            loads.incrementAndGet();
            return new byte[8 << 20];
        });
        load.start(executor);
        load.start(executor);
        assertEquals(8 << 20, load.await(Duration.ofSeconds(30)).length);
        assertEquals(8 << 20, load.await(Duration.ZERO).length);
        assertEquals(1, loads.get());
        PipelineState state = load.state();
        assertEquals(Status.READY, state.status());
        assertNotNull(state.loadTime());
        assertTrue(state.heapBytes() >= 4 << 20, () -> "heap " + state.heapBytes());
    }

    @Test
    void waitsABoundedTimeWhileLoading() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundLoad<String> load = new BackgroundLoad<>("test", () -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "ready";
        });
        load.start(executor);
        assertEquals(Status.LOADING, load.state().status());
        long started = System.nanoTime();
        assertThrows(LanguageNotReadyException.class, () -> load.await(Duration.ofMillis(200)));
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(10));
        release.countDown();
        assertEquals("ready", load.await(Duration.ofSeconds(30)));
    }

    @Test
    void aFailedLoadStaysFailedWithItsCause() {
        BackgroundLoad<String> load = new BackgroundLoad<>("test", () -> {
            throw new IllegalArgumentException("no model file");
        });
        load.start(executor);
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> load.await(Duration.ofSeconds(30)));
        assertTrue(e.getMessage().contains("no model file"));
        assertEquals(Status.FAILED, load.state().status());
        assertTrue(load.state().error().contains("no model file"));
        load.start(executor);
        assertEquals(Status.FAILED, load.state().status());
    }
}
