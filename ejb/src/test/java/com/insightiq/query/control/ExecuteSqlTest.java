package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ExecuteSqlTest {
    /** Long enough to cancel: H2 checks for cancellation while it joins. */
    static final String SLOW = "SELECT COUNT(*) FROM SYSTEM_RANGE(1, 200000) a, SYSTEM_RANGE(1, 200000) b "
            + "WHERE a.X + b.X = -1";

    private final ExecuteSql step = new ExecuteSql();

    @Test
    void opensAReadOnlyTransactionWithTheBindsAndOneRowMoreThanThePage() throws Exception {
        Connection h2 = QueryFixtures.h2("CREATE TABLE t (id INT)", "INSERT INTO t SELECT X FROM SYSTEM_RANGE(1, 50)");
        step.pools = QueryFixtures.poolOf(h2);
        CompiledSql sql = new CompiledSql("SELECT id FROM t WHERE id > ? ORDER BY id", List.of(10L));
        QuerySpec spec = step.apply(QueryFixtures.planned("SELECT id FROM t WHERE id > {{n}}", 5, 0)
                .withCompiled(sql, sql, List.of("t")));
        try (ResultCursor cursor = spec.cursor()) {
            assertFalse(h2.getAutoCommit(), "autocommit off: PostgreSQL streams only inside a transaction");
            assertEquals(6, cursor.statement().getMaxRows(), "page 0 asks for the page and one row more");
            assertEquals(ExecuteSql.FETCH_SIZE, cursor.statement().getFetchSize());
            assertTrue(cursor.rows().next());
            assertEquals(11, cursor.rows().getInt(1));
        }
        assertTrue(h2.isClosed(), "closing the cursor returns the connection");
    }

    @Test
    void aCachedResultNeedsNoConnection() {
        step.pools = null;
        QuerySpec cached = QueryFixtures.planned("SELECT 1", 5, 0).withCache("k", new CachedResult(List.of(),
                List.of(), 0));
        assertSame(cached, step.apply(cached));
    }

    @Test
    void databaseErrorsSayWhereTheyAre() throws Exception {
        step.pools = QueryFixtures.poolOf(QueryFixtures.h2());
        QueryFailedException e = assertThrows(QueryFailedException.class,
                () -> step.apply(QueryFixtures.planned("SELECT x\nFROM nowhere", 5, 0)));
        assertEquals(QueryProblem.QUERY_FAILED, e.problem().code());
        assertTrue(e.problem().message().toUpperCase().contains("NOWHERE"), e.problem().message());
    }

    @Test
    void cancelStopsTheStatementInTheDatabase() throws Exception {
        step.pools = QueryFixtures.poolOf(QueryFixtures.h2());
        QuerySpec spec = QueryFixtures.planned(SLOW, 5, 0);
        CompletableFuture<QueryProblem> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                step.apply(spec).cursor().close();
                return null;
            } catch (QueryFailedException e) {
                return e.problem();
            }
        });
        Thread.sleep(500);
        long started = System.nanoTime();
        spec.control().cancel();
        QueryProblem problem = outcome.get(10, TimeUnit.SECONDS);
        assertEquals(QueryProblem.CANCELLED, problem.code());
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5));
    }

    @Test
    void theTimeoutStopsTheStatement() throws Exception {
        step.pools = QueryFixtures.poolOf(QueryFixtures.h2());
        QuerySpec spec = QueryFixtures.planned(SLOW, 5, 0).withLimits(0, 5, Duration.ofSeconds(1), 0);
        QueryFailedException e = assertThrows(QueryFailedException.class, () -> step.apply(spec));
        assertEquals(QueryProblem.TIMEOUT, e.problem().code());
        assertTrue(e.problem().message().contains("1 seconds"), e.problem().message());
    }

    @Test
    void aRunCancelledBeforeItsStatementNeverStarts() throws Exception {
        step.pools = QueryFixtures.poolOf(QueryFixtures.h2());
        QuerySpec spec = QueryFixtures.planned("SELECT 1", 5, 0);
        spec.control().cancel();
        assertEquals(QueryProblem.CANCELLED, assertThrows(QueryFailedException.class, () -> step.apply(spec))
                .problem().code());
    }
}
