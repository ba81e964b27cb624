package com.insightiq.query.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.entity.User;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.control.Execution;
import com.insightiq.query.control.ExecutionStatus;
import com.insightiq.query.control.Executions;
import com.insightiq.query.control.QueryEngine;
import com.insightiq.query.control.QueryProblem;
import com.insightiq.query.control.QuerySpec;
import com.insightiq.query.control.ResultPage;
import com.insightiq.query.control.RowSink;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.query.entity.QueryRun;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The door to the query engine for pages and resources: checks tenant and role once, then hands the engine a
 * {@link QuerySpec}. Methods that wait for a query hold no transaction while they wait. Executions belong to their
 * tenant and user: another tenant's id, or another member's (unless a tenant admin asks), is unknown (404).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Queries {
    static final int MAX_HISTORY = 500;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    QueryAccess queryAccess;

    @Inject
    TenantAccess access;

    @Inject
    QueryEngine engine;

    @Inject
    Caller caller;

    @Inject
    Executions executions;


    /** Wakes waiting callers; the server's default scheduler, not the engine's threads. */
    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Checks and queues the query; returns at once with {@code queued} or {@code running}. 400/403/404 as usual. */
    public ExecutionState submit(String slug, QueryForm form) {
        QueryAccess.Member member = queryAccess.enter(slug, "run");
        QueryForm request = form == null ? new QueryForm(null, null, null, null, null) : form;
        Execution execution = engine.submit(QuerySpec.of(member.tenant(), member.userId(), request.dataSourceId(),
                request.sql(), request.parameters(), QueryPurpose.INTERACTIVE, request.offset(), request.limit()));
        return state(execution);
    }

    /** Waits up to {@code wait} for the caller's execution to finish and returns its state (result when completed). */
    public ExecutionState await(String slug, String executionId, Duration wait) {
        Execution execution = find(queryAccess.enter(slug, "run"), executionId);
        execution.await(wait);
        return state(execution);
    }

    /**
     * Like {@link #await} without holding a thread while waiting: the stage completes on one of the server's managed
     * threads when the execution ends, or after {@code wait} with its state then. Request threads are few (Payara's
     * HTTP pool has five by default); a person waiting two minutes for a query must not hold one.
     */
    public CompletionStage<ExecutionState> awaitLater(String slug, String executionId, Duration wait) {
        Execution execution = find(queryAccess.enter(slug, "run"), executionId);
        CompletableFuture<ExecutionState> answer = new CompletableFuture<>();
        if (execution.isFinished() || wait.isZero() || wait.isNegative()) {
            answer.complete(state(execution));
            return answer;
        }
        ScheduledFuture<?> timer = scheduler.schedule(() -> answer.complete(state(execution)), wait.toMillis(),
                TimeUnit.MILLISECONDS);
        execution.whenFinished().thenRunAsync(() -> {
            timer.cancel(false);
            answer.complete(state(execution));
        }, scheduler);
        return answer;
    }

    /** Another page of a completed execution (served from the cache when present, else read again). */
    public QueryPage page(String slug, String executionId, long offset, int limit) {
        Execution execution = find(queryAccess.enter(slug, "run"), executionId);
        return page(execution.id(), engine.page(execution, offset, limit));
    }

    /** Stops a queued or running execution of this tenant: the statement is cancelled in the database. */
    public void cancel(String slug, String executionId) {
        engine.cancel(find(queryAccess.enter(slug, "run"), executionId));
    }

    /** Runs the whole result (no row cap) into {@code sink} on the calling thread; reuses a complete cached result. */
    public void export(String slug, QueryForm form, RowSink sink) {
        QueryAccess.Member member = queryAccess.enter(slug, "run");
        QueryForm request = form == null ? new QueryForm(null, null, null, null, null) : form;
        engine.exportNow(QuerySpec.of(member.tenant(), member.userId(), request.dataSourceId(), request.sql(),
                request.parameters(), QueryPurpose.EXPORT, null, null), sink);
    }

    /** The caller's own recent runs, newest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<HistoryEntry> history(String slug, int limit) {
        access.enter(slug, QueryAccess.RESOURCE, "view");
        return entries(em.createNamedQuery(QueryRun.OF_USER, QueryRun.class).setParameter("userId", caller.userId())
                .setMaxResults(bounded(limit)).getResultList());
    }

    /** Every member's recent runs in the tenant (tenant admins), optionally of one user. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<HistoryEntry> log(String slug, int limit, Long userId) {
        access.enter(slug, QueryAccess.LOG_RESOURCE, "view");
        List<QueryRun> runs = userId == null
                ? em.createNamedQuery(QueryRun.ALL, QueryRun.class).setMaxResults(bounded(limit)).getResultList()
                : em.createNamedQuery(QueryRun.OF_USER, QueryRun.class).setParameter("userId", userId)
                .setMaxResults(bounded(limit)).getResultList();
        return entries(runs);
    }

    /** Where an execution stands, with its first page once completed. */
    private ExecutionState state(Execution execution) {
        String status = execution.status().code();
        Integer position = null;
        if (execution.status() == ExecutionStatus.QUEUED) {
            position = Math.max(1, engine.queuePosition(execution));
        }
        QueryPage result = execution.result().map(r -> page(execution.id(), r)).orElse(null);
        QueryError error = execution.problem().map(Queries::error).orElse(null);
        return new ExecutionState(execution.id(), status, position, execution.control().rowsRead(),
                execution.elapsedMs(), result, error);
    }

    public static QueryPage page(String executionId, ResultPage r) {
        return new QueryPage(executionId, r.columns(), r.rows(), r.rowCount(), r.offset(), r.truncated(),
                r.durationMs(), r.cached());
    }

    public static QueryError error(QueryProblem p) {
        return new QueryError(p.code(), p.message(), p.line(), p.position());
    }

    private Execution find(QueryAccess.Member member, String executionId) {
        return executions.find(member.tenant(), executionId).filter(e -> member.mayWatch(e.userId()))
                .orElseThrow(() -> new NotFoundException("There is no query execution '"
                        + printable(executionId) + "' here; finished executions are kept for 15 minutes."));
    }

    private List<HistoryEntry> entries(List<QueryRun> runs) {
        Set<Long> ids = runs.stream().map(QueryRun::userId).collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT u FROM User u WHERE u.id IN :ids", User.class).setParameter("ids", ids)
                    .getResultStream().forEach(u -> names.put(u.id(), u.name()));
        }
        return runs.stream().map(r -> new HistoryEntry(r.executionId(), r.userId(), names.get(r.userId()),
                r.dataSourceId(), r.sql(), r.parameters(), r.status().code(), r.rowCount().orElse(null),
                r.durationMs().orElse(null), r.error().orElse(null), r.cached(), r.startedAt())).toList();
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit <= 0 ? 50 : limit, MAX_HISTORY));
    }

    private static String printable(String text) {
        if (text == null) {
            return "";
        }
        String cleaned = text.replaceAll("[^0-9A-Za-z\\-]", "?");
        return cleaned.length() > 40 ? cleaned.substring(0, 40) + "…" : cleaned;
    }
}
