package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookUpCacheTest {
    private final LocalResults cache = new LocalResults(1000, System::currentTimeMillis);
    private final LookUpCache step = new LookUpCache();

    LookUpCacheTest() {
        step.cache = cache;
    }

    @Test
    void aMissGivesTheKeyToFillLater() {
        QuerySpec spec = step.apply(QueryFixtures.planned("SELECT 1", 10, 0));
        assertNotNull(spec.cacheKey());
        assertNull(spec.cached());
    }

    @Test
    void aHitCarriesTheCompleteResult() {
        QuerySpec planned = QueryFixtures.planned("SELECT 1", 10, 0);
        String key = ResultKeys.of(planned.tenant(), 1, 3, planned.compiled());
        cache.put(planned.tenant(), key, new CachedResult(List.of(new ResultColumn("x", "integer", null)),
                List.<Object[]>of(new Object[] {1L}), 5), 60);
        QuerySpec hit = step.apply(planned);
        assertEquals(key, hit.cacheKey());
        assertEquals(1, hit.cached().rowCount());
    }

    @Test
    void aTenantWithoutCachingNeverLooks() {
        QuerySpec planned = QueryFixtures.planned("SELECT 1", 10, 0).withLimits(0, 10, java.time.Duration.ofSeconds(5),
                0);
        QuerySpec spec = step.apply(planned);
        assertNull(spec.cacheKey());
        assertNull(spec.cached());
    }
}
