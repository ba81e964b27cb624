package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.query.entity.QueryRun;
import com.insightiq.query.entity.QueryRunStatus;
import com.insightiq.tenancy.entity.Slug;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class QueryEngineTest {
    private final List<QueryRun> history = new CopyOnWriteArrayList<>();
    private final CountDownLatch gate = new CountDownLatch(1);
    private final QueryEngine engine = new QueryEngine();

    /** A pipeline whose plan is the identity and whose run emits one row, after the gate opens for "SLOW". */
    QueryEngineTest() {
        QueryStep emit = new QueryStep() {
            @Override
            public Phase phase() {
                return Phase.RUN;
            }

            @Override
            public QuerySpec apply(QuerySpec spec) {
                try {
                    if (spec.sql().contains("SLOW")) {
                        while (!gate.await(10, TimeUnit.MILLISECONDS)) {
                            spec.control().check();
                        }
                    }
                    if (spec.sql().contains("BROKEN")) {
                        throw new QueryFailedException(QueryProblem.QUERY_FAILED, "syntax error");
                    }
                    spec.sink().columns(List.of(new ResultColumn("x", "integer", null)));
                    spec.sink().row(new Object[] {1L});
                    spec.sink().finish(1, false);
                    return spec;
                } catch (InterruptedException | java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        QueryStep validate = new QueryStep() {
            @Override
            public Phase phase() {
                return Phase.PLAN;
            }

            @Override
            public QuerySpec apply(QuerySpec spec) {
                if (spec.sql().isBlank()) {
                    throw new com.insightiq.platform.control.InvalidInputException("sql is required");
                }
                return spec.withLimits(spec.offset(), 10, Duration.ofSeconds(30), 0);
            }
        };
        engine.pipeline = new QueryPipeline(List.of(validate, emit));
        engine.executions = new Executions();
        engine.queues = new TenantQueues();
        engine.limits = QueryFixtures.limits(2000, 30, 1, 0);
        engine.threads = new QueryThreads() {
            @Override
            public void execute(Runnable task) {
                Thread thread = new Thread(task);
                thread.setDaemon(true);
                thread.start();
            }
        };
        engine.ledger = new QueryRunLedger() {
            @Override
            public void record(Slug tenant, QueryRun run) {
                history.add(run);
            }
        };
    }

    @Test
    void aQueryRunsOnAnEngineThreadAndIsRecorded() {
        Execution execution = engine.submit(QueryFixtures.request("SELECT 1"));
        assertTrue(execution.await(Duration.ofSeconds(5)));
        assertEquals(ExecutionStatus.COMPLETED, execution.status());
        assertEquals(1, execution.result().orElseThrow().rowCount());
        assertEquals(1, history.size());
        assertEquals(QueryRunStatus.COMPLETED, history.get(0).status());
        assertEquals(execution.id(), history.get(0).executionId());
    }

    @Test
    void theSecondQueryOfATenantWaitsItsTurnAndCanLeaveTheQueue() {
        Execution slow = engine.submit(QueryFixtures.request("SELECT SLOW"));
        Execution waiting = engine.submit(QueryFixtures.request("SELECT 2"));
        Execution third = engine.submit(QueryFixtures.request("SELECT 3"));
        assertEquals(ExecutionStatus.QUEUED, waiting.status());
        assertEquals(1, engine.queuePosition(waiting));
        assertEquals(2, engine.queuePosition(third));
        engine.cancel(waiting);
        assertEquals(ExecutionStatus.CANCELLED, waiting.status());
        assertEquals(1, engine.queuePosition(third));
        gate.countDown();
        assertTrue(third.await(Duration.ofSeconds(5)));
        assertEquals(ExecutionStatus.COMPLETED, slow.status());
        assertEquals(ExecutionStatus.COMPLETED, third.status());
    }

    @Test
    void cancellingARunningQueryStopsIt() {
        Execution slow = engine.submit(QueryFixtures.request("SELECT SLOW"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (slow.status() == ExecutionStatus.QUEUED && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        engine.cancel(slow);
        assertEquals(ExecutionStatus.CANCELLED, slow.status());
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (history.isEmpty() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(QueryRunStatus.CANCELLED, history.get(0).status(), "recorded once the engine thread let go");
    }

    @Test
    void failuresAreRecordedWithTheirCode() {
        Execution broken = engine.submit(QueryFixtures.request("SELECT BROKEN"));
        assertTrue(broken.await(Duration.ofSeconds(5)));
        assertEquals(ExecutionStatus.FAILED, broken.status());
        assertEquals("syntax error", broken.problem().orElseThrow().message());
        QueryFailedException refused = assertThrows(QueryFailedException.class,
                () -> engine.submit(QueryFixtures.request(" ")));
        assertEquals(QueryProblem.INVALID_INPUT, refused.problem().code());
        assertEquals(2, history.size(), "refused input is history too");
        assertEquals("invalid-input", history.get(1).errorCode().orElseThrow());
    }

    @Test
    void exportsRunOnTheCallersThreadIntoTheSink() {
        QueryFixtures.Collected sink = new QueryFixtures.Collected();
        engine.exportNow(QueryFixtures.request("SELECT 1"), sink);
        assertEquals(1, sink.count);
        assertFalse(sink.truncated);
        assertEquals(0, engine.queues.running(QueryFixtures.TENANT), "the slot is given back");
    }
}
