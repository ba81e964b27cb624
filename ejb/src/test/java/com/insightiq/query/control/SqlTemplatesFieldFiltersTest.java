package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.MySqlDriver;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.TableRef;
import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Field filters qualified with the alias the SQL gives their table: Metabase #3324, made to work. */
class SqlTemplatesFieldFiltersTest {

    private static final TableRef ORDERS = new TableRef("public", "orders");
    private static final Map<Long, FieldRef> COLUMNS = Map.of(
            1L, new FieldRef(1, ORDERS, "created_at", FieldRef.Kind.TIMESTAMP),
            2L, new FieldRef(2, ORDERS, "status", FieldRef.Kind.TEXT),
            3L, new FieldRef(3, ORDERS, "total", FieldRef.Kind.NUMBER),
            4L, new FieldRef(4, ORDERS, "shipped_on", FieldRef.Kind.DATE),
            5L, new FieldRef(5, ORDERS, "paid", FieldRef.Kind.BOOLEAN),
            6L, new FieldRef(6, new TableRef("Sales", "Order \"Lines\""), "Qty", FieldRef.Kind.NUMBER));

    private static CompiledSql compile(String sql, Driver driver, ParameterValue... values) {
        return SqlTemplates.compile(sql, List.of(values), name -> Optional.empty(),
                id -> Optional.ofNullable(COLUMNS.get(id)), driver);
    }

    private static CompiledSql compile(String sql, ParameterValue... values) {
        return compile(sql, new PostgresDriver(), values);
    }

