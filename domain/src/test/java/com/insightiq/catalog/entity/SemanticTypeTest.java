package com.insightiq.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SemanticTypeTest {

    @Test
    void codesRoundTrip() {
        for (SemanticType t : SemanticType.values()) {
            assertEquals(t, SemanticType.parse(t.code()).orElseThrow());
            assertEquals(t, SemanticType.parse(t.name()).orElseThrow());
        }
        assertTrue(SemanticType.parse("colour").isEmpty());
        assertTrue(SemanticType.parse(null).isEmpty());
    }
}
