package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class StreamRowsTest {
    private final LocalResults cache = new LocalResults(10_000, System::currentTimeMillis);
    private final StreamRows step = new StreamRows();

    StreamRowsTest() {
        step.cache = cache;
        step.limits = QueryFixtures.limits(2000, 60, 4, 300);
    }

    private QuerySpec executed(int rows, Integer limit, String cacheKey) throws Exception {
        ExecuteSql execute = new ExecuteSql();
        execute.pools = QueryFixtures.poolOf(QueryFixtures.h2("CREATE TABLE t (id INT)",
                "INSERT INTO t SELECT X FROM SYSTEM_RANGE(1, " + rows + ")"));
        QuerySpec spec = execute.apply(QueryFixtures.planned("SELECT id FROM t ORDER BY id", limit, 0)
                .withCache(cacheKey, null));
        return spec.withColumns(List.of(new ResultColumn("id", "integer", null)));
    }

    @Test
    void aPageStopsAtItsLimitAndSaysMoreFollow() throws Exception {
        QueryFixtures.Collected sink = new QueryFixtures.Collected();
        QuerySpec spec = executed(30, 10, null).withSink(sink);
        try (ResultCursor cursor = spec.cursor()) {
            step.apply(spec);
        }
        assertEquals(10, sink.rows.size());
        assertEquals(10, sink.count);
        assertTrue(sink.truncated);
        assertArrayEquals(new Object[] {1L}, sink.rows.get(0));
        assertEquals(10, spec.control().rowsRead(), "progress counts rows read");
    }

    @Test
    void aCompleteSmallResultIsKeptForTheTenantsTtl() throws Exception {
        QueryFixtures.Collected sink = new QueryFixtures.Collected();
        QuerySpec spec = executed(8, 10, "key").withSink(sink);
        try (ResultCursor cursor = spec.cursor()) {
            step.apply(spec);
        }
        assertFalse(sink.truncated);
        CachedResult kept = cache.get(QueryFixtures.TENANT, "key").orElseThrow();
        assertEquals(8, kept.rowCount());
        assertEquals(kept.readAt().plusSeconds(spec.cacheTtlSeconds()), spec.control().reusableUntil().orElseThrow(),
                "what is made of the rows may live as long as the cache keeps them");

        QueryFixtures.Collected again = new QueryFixtures.Collected();
        QuerySpec replay = QueryFixtures.planned("SELECT id FROM t", 3, 0).withLimits(6, 3, Duration.ofSeconds(5), 60)
                .withCache("key", kept).withColumns(kept.columns()).withSink(again);
        step.apply(replay);
        assertEquals(List.of(7L, 8L), again.rows.stream().map(r -> r[0]).toList(), "a page of the cached rows");
        assertFalse(again.truncated);
        assertEquals(kept.readAt().plusSeconds(60), replay.control().reusableUntil().orElseThrow());
    }

    @Test
    void truncatedOrLargeResultsAreNotCached() throws Exception {
        QuerySpec page = executed(30, 10, "partial").withSink(new QueryFixtures.Collected());
        try (ResultCursor cursor = page.cursor()) {
            step.apply(page);
        }
        assertTrue(cache.get(QueryFixtures.TENANT, "partial").isEmpty());
        assertTrue(page.control().reusableUntil().isEmpty(), "nothing kept, nothing to reuse");
        QuerySpec export = executed(150, null, "large").withSink(new QueryFixtures.Collected());
        try (ResultCursor cursor = export.cursor()) {
            step.apply(export);
        }
        assertTrue(cache.get(QueryFixtures.TENANT, "large").isEmpty(), "over cache-max-rows (100 here)");
    }

    @Test
    void anExportReadsEveryRowUntilTheSinkStops() throws Exception {
        QueryFixtures.Collected sink = new QueryFixtures.Collected();
        QuerySpec spec = executed(5000, null, null).withSink(sink);
        try (ResultCursor cursor = spec.cursor()) {
            step.apply(spec);
        }
        assertEquals(5000, sink.count);
        assertFalse(sink.truncated);

        QueryFixtures.Collected stopping = new QueryFixtures.Collected();
        stopping.stopAfter = 3;
        QuerySpec stopped = executed(50, null, null).withSink(stopping);
        try (ResultCursor cursor = stopped.cursor()) {
            step.apply(stopped);
        }
        assertEquals(3, stopping.count);
        assertTrue(stopping.truncated);
    }

    @Test
    void aCancelledRunStopsReading() throws Exception {
        QuerySpec spec = executed(1000, null, null).withSink(new QueryFixtures.Collected());
        spec.control().cancel();
        try (ResultCursor cursor = spec.cursor()) {
            assertEquals(QueryProblem.CANCELLED, assertThrows(QueryFailedException.class, () -> step.apply(spec))
                    .problem().code());
        }
    }
}
