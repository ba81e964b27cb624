package com.insightiq.sample.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SampleCsvTest {

    @Test
    void textIsQuotedNullIsEmptyAndNumbersArePlain() {
        Order order = new Order(7, 3, Instant.parse("2024-03-11T09:30:00Z"), "completed", new BigDecimal("10.00"),
                new BigDecimal("1.90"), null, new BigDecimal("11.90"), 2);
        Review review = new Review(1, 2, 3, 4, "Said \"great\", twice", Instant.parse("2024-03-12T00:00:00Z"));
        List<SampleCsv.Table> tables = SampleCsv.tables(
                new SampleData(List.of(), List.of(), List.of(order), List.of(), List.of(review)));

        assertEquals(List.of("people", "products", "orders", "order_lines", "reviews"),
                tables.stream().map(SampleCsv.Table::name).toList());
        assertEquals("7,3,2024-03-11T09:30:00Z,\"completed\",10.00,1.90,,11.90,2\n", tables.get(2).csv());
        assertEquals("1,2,3,4,\"Said \"\"great\"\", twice\",2024-03-12T00:00:00Z\n", tables.get(4).csv());
        assertEquals(9, tables.get(2).columns().size());
    }
}