    private static ParameterValue field(long column, Object value) {
        return new ParameterValue("f", ParameterType.FIELD, value, column, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            SELECT * FROM orders o WHERE {{f}}                                        | o
            SELECT * FROM orders AS o WHERE {{f}}                                     | o
            SELECT * FROM public.orders o WHERE {{f}}                                 | o
            SELECT * FROM "public"."orders" "O" WHERE {{f}}                           | "O"
            SELECT * FROM orders WHERE {{f}}                                          | orders
            SELECT * FROM public.orders WHERE {{f}}                                   | public.orders
            SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id WHERE {{f}} | o
            SELECT * FROM customers c LEFT JOIN public.orders ord ON ord.cid = c.id AND {{f}} | ord
            SELECT * FROM customers c, orders x WHERE x.cid = c.id AND {{f}}          | x
            SELECT * FROM (SELECT * FROM orders inner_o WHERE {{f}}) q                | inner_o
            SELECT * FROM customers c WHERE c.id IN (SELECT cid FROM orders o2 WHERE {{f}}) | o2
            WITH r AS (SELECT * FROM orders o WHERE {{f}}) SELECT * FROM r            | o
            SELECT * FROM customers c, LATERAL (SELECT * FROM orders lo WHERE lo.cid = c.id AND {{f}}) l | lo
            SELECT a FROM orders o WHERE {{f}} UNION SELECT a FROM archive            | o
            SELECT * FROM other.orders oo JOIN orders o ON true WHERE {{f}}           | o
            SELECT * FROM orders o WHERE {{f}} [[AND o.status = {{s}}]] LIMIT 10      | o
            """)
    void qualifiesWithTheAliasTheSqlGivesTheTable(String sql, String qualifier) {
        CompiledSql compiled = compile(sql, field(3, new BigDecimal("5")));
        assertTrue(compiled.sql().contains(qualifier + ".\"total\" = ?"), compiled.sql());
        assertEquals(List.of(5L), compiled.binds());
    }

    @Test
    void asksForAnAliasWhenTheTableIsUsedTwice() {
        String sql = "SELECT * FROM orders a JOIN orders b ON a.parent = b.id WHERE {{f}}";
        String message = assertThrows(InvalidInputException.class, () -> compile(sql, field(3, 5))).getMessage();
        assertEquals("The field filter {{f}} is on table orders, which this query uses more than once (a, b): "
                + "give the filter the alias to use.", message);
        CompiledSql chosen = compile(sql, new ParameterValue("f", ParameterType.FIELD, 5, 3L, "B"));
        assertEquals("SELECT * FROM orders a JOIN orders b ON a.parent = b.id WHERE b.\"total\" = ?", chosen.sql());
    }

    @Test
    void quotesAnExplicitAliasTheSqlDoesNotDeclare() {
        CompiledSql sql = compile("SELECT * FROM v WHERE {{f}}",
                new ParameterValue("f", ParameterType.FIELD, 5, 3L, "x\" OR 1=1 --"));
        assertEquals("SELECT * FROM v WHERE \"x\"\" OR 1=1 --\".\"total\" = ?", sql.sql());
    }

    @Test
    void fallsBackToTheQualifiedNameWhenTheSqlDoesNotShowTheTable() {
        assertEquals("SELECT * FROM orders_view WHERE \"public\".\"orders\".\"total\" = ?",
                compile("SELECT * FROM orders_view WHERE {{f}}", field(3, 5)).sql());
        assertEquals("SELECT * FROM weird ~~~ syntax WHERE \"public\".\"orders\".\"total\" = ?",
                compile("SELECT * FROM weird ~~~ syntax WHERE {{f}}", field(3, 5)).sql());
    }

    @Test
    void quotesColumnsAndTablesForTheEngine() {
        CompiledSql sql = compile("SELECT * FROM v WHERE {{f}}", new MySqlDriver(), field(6, 2));
        assertEquals("SELECT * FROM v WHERE `Sales`.`Order \"Lines\"`.`Qty` = ?", sql.sql());
        CompiledSql aliased = compile("SELECT * FROM `Sales`.`Order \"Lines\"` AS `l` WHERE {{f}}", new MySqlDriver(),
                field(6, 2));
        assertEquals("SELECT * FROM `Sales`.`Order \"Lines\"` AS `l` WHERE `l`.`Qty` = ?", aliased.sql());
    }

    @Test
    void rendersScalarsListsAndRanges() {
        assertEquals("o.\"status\" = ?", where(field(2, "open")).sql());
        assertEquals("o.\"status\" IN (?, ?)", where(field(2, List.of("open", "paid"))).sql());
        assertEquals(List.of(true), where(field(5, "true")).binds());
        CompiledSql numbers = where(field(3, Map.of("from", "10", "to", "20.5")));
        assertEquals("o.\"total\" >= ? AND o.\"total\" <= ?", numbers.sql());
        assertEquals(List.of(10L, new BigDecimal("20.5")), numbers.binds());
        assertEquals("o.\"total\" >= ?", where(field(3, Map.of("from", "10"))).sql());
    }

    @Test
    void rendersDateRangesHalfOpen() {
        CompiledSql dates = where(field(4, Map.of("from", "2024-01-01", "to", "2024-01-31")));
        assertEquals("o.\"shipped_on\" >= ? AND o.\"shipped_on\" < ?", dates.sql());
        assertEquals(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)), dates.binds());
        CompiledSql times = where(field(1, Map.of("to", "2024-12-31")));
        assertEquals("o.\"created_at\" < ?", times.sql());
        assertEquals(List.of(LocalDateTime.of(2025, 1, 1, 0, 0)), times.binds());
        CompiledSql day = where(field(1, "2024-03-05"));
        assertEquals("(o.\"created_at\" >= ? AND o.\"created_at\" < ?)", day.sql());
        assertEquals(List.of(LocalDateTime.of(2024, 3, 5, 0, 0), LocalDateTime.of(2024, 3, 6, 0, 0)), day.binds());
        CompiledSql instant = where(field(1, "2024-03-05T10:15:30"));
        assertEquals("o.\"created_at\" = ?", instant.sql());
        assertEquals(List.of(LocalDateTime.of(2024, 3, 5, 10, 15, 30)), instant.binds());
    }

    @Test
    void emptyFilterMatchesEverythingOutsideAClauseAndDropsItInside() {
        assertEquals("SELECT * FROM orders o WHERE 1 = 1",
                compile("SELECT * FROM orders o WHERE {{f}}", field(3, null)).sql());
        assertEquals("SELECT * FROM orders o WHERE true ",
                compile("SELECT * FROM orders o WHERE true [[AND {{f}}]]", field(3, List.of())).sql());
    }

    @Test
    void namesTheFilterInErrors() {
        assertEquals("The field filter {{f}} refers to a column that does not exist or is hidden (id 99).",
                assertThrows(InvalidInputException.class, () -> where(field(99, "x"))).getMessage());
        assertEquals("The field filter {{f}} needs the column it filters.", assertThrows(InvalidInputException.class,
                () -> where(new ParameterValue("f", ParameterType.FIELD, "x", null, null))).getMessage());
        assertEquals("The variable {{f}} needs a number, not \"abc\".",
                assertThrows(InvalidInputException.class, () -> where(field(3, "abc"))).getMessage());
        assertEquals("The field filter {{f}} is on a text column: give one value or a list, not a range.",
                assertThrows(InvalidInputException.class, () -> where(field(2, Map.of("from", "a")))).getMessage());
        assertTrue(assertThrows(InvalidInputException.class,
                () -> where(field(4, Map.of("from", "2024-02-01", "to", "2024-01-01")))).getMessage()
                .contains("ends before it starts"));
    }

    private static CompiledSql where(ParameterValue filter) {
        CompiledSql sql = compile("SELECT * FROM orders o WHERE {{f}}", filter);
        return new CompiledSql(sql.sql().substring("SELECT * FROM orders o WHERE ".length()), sql.binds());
    }
}
