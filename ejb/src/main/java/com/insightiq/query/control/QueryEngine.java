package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.query.entity.QueryRun;
import com.insightiq.query.entity.QueryRunStatus;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs queries through the {@link QueryPipeline}: plans on the caller's thread, executes on the engine's threads in
 * the tenant's FIFO lane, keeps each execution for polling, and writes every run — completed, failed, cancelled,
 * timed out or cached — into the tenant's history before anyone waiting hears the run ended. Also the entry for
 * callers without a request (background exports).
 */
@ApplicationScoped
public class QueryEngine {
    private static final Logger LOG = Logger.getLogger(QueryEngine.class.getName());
    /** How long a cancel waits for the database to confirm the statement stopped before answering anyway. */
    static final Duration CANCEL_WAIT = Duration.ofSeconds(5);

    @Inject
    QueryPipeline pipeline;

    @Inject
    Executions executions;

    @Inject
    TenantQueues queues;

    @Inject
    QueryThreads threads;

    @Inject
    QueryRunLedger ledger;

    @Inject
    QueryLimits limits;

    /** Plans the query now (bad input fails here), then queues it; a cached result completes before this returns. */
    public Execution submit(QuerySpec request) {
        String id = UUID.randomUUID().toString();
        QuerySpec planned = plan(id, request);
        Execution execution = new Execution(id, planned);
        executions.register(execution);
        if (planned.cached() != null) {
            execution.start();
            runInteractive(execution);
            return execution;
        }
        queues.enqueue(planned.tenant(), limits.forTenant(planned.tenant()).maxConcurrent(), new TenantQueues.Ticket() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void start() {
                try {
                    threads.execute(() -> runQueued(execution));
                } catch (RuntimeException rejected) {
                    LOG.log(Level.SEVERE, "The query threads refused execution " + id, rejected);
                    execution.fail(QueryProblem.of(QueryProblem.QUERY_FAILED,
                            "The server is too busy to run the query now; try again in a moment."));
                    queues.release(execution.tenant());
                }
            }
        });
        return execution;
    }

    /** Another page of a completed execution: from its first page or the cache when they hold it, else read again. */
    public ResultPage page(Execution execution, long offset, int limit) {
        ResultPage first = execution.result().orElseThrow(() ->
                new InvalidInputException("The query has not completed; there are no rows to page through."));
        int size = Math.max(1, Math.min(limit, limits.rowCap()));
        long held = first.offset() + first.rowCount();
        if (offset >= first.offset() && (offset + size <= held || !first.truncated())) {
            int from = (int) Math.min(first.rowCount(), offset - first.offset());
            int to = (int) Math.min(first.rowCount(), from + (long) size);
            boolean more = first.offset() + to < held || first.truncated();
            return new ResultPage(first.columns(), first.rows().subList(from, to), offset, more, 0, first.cached());
        }
        Execution page = submit(execution.planned().forPage(offset, size));
        if (!page.await(execution.planned().timeout().plusSeconds(10))) {
            cancel(page);
        }
        return page.result().orElseThrow(() -> new QueryFailedException(page.problem().orElse(
                QueryProblem.of(QueryProblem.TIMEOUT, "The page took too long to read."))));
    }

    /** 1 for the next to start in the tenant's lane; 0 when not waiting. */
    public int queuePosition(Execution execution) {
        return queues.position(execution.tenant(), execution.id());
    }

    /** Stops an execution: out of the queue, or its statement cancelled in the database (waits for it to stop). */
    public void cancel(Execution execution) {
        if (queues.withdraw(execution.tenant(), execution.id())) {
            QueryProblem problem = QueryProblem.of(QueryProblem.CANCELLED,
                    "The query was cancelled before it started.");
            record(execution.id(), execution.planned(), Instant.now(), QueryRunStatus.CANCELLED, 0L, problem, false);
            execution.fail(problem);
            return;
        }
        long deadline = System.nanoTime() + CANCEL_WAIT.toNanos();
        do {
            execution.control().cancel();
            if (execution.await(Duration.ofMillis(200))) {
                return;
            }
        } while (System.nanoTime() < deadline);
        LOG.warning("Execution " + execution.id() + " did not stop within " + CANCEL_WAIT.toSeconds() + " s of cancel");
    }

    /**
     * Background exports (no request, no signed-in caller): the whole result into {@code sink} on the calling thread,
     * with the same pipeline — the user must still be an analyst or admin of the tenant.
     */
    public void export(Slug tenant, long userId, QueryForm form, RowSink sink) {
        exportNow(QuerySpec.of(tenant, userId, form.dataSourceId(), form.sql(), form.parameters(),
                QueryPurpose.EXPORT, null, null), sink);
    }

    /** Every row into {@code sink} on the calling thread, in the tenant's lane; a complete cached result is reused. */
    public void exportNow(QuerySpec request, RowSink sink) {
        String id = UUID.randomUUID().toString();
        QuerySpec planned = plan(id, request).withSink(sink);
        if (planned.cached() != null) {
            runToSink(id, planned);
            return;
        }
        Slug tenant = planned.tenant();
        CountDownLatch slot = new CountDownLatch(1);
        queues.enqueue(tenant, limits.forTenant(tenant).maxConcurrent(), new TenantQueues.Ticket() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public void start() {
                slot.countDown();
            }
        });
        try {
            if (!slot.await(limits.maxTimeoutSeconds(), TimeUnit.SECONDS) && queues.withdraw(tenant, id)) {
                throw new QueryFailedException(QueryProblem.TIMEOUT, "The export waited too long for a free slot: "
                        + "the tenant's other queries are still running.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (queues.withdraw(tenant, id)) {
                throw new QueryFailedException(QueryProblem.CANCELLED, "The export was cancelled.");
            }
        }
        try {
            runToSink(id, planned);
        } finally {
            queues.release(tenant);
        }
    }

    private void runToSink(String id, QuerySpec planned) {
        Instant started = Instant.now();
        planned.control().started(Duration.ZERO);
        try {
            pipeline.run(planned);
            record(id, planned, started, QueryRunStatus.COMPLETED, planned.control().rowsRead(), null,
                    planned.cached() != null);
        } catch (QueryFailedException e) {
            record(id, planned, started, status(e.problem()), planned.control().rowsRead(), e.problem(), false);
            throw e;
        } catch (RuntimeException e) {
            record(id, planned, started, QueryRunStatus.FAILED, planned.control().rowsRead(),
                    QueryProblem.of(QueryProblem.QUERY_FAILED, String.valueOf(e.getMessage())), false);
            throw e;
        }
    }

    private void runQueued(Execution execution) {
        try {
            if (execution.start()) {
                runInteractive(execution);
            }
        } finally {
            queues.release(execution.tenant());
        }
    }

    private void runInteractive(Execution execution) {
        QuerySpec spec = execution.planned();
        Instant started = Instant.now();
        spec.control().started(spec.timeout());
        PageCollector page = new PageCollector();
        try {
            pipeline.run(spec.withSink(page));
            ResultPage result = page.page(spec.offset(), spec.control().elapsedMs(), spec.cached() != null);
            record(execution.id(), spec, started, QueryRunStatus.COMPLETED, (long) result.rowCount(), null,
                    result.cached());
            execution.complete(result);
        } catch (QueryFailedException e) {
            record(execution.id(), spec, started, status(e.problem()), null, e.problem(), false);
            execution.fail(e.problem());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Query execution " + execution.id() + " failed, reference " + reference, e);
            QueryProblem problem = QueryProblem.of(QueryProblem.QUERY_FAILED, "Something went wrong on the server "
                    + "(reference " + reference + "); the log has the details.");
            record(execution.id(), spec, started, QueryRunStatus.FAILED, null, problem, false);
            execution.fail(problem);
        }
    }

    /** Runs the PLAN steps; refused input is recorded in the history too, then thrown with its code. */
    private QuerySpec plan(String id, QuerySpec request) {
        Instant started = Instant.now();
        try {
            return pipeline.plan(request);
        } catch (InvalidInputException e) {
            QueryFailedException failed = new QueryFailedException(QueryProblem.INVALID_INPUT, e.getMessage());
            recordRefused(id, request, started, failed.problem());
            throw failed;
        } catch (QueryFailedException e) {
            recordRefused(id, request, started, e.problem());
            throw e;
        }
    }

    private void recordRefused(String id, QuerySpec request, Instant started, QueryProblem problem) {
        if (request.dataSourceId() != null && request.sql() != null) {
            record(id, request, started, status(problem), null, problem, false);
        }
    }

    private void record(String id, QuerySpec spec, Instant started, QueryRunStatus status, Long rows,
                        QueryProblem problem, boolean cached) {
        try {
            QueryRun run = new QueryRun(id, spec.userId(), spec.dataSourceId(), spec.purpose(), spec.sql(),
                    parametersJson(spec), started)
                    .end(status, rows, problem == null ? null : problem.code(),
                            problem == null ? null : problem.message(), cached, Instant.now())
                    .forQuestion(spec.control().origin().questionId())
                    .forDashboard(spec.control().origin().dashboardId());
            ledger.record(spec.tenant(), run);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Query run " + id + " of " + spec.tenant() + " not written to history", e);
        }
    }

    /** The values as given, for the history: [{name, type, value, columnId?, alias?}, …]. */
    static String parametersJson(QuerySpec spec) {
        List<Map<String, Object>> given = new ArrayList<>();
        for (ParameterForm form : spec.forms()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", form.name());
            entry.put("type", form.type());
            entry.put("value", form.value());
            if (form.columnId() != null) {
                entry.put("columnId", form.columnId());
            }
            if (form.alias() != null) {
                entry.put("alias", form.alias());
            }
            given.add(entry);
        }
        return JsonText.of(given);
    }

    static QueryRunStatus status(QueryProblem problem) {
        return switch (problem.code()) {
            case QueryProblem.CANCELLED -> QueryRunStatus.CANCELLED;
            case QueryProblem.TIMEOUT -> QueryRunStatus.TIMEOUT;
            default -> QueryRunStatus.FAILED;
        };
    }
}
