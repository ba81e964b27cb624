package com.insightiq.tenancy.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SlugTest {

    @ParameterizedTest
    @ValueSource(strings = {"acme", "globex", "a1", "big_corp_2024", "abcdefghijklmnopqrstuvwxyz01234"})
    void acceptsLowercaseIdentifiers(String slug) {
        assertNull(Slug.problemWith(slug));
        assertEquals("tenant_" + slug, new Slug(slug).schema());
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", "A", "Acme", "1acme", "_acme", "acme-corp", "acme corp", "../", "..", "acme/x",
            "x'; DROP SCHEMA control; --", "über", "\u0430cme", "abcdefghijklmnopqrstuvwxyz012345", "acme\n"})
    void refusesAnythingThatIsNotAPlainIdentifier(String slug) {
        assertTrue(Slug.problemWith(slug).contains("2 to 31 characters"), Slug.problemWith(slug));
        assertThrows(IllegalArgumentException.class, () -> new Slug(slug));
    }

    @ParameterizedTest
    @ValueSource(strings = {"public", "pg_catalog", "pg_toast", "pg_anything", "information_schema", "control", "batch"})
    void refusesReservedNames(String slug) {
        assertTrue(Slug.problemWith(slug).contains("reserved"), Slug.problemWith(slug));
    }

    @Test
    void nullIsRequired() {
        assertEquals("The tenant slug is required.", Slug.problemWith(null));
        assertFalse(Slug.isValid(null));
        assertEquals("The tenant slug is required.", Slug.problemWith(""));
    }
}
