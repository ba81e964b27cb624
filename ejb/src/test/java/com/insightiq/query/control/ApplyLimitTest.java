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
    void aQuestionsOwnTtlReplacesTheTenantsWithinTheCeiling() {
        QuerySpec never = spec(QueryPurpose.QUESTION, null, null).withControl(new RunControl(QueryOrigin.question(1, 0)));
        assertEquals(0, step.apply(never).cacheTtlSeconds());
        QuerySpec week = spec(QueryPurpose.EXPORT, null, null)
                .withControl(new RunControl(QueryOrigin.question(1, 604_800)));
        assertEquals(86_400, step.apply(week).cacheTtlSeconds(), "the operator's ceiling");
        QuerySpec tenants = spec(QueryPurpose.QUESTION, null, null)
                .withControl(new RunControl(QueryOrigin.question(1, null)));
        assertEquals(120, step.apply(tenants).cacheTtlSeconds());
        assertEquals(1L, step.apply(tenants).forPage(2000, 10).control().origin().questionId(),
                "later pages keep the question");
    }

    @Test
    void theTenantsTimeoutAndTtlApply() {
        QuerySpec spec = step.apply(spec(QueryPurpose.INTERACTIVE, null, null));
        assertEquals(Duration.ofSeconds(45), spec.timeout());
        assertEquals(120, spec.cacheTtlSeconds());
    }
}
