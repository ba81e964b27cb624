package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.insightiq.query.entity.QueryPurpose;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApplyLimitTest {
    private final ApplyLimit step = new ApplyLimit();

    ApplyLimitTest() {
        step.limits = QueryFixtures.limits(2000, 45, 4, 120);
    }

    private QuerySpec spec(QueryPurpose purpose, Long offset, Integer limit) {
        return QuerySpec.of(QueryFixtures.TENANT, 1, 1L, "SELECT 1", List.of(), purpose, offset, limit);
    }

    @Test
    void interactivePagesAreCapped() {
        assertEquals(2000, step.apply(spec(QueryPurpose.INTERACTIVE, null, null)).limit());
        assertEquals(2000, step.apply(spec(QueryPurpose.INTERACTIVE, null, 1_000_000)).limit());
        QuerySpec page = step.apply(spec(QueryPurpose.PAGE, 4000L, 100));
        assertEquals(100, page.limit());
        assertEquals(4000, page.offset());
    }

    @Test
    void exportsReadEverythingFromTheStart() {
        QuerySpec export = step.apply(spec(QueryPurpose.EXPORT, 10L, 5));
        assertNull(export.limit());
        assertEquals(0, export.offset());
        assertEquals(Duration.ofSeconds(600), export.timeout(), "the operator's ceiling, not the interactive timeout");
    }

    @Test
    void theTenantsTimeoutAndTtlApply() {
        QuerySpec spec = step.apply(spec(QueryPurpose.INTERACTIVE, null, null));
        assertEquals(Duration.ofSeconds(45), spec.timeout());
        assertEquals(120, spec.cacheTtlSeconds());
    }
}
