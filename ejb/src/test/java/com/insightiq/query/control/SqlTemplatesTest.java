package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.platform.control.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlTemplatesTest {

    static CompiledSql compile(String sql, ParameterValue... values) {
        return SqlTemplates.compile(sql, List.of(values), name -> Optional.empty(), id -> Optional.empty(),
                new PostgresDriver());
    }

    static ParameterValue value(String name, ParameterType type, Object value) {
        return new ParameterValue(name, type, value, null, null);
    }

    static String message(Runnable run) {
        return assertThrows(InvalidInputException.class, run::run).getMessage();
    }

    @Test
    void bindsText() {
        CompiledSql sql = compile("SELECT * FROM t WHERE name = {{name}}",
                value("name", ParameterType.TEXT, "Ann"));
        assertEquals("SELECT * FROM t WHERE name = ?", sql.sql());
        assertEquals(List.of("Ann"), sql.binds());
    }

    @Test
    void bindsIntegralNumbersAsLongAndOthersAsBigDecimal() {
        assertEquals(List.of(42L), compile("SELECT {{n}}", value("n", ParameterType.NUMBER, "42")).binds());
        assertEquals(List.of(42L), compile("SELECT {{n}}", value("n", ParameterType.NUMBER, new BigDecimal("42.000")))
                .binds());
        assertEquals(List.of(new BigDecimal("4.25")),
                compile("SELECT {{n}}", value("n", ParameterType.NUMBER, new BigDecimal("4.25"))).binds());
        assertEquals(List.of(new BigDecimal("99999999999999999999")),
                compile("SELECT {{n}}", value("n", ParameterType.NUMBER, "99999999999999999999")).binds());
        assertEquals(List.of(-7L), compile("SELECT {{n}}", value("n", ParameterType.NUMBER, -7)).binds());
    }

    @Test
    void bindsDatesAndRanges() {
        CompiledSql sql = compile("SELECT * FROM t WHERE d = {{d}} OR d BETWEEN {{r}}",
                value("d", ParameterType.DATE, "2024-02-29"),
                value("r", ParameterType.DATE_RANGE, Map.of("from", "2024-01-01", "to", "2024-01-31")));
        assertEquals("SELECT * FROM t WHERE d = ? OR d BETWEEN ? AND ?", sql.sql());
        assertEquals(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
                sql.binds());
    }

    @Test
    void bindsListsOneMarkerPerValue() {
        CompiledSql sql = compile("SELECT * FROM t WHERE id IN ({{ids}}) AND s IN ({{ss}})",
                value("ids", ParameterType.NUMBER_LIST, List.of(new BigDecimal("1"), "2", 3.5)),
                value("ss", ParameterType.TEXT_LIST, List.of("a", "b")));
        assertEquals("SELECT * FROM t WHERE id IN (?, ?, ?) AND s IN (?, ?)", sql.sql());
        assertEquals(List.of(1L, 2L, new BigDecimal("3.5"), "a", "b"), sql.binds());
    }

    @Test
    void acceptsWhitespaceInsideBracesAndRepeatsAVariable() {
        CompiledSql sql = compile("SELECT {{ x }}, {{x}}", value("x", ParameterType.TEXT, "v"));
        assertEquals("SELECT ?, ?", sql.sql());
        assertEquals(List.of("v", "v"), sql.binds());
    }

    @Test
    void keepsOptionalClausesWithValuesAndDropsOthers() {
        String template = "SELECT * FROM t WHERE 1 = 1 [[AND status = {{status}}]] [[AND id IN ({{ids}})]]";
        CompiledSql with = compile(template, value("status", ParameterType.TEXT, "open"),
                value("ids", ParameterType.NUMBER_LIST, List.of(1)));
        assertEquals("SELECT * FROM t WHERE 1 = 1 AND status = ? AND id IN (?)", with.sql());
        assertEquals(List.of("open", 1L), with.binds());
        CompiledSql without = compile(template, value("status", ParameterType.TEXT, null),
                value("ids", ParameterType.NUMBER_LIST, List.of()));
        assertEquals("SELECT * FROM t WHERE 1 = 1  ", without.sql());
        assertEquals(List.of(), without.binds());
    }

    @Test
    void dropsAClauseWhenAnyOfItsVariablesIsMissing() {
        CompiledSql sql = compile("SELECT 1 [[WHERE a = {{a}} AND b = {{b}}]]", value("a", ParameterType.TEXT, "x"));
        assertEquals("SELECT 1 ", sql.sql());
        assertEquals(List.of(), sql.binds());
    }

    @Test
    void keepsArrayLiteralsThatLookLikeClauses() {
        CompiledSql sql = compile("SELECT ARRAY[[1,2],[3,4]], a[b[1]] FROM t WHERE x = {{x}}",
                value("x", ParameterType.NUMBER, "1"));
        assertEquals("SELECT ARRAY[[1,2],[3,4]], a[b[1]] FROM t WHERE x = ?", sql.sql());
    }

    @Test
    void leavesTagsInsideLiteralsAndCommentsAlone() {
        CompiledSql sql = compile("SELECT '{{x}}', 'it''s {{x}}' -- {{x}}\n/* {{x}} [[ */ , {{x}}",
                value("x", ParameterType.TEXT, "v"));
        assertEquals("SELECT '{{x}}', 'it''s {{x}}' -- {{x}}\n/* {{x}} [[ */ , ?", sql.sql());
        assertEquals(List.of("v"), sql.binds());
    }

    @Test
    void ignoresValuesTheSqlDoesNotUse() {
        assertEquals(List.of(), compile("SELECT 1", value("unused", ParameterType.TEXT, "x")).binds());
    }

    @Test
    void namesTheVariableThatNeedsAValue() {
        assertEquals("The variable {{status}} needs a value.", message(() -> compile("SELECT {{status}}")));
        assertEquals("The variable {{status}} needs a value.",
                message(() -> compile("SELECT {{status}}", value("status", ParameterType.TEXT, null))));
        assertEquals("The variable {{ids}} needs a value.", message(() -> compile("SELECT {{ids}}",
                value("ids", ParameterType.TEXT_LIST, List.of()))));
    }

    @Test
    void namesTheVariableWithAWrongValue() {
        assertEquals("The variable {{n}} needs a number, not \"abc\".",
                message(() -> compile("SELECT {{n}}", value("n", ParameterType.NUMBER, "abc"))));
        assertEquals("The variable {{d}} needs a date like 2024-01-31, not \"2024-02-30\".",
                message(() -> compile("SELECT {{d}}", value("d", ParameterType.DATE, "2024-02-30"))));
        assertEquals("The variable {{n}} needs a number, not a list.",
                message(() -> compile("SELECT {{n}}", value("n", ParameterType.NUMBER, List.of("1")))));
        assertTrue(message(() -> compile("SELECT {{ids}}",
                value("ids", ParameterType.NUMBER_LIST, List.of("1", "x")))).startsWith("The variable {{ids}}"));
        assertTrue(message(() -> compile("SELECT {{n}}", value("n", ParameterType.NUMBER, "NaN")))
                .contains("{{n}}"));
        assertTrue(message(() -> compile("SELECT {{n}}", value("n", ParameterType.NUMBER, "1".repeat(1_000_000))))
                .length() < 200);
        assertEquals("The variable {{r}} needs both a start and an end date.", message(() -> compile(
                "SELECT {{r}}", value("r", ParameterType.DATE_RANGE, Map.of("from", "2024-01-01")))));
        assertEquals("The variable {{r}} has a range that ends before it starts.", message(() -> compile(
                "SELECT {{r}}", value("r", ParameterType.DATE_RANGE, Map.of("from", "2024-02-01", "to", "2024-01-01")))));
        assertEquals("The variable {{x}} needs a type.",
                message(() -> compile("SELECT {{x}}", value("x", null, "1"))));
    }

    @Test
    void capsLists() {
        List<Object> many = new ArrayList<>(Collections.nCopies(TemplateValues.MAX_LIST, "a"));
        assertEquals(TemplateValues.MAX_LIST,
                compile("SELECT {{l}}", value("l", ParameterType.TEXT_LIST, many)).binds().size());
        many.add("a");
        assertEquals("The variable {{l}} has 10001 values; at most 10000 are allowed.",
                message(() -> compile("SELECT {{l}}", value("l", ParameterType.TEXT_LIST, many))));
    }

    @Test
    void refusesMalformedTemplates() {
        assertEquals("The {{ at line 2, column 7 has no closing }}.", message(() -> compile("SELECT 1\nWHERE {{x")));
        assertEquals("The [[ at line 1, column 10 has no closing ]].",
                message(() -> compile("SELECT 1 [[ AND {{x}}", value("x", ParameterType.TEXT, "v"))));
        assertTrue(message(() -> compile("SELECT [[ a [[ {{x}} ]] ]]", value("x", ParameterType.TEXT, "v")))
                .startsWith("Optional clauses [[ … ]] cannot be nested"));
        assertTrue(message(() -> compile("SELECT {{bad name}}")).contains("is not valid"));
        assertTrue(message(() -> compile("SELECT {{" + "a".repeat(65) + "}}")).contains("1 to 64"));
        assertTrue(message(() -> compile("SELECT {{x}}", value("x", ParameterType.TEXT, "a"),
                value("x", ParameterType.TEXT, "b"))).contains("more than once"));
        assertEquals("The SQL is empty.", message(() -> compile("  ")));
    }

    @Test
    void listsTagsInOrderWithOptionality() {
        assertEquals(List.of(new TemplateTag("a", false, false), new TemplateTag("f", true, false),
                        new TemplateTag("b", false, true), new TemplateTag("c", false, false)),
                SqlTemplates.tags("SELECT {{a}} {{snippet: f}} [[AND {{b}} = {{c}}]] AND {{c}} '{{no}}' [[{{b}}]]"));
        assertEquals(List.of(), SqlTemplates.tags("SELECT 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SELECT {{a}", "SELECT [[ {{a}}", "SELECT {{a b}}"})
    void tagsRefusesMalformedTemplates(String sql) {
        assertThrows(InvalidInputException.class, () -> SqlTemplates.tags(sql));
    }
}
