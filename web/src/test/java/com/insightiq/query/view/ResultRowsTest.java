package com.insightiq.query.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.query.boundary.QueryPage;
import com.insightiq.query.control.ResultColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class ResultRowsTest {

    private static QueryPage page(boolean truncated, List<Object>... rows) {
        return new QueryPage("e1", List.of(new ResultColumn("n", "numeric", null)), Arrays.asList(rows), rows.length,
                0, truncated, 5, false);
    }

    @Test
    void pagesOfTheFirstAnswerComeFromMemoryAndSortNumbersAsNumbersNullsLast() {
        List<Object> nullRow = new ArrayList<>();
        nullRow.add(null);
        ResultRows rows = new ResultRows("acme", page(false, List.of(new BigDecimal("10")), nullRow,
                List.of(new BigDecimal("9.5"))));
        rows.setPageSize(2);
        assertEquals(3, rows.count(Map.of()));
        assertEquals(2, rows.load(0, 2, Map.of(), Map.of()).size());
        SortMeta sort = SortMeta.builder().field("c0").order(SortOrder.ASCENDING).build();
        List<ResultRow> sorted = rows.load(0, 3, Map.of("c0", sort), Map.of());
        assertEquals(Arrays.asList("9.5", "10", null), sorted.stream().map(r -> r.text(0)).toList());
        assertEquals("0", rows.getRowKey(sorted.get(1)), "rows keep their place in the result as key");
    }

    @Test
    void aTruncatedAnswerOffersOneMorePage() {
        ResultRows rows = new ResultRows("acme", page(true, List.of(1L), List.of(2L)));
        rows.setPageSize(50);
        assertTrue(rows.isMore());
        assertEquals(52, rows.count(Map.of()));
    }

    @Test
    void cellsReadLikeTheApiWritesThem() {
        assertEquals("0.00000001", CellText.of(new BigDecimal("1E-8")));
        assertEquals("2024-01-02", CellText.of(LocalDate.of(2024, 1, 2)));
        assertEquals("2024-01-02T03:04:05Z",
                CellText.of(OffsetDateTime.of(2024, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)));
        assertEquals("2024-01-02T03:04:00", CellText.of(java.time.LocalDateTime.of(2024, 1, 2, 3, 4)));
        assertEquals("\\x00ff", CellText.of(new byte[] {0, (byte) 255}));
        assertEquals("{1, NULL, x}", CellText.of(Arrays.asList(1L, null, "x")));
    }
}
