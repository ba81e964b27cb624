package com.insightiq.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BodySizeLimitTest {

    @Test
    void queriesMayCarryLargerBodiesThanEverythingElse() {
        assertEquals(BodySizeLimit.QUERY_MAX_BYTES, BodySizeLimit.limitFor("v1/queries"));
        assertEquals(BodySizeLimit.QUERY_MAX_BYTES, BodySizeLimit.limitFor("/v1/queries/export"));
        assertEquals(BodySizeLimit.MAX_BYTES, BodySizeLimit.limitFor("v1/queriesx"));
        assertEquals(BodySizeLimit.MAX_BYTES, BodySizeLimit.limitFor("v1/datasources"));
        assertEquals(BodySizeLimit.MAX_BYTES, BodySizeLimit.limitFor(null));
        assertEquals(BodySizeLimit.QUERY_MAX_BYTES, BodySizeLimit.limitFor("v1/dashboards/7"));
        assertEquals(BodySizeLimit.QUERY_MAX_BYTES, BodySizeLimit.limitFor("/v1/dashboards"));
    }
}
