package com.insightiq.catalog.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DisplayNamesTest {

    @Test
    void snakeCamelAndAcronyms() {
        assertEquals("Created At", DisplayNames.of("created_at"));
        assertEquals("User ID", DisplayNames.of("user_id"));
        assertEquals("ID", DisplayNames.of("id"));
        assertEquals("Order Lines", DisplayNames.of("orderLines"));
        assertEquals("Homepage URL", DisplayNames.of("homepage_url"));
        assertEquals("Customer Name", DisplayNames.of("CUSTOMER_NAME".toLowerCase()));
        assertEquals("Odd Name", DisplayNames.of("  odd--name.. "));
        assertEquals("Größe", DisplayNames.of("größe"));
    }

    @Test
    void emptyAndLongNames() {
        assertEquals("", DisplayNames.of(""));
        assertEquals("___", DisplayNames.of("___"));
        assertEquals(200, DisplayNames.of("a".repeat(500)).length());
    }
}
