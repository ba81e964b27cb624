package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Business definitions given as guidance: a quotient ("success rate = completed payments / all payments", "AOV =
 * total amount divided by number of sales") is a ratio; "in the period" points at the question's own period; a
 * ratio's side said short ("… of card sales to cash sales") is the same total. Schema of {@link DurationsTest}:
 * sales(sale_date, total_amount), payments(payment_date, amount), customers, doctors, treatments.
 */
class DefinitionsTest {

    private static String sql(String question, String context) {
        Translation t = Asking.translate(DurationsTest.source(), question, context);
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> question + ": " + t.reason());
        return new NlSql().compile(t.query(), DurationsTest.source(), new com.insightiq.connection.control
                .PostgresDriver()).sql().replaceAll("\\s+", " ");
    }

    @Test
    void aDefinedQuotientIsARatioOfItsTwoSides() {
        String sql = sql("What is the AOV per month in 2024?", "AOV = total amount divided by number of sales");
        assertTrue(sql.contains("1.0 * SUM(t0.\"total_amount\") / NULLIF(COUNT(*), 0)")
                && sql.contains("date_trunc('month', t0.\"sale_date\")")
                && sql.contains("t0.\"sale_date\" >= DATE '2024-01-01'"), sql);
        String slash = sql("What is the completion rate of payments in 2024?", "completion rate = number of payments"
                + " over 100 / number of payments");
        assertTrue(slash.startsWith("SELECT 1.0 * SUM(CASE WHEN t0.\"amount\" > 100 THEN 1 ELSE 0 END) / NULLIF(COUNT(*),"
                + " 0)") && slash.contains("t0.\"payment_date\" >= DATE '2024-01-01'"), slash);
    }

    @Test
    void thePeriodOfADefinitionIsTheQuestions() {
        String sql = sql("What is the TSC in 2024?", "TSC = count of sales in the period");
        assertEquals("SELECT COUNT(*) AS \"Count of sales\" FROM \"public\".\"sales\" t0 WHERE t0.\"sale_date\" >="
                + " DATE '2024-01-01' AND t0.\"sale_date\" < DATE '2025-01-01'", sql);
        assertEquals(3, Guidance.withoutThePeriod(Asking.parser().parse("count of sales during the given period",
                Asking.REF).words()).size());
    }

    @Test
    void aSideSaidShortIsTheSameTotalAndACountSaidIsACount() {
        String shortSide = Asking.answeredSql(DurationsTest.source(), "What is the ratio of the total amount of sales"
                + " in 2024 to sales in 2023?");
        assertTrue(shortSide.startsWith("SELECT 1.0 * SUM(CASE WHEN") && shortSide.contains("THEN t0.\"total_amount\""
                + " END) / NULLIF(SUM(CASE WHEN"), shortSide);
        assertTrue(!shortSide.contains("THEN 1 ELSE 0"), shortSide);
        String counted = Asking.answeredSql(DurationsTest.source(), "What is the ratio of the total amount to the"
                + " number of sales?");
        assertTrue(counted.contains("SUM(t0.\"total_amount\") / NULLIF(COUNT(*), 0)"), counted);
    }

    @Test
    void wildcardGuidanceAndContainsWordsMatchAValueAnywhereInTheText() {
        SchemaLexicon drugs = new SchemaLexicon(9, com.insightiq.connection.entity.Engine.POSTGRESQL, java.util.List.of(
                TestSchema.table(1, "treatments", 900)), java.util.List.of(
                TestSchema.col(11, 1, "treatment_id", java.sql.Types.INTEGER, true, null, 900, java.util.List.of()),
                TestSchema.col(12, 1, "drug_name", java.sql.Types.VARCHAR, 3,
                        java.util.List.of("Curex", "Curex Forte", "Medix"))), java.util.List.of(), java.util.List.of());
        Translation wild = Asking.translate(drugs, "How many treatments used Curex?", "Filter names using ILIKE with"
                + " percent sign wildcards");
        assertEquals(java.util.List.of(new NlQuery.Condition(12, NlQuery.Operator.CONTAINS, java.util.List.of("Curex"),
                false, true)), wild.query().filters());
        assertEquals(NlQuery.Operator.EQUALS, Asking.answered(drugs, "How many treatments used Curex?").filters().get(0)
                .operator());
        assertEquals(NlQuery.Operator.CONTAINS, Asking.answered(drugs, "How many treatments have a drug name containing"
                + " Curex?").filters().get(0).operator());
    }

    @Test
    void aKindOfRowDefinedByItsNounAndColumnsNamedAsInSql() {
        String loyal = sql("How many loyal customers are there?", "A loyal customer is a customer with more than 20"
                + " sales");
        assertTrue(loyal.contains("HAVING COUNT(*) > 20"), loyal);
        // "X is Y" without the term's own noun defines nothing
        Translation plain = Asking.translate(DurationsTest.source(), "How many sales are there?", "Revenue is"
                + " important");
        assertEquals("SELECT COUNT(*) AS \"Count of sales\" FROM \"public\".\"sales\" t0", new NlSql().compile(
                plain.query(), DurationsTest.source(), new com.insightiq.connection.control.PostgresDriver()).sql()
                .replaceAll("\\s+", " "));
        String named = sql("What is the revenue per month?", "Revenue = sum of total_amount of sales");
        assertTrue(named.contains("SUM(t0.\"total_amount\")") && named.contains("date_trunc('month'"), named);
        assertTrue(Asking.answeredSql(DurationsTest.source(), "What is the sum of sales.total_amount?")
                .startsWith("SELECT SUM(t0.\"total_amount\")"));
    }
}
