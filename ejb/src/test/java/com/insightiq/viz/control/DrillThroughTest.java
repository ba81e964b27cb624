package com.insightiq.viz.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.control.ResultColumn;
import com.insightiq.viz.boundary.DrillRequest;
import com.insightiq.viz.boundary.DrilledQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DrillThroughTest {
    private static final String EVIL = "\"; DROP TABLE x; --";
    private static final List<ResultColumn> COLUMNS = List.of(new ResultColumn("region", "text", null),
            new ResultColumn("month", "date", null), new ResultColumn("orders", "bigint", null),
            new ResultColumn("paid", "bool", null), new ResultColumn(EVIL, "varchar", null));
    private final DrillThrough postgres = new DrillThrough(new Drivers().forEngine(Engine.POSTGRESQL));

    @Test
    void rowsWrapsTheQueryAndBindsTheClickedValue() {
        DrilledQuery q = postgres.drill("SELECT region, count(*) AS orders FROM sales GROUP BY 1;",
                new DrillRequest("rows", Map.of("region", "North"), null), COLUMNS);
        assertEquals("SELECT * FROM (\nSELECT region, count(*) AS orders FROM sales GROUP BY 1\n) drill_q"
                + "\nWHERE drill_q.\"region\" = {{drill_1}}", q.sql());
        assertEquals(List.of(new ParameterForm("drill_1", "text", "North", null, null)), q.parameters());
        assertEquals("table", q.visualization().type());
    }

    @Test
    void aMaliciousValueIsBoundNeverSpliced() {
        DrilledQuery q = postgres.drill("SELECT * FROM t", new DrillRequest("rows", Map.of("region", EVIL), null),
                COLUMNS);
        assertFalse(q.sql().contains("DROP"));
        assertEquals(EVIL, q.parameters().get(0).value());
    }

    @Test
    void aMaliciousColumnNameIsQuotedAsOneIdentifier() {
        DrilledQuery q = postgres.drill("SELECT * FROM t", new DrillRequest("rows", Map.of(EVIL, "a"), null),
                COLUMNS);
        assertTrue(q.sql().endsWith("WHERE drill_q.\"\"\"; DROP TABLE x; --\" = {{drill_1}}"), q.sql());
        DrilledQuery mysql = new DrillThrough(new Drivers().forEngine(Engine.MYSQL)).drill("SELECT * FROM t",
                new DrillRequest("breakout", Map.of(), EVIL), COLUMNS);
        assertTrue(mysql.sql().startsWith("SELECT drill_q.`\"; DROP TABLE x; --`, count(*) AS `count`"),
                mysql.sql());
    }

    @Test
    void anUnknownColumnIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> postgres.drill("SELECT 1",
                new DrillRequest("rows", Map.of("nope", 1), null), COLUMNS));
        assertTrue(e.getMessage().contains("\"nope\""));
    }

    @Test
    void writesAndSeveralStatementsAreRefused() {
        assertThrows(InvalidInputException.class, () -> postgres.drill("DELETE FROM t",
                new DrillRequest("rows", Map.of(), null), COLUMNS));
        assertThrows(InvalidInputException.class, () -> postgres.drill("SELECT 1; DROP TABLE t",
                new DrillRequest("rows", Map.of(), null), COLUMNS));
        assertThrows(InvalidInputException.class, () -> postgres.drill("EXPLAIN SELECT 1",
                new DrillRequest("rows", Map.of(), null), COLUMNS));
        assertThrows(InvalidInputException.class, () -> postgres.drill("SELECT 1",
                new DrillRequest("explode", Map.of(), null), COLUMNS));
    }

    @Test
    void numbersBooleansAndNullsFilterByType() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("orders", 12L);
        values.put("paid", true);
        values.put("region", null);
        DrilledQuery q = postgres.drill("SELECT * FROM t", new DrillRequest("rows", values, null), COLUMNS);
        assertTrue(q.sql().contains("drill_q.\"orders\" = {{drill_1}}"));
        assertTrue(q.sql().contains("drill_q.\"paid\" = TRUE"));
        assertTrue(new DrillThrough(new Drivers().forEngine(Engine.SQLSERVER)).drill("SELECT * FROM t",
                new DrillRequest("rows", Map.of("paid", false), null), COLUMNS).sql()
                .endsWith("WHERE drill_q.[paid] = 0"));
        assertTrue(q.sql().contains("drill_q.\"region\" IS NULL"));
        assertEquals(List.of(new ParameterForm("drill_1", "number", 12L, null, null)), q.parameters());
        assertThrows(InvalidInputException.class, () -> postgres.drill("SELECT * FROM t",
                new DrillRequest("rows", Map.of("orders", "1; DROP TABLE x"), null), COLUMNS));
    }

    @Test
    void aMonthLabelFiltersTheWholeMonthAsDates() {
        DrilledQuery q = postgres.drill("SELECT * FROM t",
                new DrillRequest("rows", Map.of("month", "2024-02-01"), null, "month"), COLUMNS);
        assertTrue(q.sql().endsWith("drill_q.\"month\" >= {{drill_1}} AND drill_q.\"month\" < {{drill_2}}"));
        assertEquals("2024-02-01", q.parameters().get(0).value());
        assertEquals("2024-03-01", q.parameters().get(1).value());
        assertEquals("date", q.parameters().get(0).type());
    }

    @Test
    void zoomGoesOneGrainFinerOverTheClickedRange() {
        DrilledQuery q = postgres.drill("SELECT * FROM t",
                new DrillRequest("zoom", Map.of("month", "2024-05-17T10:00:00Z"), "month", "quarter"), COLUMNS);
        assertEquals("2024-04-01", q.parameters().get(0).value());
        assertEquals("2024-07-01", q.parameters().get(1).value());
        assertEquals("line", q.visualization().type());
        assertEquals("month", q.visualization().settings().get("dateGrain"));
        LocalDate[] week = DrillThrough.span("m", "2024-01-03", DateGrain.WEEK);
        assertEquals(LocalDate.of(2024, 1, 1), week[0]);
        assertEquals(LocalDate.of(2024, 1, 8), week[1]);
    }

    @Test
    void breakoutCountsByTheChosenColumn() {
        DrilledQuery q = postgres.drill("SELECT * FROM t WHERE x = {{drill_1}}",
                new DrillRequest("breakout", Map.of("region", "North"), "paid"), COLUMNS);
        assertEquals("SELECT drill_q.\"paid\", count(*) AS \"count\"\nFROM (\nSELECT * FROM t WHERE x = {{drill_1}}\n)"
                + " drill_q\nWHERE drill_q.\"region\" = {{drill_2}}\nGROUP BY drill_q.\"paid\"\nORDER BY 2 DESC", q.sql());
        assertEquals("drill_2", q.parameters().get(0).name());
        assertEquals("bar", q.visualization().type());
        assertEquals("paid", q.visualization().settings().get("dimension"));
    }

    @Test
    void numberRangesZoomWithBoundEnds() {
        DrilledQuery q = postgres.drill("SELECT * FROM t",
                new DrillRequest("zoom", Map.of("orders", Map.of("from", 10, "to", new BigDecimal("20.5"))), "orders"),
                COLUMNS);
        assertTrue(q.sql().endsWith("drill_q.\"orders\" >= {{drill_1}} AND drill_q.\"orders\" < {{drill_2}}"));
        assertEquals(new BigDecimal("20.5"), q.parameters().get(1).value());
    }
}
