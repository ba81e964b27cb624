package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.tenancy.entity.Slug;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ResultCachesTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final Slug acme = new Slug("acme");
    private final Slug globex = new Slug("globex");

    private static CachedResult result(int rows) {
        List<Object[]> data = new java.util.ArrayList<>();
        for (int i = 0; i < rows; i++) {
            data.add(new Object[] {(long) i, new BigDecimal("1.10"), LocalDate.of(2024, 1, 1), List.of(1L, 2L),
                    new byte[] {1, 2}, OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), null});
        }
        return new CachedResult(List.of(new ResultColumn("id", "integer", "pk")), data, 12);
    }

    @Test
    void entriesExpireAndStayWithTheirTenant() {
        LocalResults cache = new LocalResults(1000, now::get);
        cache.put(acme, "k", result(3), 60);
        assertEquals(3, cache.get(acme, "k").orElseThrow().rowCount());
        assertTrue(cache.get(globex, "k").isEmpty(), "another tenant's key never reaches this entry");
        now.addAndGet(60_000);
        assertTrue(cache.get(acme, "k").isEmpty(), "expired after the TTL");
    }

    @Test
    void theRowBudgetDropsTheLeastRecentlyUsed() {
        LocalResults cache = new LocalResults(10, now::get);
        cache.put(acme, "a", result(4), 60);
        cache.put(acme, "b", result(4), 60);
        cache.get(acme, "a");
        cache.put(acme, "c", result(4), 60);
        assertTrue(cache.get(acme, "b").isEmpty());
        assertTrue(cache.get(acme, "a").isPresent());
        assertTrue(cache.get(acme, "c").isPresent());
        cache.clear(acme);
        assertTrue(cache.get(acme, "a").isEmpty());
    }

    @Test
    void cachedValuesAreJdkTypesOnlyAndSurviveSerialisation() throws Exception {
        Object[] value = result(2).toCacheValue();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        Object[] back;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            back = (Object[]) in.readObject();
        }
        CachedResult restored = CachedResult.fromCacheValue(back);
        assertEquals(List.of(new ResultColumn("id", "integer", "pk")), restored.columns());
        assertEquals(2, restored.rowCount());
        assertEquals(new BigDecimal("1.10"), restored.rows().get(1)[1]);
        assertArrayEquals(new byte[] {1, 2}, (byte[]) restored.rows().get(1)[4]);
        assertEquals(12, restored.durationMs());
    }

    @Test
    void keysDependOnTenantSourceVersionSqlAndBinds() {
        CompiledSql sql = new CompiledSql("SELECT ?", List.of(1L));
        String key = ResultKeys.of(acme, 1, 1, sql);
        assertEquals(key, ResultKeys.of(acme, 1, 1, new CompiledSql("SELECT ?", List.of(1L))));
        assertNotEquals(key, ResultKeys.of(globex, 1, 1, sql));
        assertNotEquals(key, ResultKeys.of(acme, 2, 1, sql));
        assertNotEquals(key, ResultKeys.of(acme, 1, 2, sql), "an edited source does not serve old rows");
        assertNotEquals(key, ResultKeys.of(acme, 1, 1, new CompiledSql("SELECT ?", List.of(2L))));
        assertNotEquals(key, ResultKeys.of(acme, 1, 1, new CompiledSql("SELECT ?", List.of("1"))),
                "the bind's type counts too");
        assertEquals(64, key.length());
    }
}
