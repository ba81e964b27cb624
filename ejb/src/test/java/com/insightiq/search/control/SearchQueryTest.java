package com.insightiq.search.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {
    @Test
    void oneStatementUnitesTheAskedKinds() {
        String sql = SearchQuery.sql("tenant_acme", List.copyOf(SearchQuery.kinds()));
        assertEquals(4, sql.split("UNION ALL").length - 1);
        assertTrue(sql.contains("\"tenant_acme\".question"));
        assertTrue(sql.contains("\"tenant_acme\".dashboard"));
        assertTrue(sql.contains("\"tenant_acme\".catalog_column"));
        assertTrue(sql.endsWith("LIMIT " + SearchQuery.LIMIT));
    }

    @Test
    void aKindFilterLeavesTheOthersOut() {
        String sql = SearchQuery.sql("tenant_acme", List.of("collection"));
        assertFalse(sql.contains("UNION ALL"));
        assertFalse(sql.contains(".question"));
    }

    @Test
    void userTextIsBoundNeverSpliced() {
        String sql = SearchQuery.sql("tenant_acme", List.copyOf(SearchQuery.kinds()));
        assertEquals(8, sql.chars().filter(c -> c == '?').count());
    }
}
