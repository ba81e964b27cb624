package com.insightiq.question.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.question.boundary.QuestionParameter;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionChecksTest {

    @Test
    void namesAreStrippedBoundedAndFreeOfControlCharacters() {
        assertEquals("Sales", QuestionChecks.name("  Sales \t", "The name"));
        assertEquals("<script>alert(1)</script>", QuestionChecks.name("<script>alert(1)</script>", "The name"),
                "stored as typed; pages escape it");
        assertEquals(255, QuestionChecks.name("x".repeat(255), "The name").length());
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name("x".repeat(256), "The name"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name("x".repeat(10_240), "The name"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name("   ", "The name"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name(null, "The name"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name("a\u0007b", "The name"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name("two\nlines", "The name"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.name("c1\u0085", "The name"));
    }

    @Test
    void descriptionsMayHaveLinesButNoOtherControlCharacters() {
        assertNull(QuestionChecks.description("  "));
        assertEquals("one\ntwo", QuestionChecks.description("one\ntwo\n"));
        assertEquals(4000, QuestionChecks.description("d".repeat(4000)).length());
        assertThrows(InvalidInputException.class, () -> QuestionChecks.description("d".repeat(4001)));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.description("nul\u0000"));
    }

    @Test
    void sqlIsOneReadingStatementWithinTheLimit() {
        assertEquals("SELECT 1", QuestionChecks.sql("SELECT 1"));
        QuestionChecks.sql("SELECT * FROM sales WHERE region = {{region}} [[AND amount > {{min}}]]");
        QuestionChecks.sql("WITH t AS (SELECT 1 AS a) SELECT a FROM t WHERE a IN ({{ids}})");
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql(""));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql(null));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql("DELETE FROM sales"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql("SELECT 1; DROP TABLE sales"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql("UPDATE t SET a = {{a}}"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql("SELECT [[ {{a}}"));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.sql("SELECT 1 -- " + "x".repeat(100_000)));
    }

    @Test
    void parametersMatchTheSqlsVariables() {
        String sql = "SELECT * FROM sales WHERE region = {{region}} [[AND amount > {{min}}]] {{snippet: x}}";
        List<QuestionParameter> filled = QuestionChecks.parameters(sql, List.of(
                new QuestionParameter("min", "number", null, new BigDecimal("5"), null, null)));
        assertEquals(List.of("region", "min"), filled.stream().map(QuestionParameter::name).toList(),
                "in the SQL's order; snippets are not parameters");
        assertEquals("text", filled.get(0).type());
        assertEquals("region", filled.get(0).label());
        assertTrue(filled.get(0).required(), "outside any optional clause");
        assertFalse(filled.get(1).required());
        assertEquals(new BigDecimal("5"), filled.get(1).defaultValue());

        assertThrows(InvalidInputException.class, () -> QuestionChecks.parameters(sql, List.of(
                new QuestionParameter("other", "text", null, null, null, null))));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.parameters(sql, List.of(
                new QuestionParameter("min", "colour", null, null, null, null))));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.parameters(sql, List.of(
                new QuestionParameter("min", "number", null, null, null, null),
                new QuestionParameter("min", "number", null, null, null, null))));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.parameters(sql, List.of(
                new QuestionParameter("min", "field", null, null, null, null))), "a field filter needs a column");
        assertThrows(InvalidInputException.class, () -> QuestionChecks.parameters(sql, List.of(
                new QuestionParameter("min", "number", "bad\nlabel", null, null, null))));
        assertEquals(7L, QuestionChecks.parameters("SELECT 1 WHERE {{f}}", List.of(
                new QuestionParameter("f", "field", "F", null, null, 7L))).get(0).columnId());
    }

    @Test
    void cacheTtlIsNullOrUpToAWeek() {
        assertNull(QuestionChecks.cacheTtl(null));
        assertEquals(0, QuestionChecks.cacheTtl(0));
        assertEquals(604_800, QuestionChecks.cacheTtl(604_800));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.cacheTtl(-1));
        assertThrows(InvalidInputException.class, () -> QuestionChecks.cacheTtl(604_801));
    }

    @Test
    void copiesAreNamedAndStayWithinTheLimit() {
        assertEquals("Sales (copy)", QuestionChecks.copyName("Sales"));
        String copy = QuestionChecks.copyName("x".repeat(255));
        assertEquals(255, copy.length());
        assertTrue(copy.endsWith(" (copy)"));
    }
}
