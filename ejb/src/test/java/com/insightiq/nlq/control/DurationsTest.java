package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Days between dates: between two date columns (of one table or of two joined ones), a row's own start-to-end span,
 * days since a date or the latest of them, aggregated or ranked. Schema: doctors(doctor_id, first_name, last_name,
 * year_reg),
 * treatments(treatment_id, doctor_id, drug_name, start_date, end_date), customers(customer_id, name, signup_date),
 * sales(sale_id, customer_id, sale_date, total_amount), payments(payment_id, sale_id, payment_date, amount).
 */
class DurationsTest {
    static final long DOCTORS = 1, TREATMENTS = 2, CUSTOMERS = 3, SALES = 4, PAYMENTS = 5;
    static final long DOCTOR_ID = 11, FIRST = 12, LAST = 13, TREATMENT_ID = 21, PRESCRIBER = 22, DRUG = 23,
            START = 24, END = 25, CUSTOMER_ID = 31, CUSTOMER_NAME = 32, SIGNUP = 33, SALE_ID = 41, BUYER = 42,
            SALE_DATE = 43, TOTAL = 44, PAYMENT_ID = 51, PAID_SALE = 52, PAYMENT_DATE = 53, AMOUNT = 54, YEAR_REG = 14;

    static SchemaLexicon source() {
        return new SchemaLexicon(4, Engine.POSTGRESQL, List.of(table(DOCTORS, "doctors", 25),
                table(TREATMENTS, "treatments", 1000), table(CUSTOMERS, "customers", 200), table(SALES, "sales", 3000),
                table(PAYMENTS, "payments", 3000)), List.of(
                col(DOCTOR_ID, DOCTORS, "doctor_id", Types.INTEGER, true, null, 25, List.of()),
                col(FIRST, DOCTORS, "first_name", Types.VARCHAR, 25, List.of()),
                col(LAST, DOCTORS, "last_name", Types.VARCHAR, 25, List.of()),
                col(YEAR_REG, DOCTORS, "year_reg", Types.INTEGER, 20, List.of()),
                col(TREATMENT_ID, TREATMENTS, "treatment_id", Types.INTEGER, true, null, 1000, List.of()),
                col(PRESCRIBER, TREATMENTS, "doctor_id", Types.INTEGER, false, DOCTOR_ID, 25, List.of()),
                col(DRUG, TREATMENTS, "drug_name", Types.VARCHAR, 5, List.of("Curex", "Medix")),
                col(START, TREATMENTS, "start_date", Types.DATE, 700, List.of()),
                col(END, TREATMENTS, "end_date", Types.DATE, 750, List.of()),
                col(CUSTOMER_ID, CUSTOMERS, "customer_id", Types.INTEGER, true, null, 200, List.of()),
                col(CUSTOMER_NAME, CUSTOMERS, "name", Types.VARCHAR, 200, List.of()),
                col(SIGNUP, CUSTOMERS, "signup_date", Types.DATE, 190, List.of()),
                col(SALE_ID, SALES, "sale_id", Types.INTEGER, true, null, 3000, List.of()),
                col(BUYER, SALES, "customer_id", Types.INTEGER, false, CUSTOMER_ID, 200, List.of()),
                col(SALE_DATE, SALES, "sale_date", Types.DATE, 900, List.of()),
                col(TOTAL, SALES, "total_amount", Types.NUMERIC, 2000, List.of()),
                col(PAYMENT_ID, PAYMENTS, "payment_id", Types.INTEGER, true, null, 3000, List.of()),
                col(PAID_SALE, PAYMENTS, "sale_id", Types.INTEGER, false, SALE_ID, 3000, List.of()),
                col(PAYMENT_DATE, PAYMENTS, "payment_date", Types.DATE, 900, List.of()),
                col(AMOUNT, PAYMENTS, "amount", Types.NUMERIC, 2000, List.of())), List.of(), List.of());
    }

    private static String sql(String question) {
        return Asking.answeredSql(source(), question);
    }

    private static final String SPAN = "(CAST(t0.\"end_date\" AS DATE) - CAST(t0.\"start_date\" AS DATE))";

    @Test
    void theDaysBetweenTwoDateColumnsAreAveragedLaterMinusEarlier() {
        NlQuery q = Asking.answered(source(), "What is the average number of days between the start date and the"
                + " end date of treatments?");
        NlQuery.Measure avg = q.measures().get(0);
        assertEquals(NlQuery.Aggregation.AVG, avg.aggregation());
        NlQuery.Measure days = avg.operands().get(0);
        assertEquals(NlQuery.Aggregation.DAYS, days.aggregation());
        assertEquals(List.of(START, END), days.operands().stream().map(NlQuery.Measure::columnId).toList());
        assertEquals("Average of Days from start_date of treatments to end_date of treatments", Interpretations.measureText(avg, source()));
        assertEquals("SELECT AVG(" + SPAN + ") AS \"Average of Days from start_date of treatments to end_date of"
                + " treatments\" FROM"
                + " \"public\".\"treatments\" t0", sql("What is the average number of days between the start date and"
                + " the end date of treatments?"));
    }

    @Test
    void aRowWithOneStartAndEndDateHasItsOwnDuration() {
        assertTrue(sql("What is the average treatment duration?").startsWith("SELECT AVG(" + SPAN + ")"));
        String perDrug = sql("What is the average duration of treatments for each drug?");
        assertTrue(perDrug.contains("AVG(" + SPAN + ")") && perDrug.contains("GROUP BY t0.\"drug_name\""), perDrug);
        assertTrue(sql("How long did treatments last on average?").startsWith("SELECT AVG(" + SPAN + ")"));
        assertTrue(sql("What is the longest duration of a treatment?").startsWith("SELECT MAX(" + SPAN + ")"));
    }

    @Test
    void rowsRankedByTheirSpanAreShownAsRows() {
        String top = sql("Which 3 treatments lasted the longest?");
        assertTrue(top.startsWith("SELECT t0.\"treatment_id\""), top);
        assertTrue(top.contains(SPAN) && top.endsWith("DESC NULLS LAST LIMIT 3") && !top.contains("GROUP BY"), top);
        String listed = sql("List the treatments and their durations");
        assertTrue(listed.startsWith("SELECT t0.\"treatment_id\"") && listed.contains(SPAN), listed);
        // ranked groups: each doctor's average span
        String doctors = sql("Which doctor's treatments lasted the longest on average?");
        assertTrue(doctors.contains("GROUP BY") && doctors.contains("ORDER BY AVG(" + SPAN + ") DESC"), doctors);
    }

    @Test
    void daysSinceTheLatestDateCountToToday() {
        assertEquals("SELECT (CAST(CURRENT_DATE AS DATE) - CAST(MAX(t0.\"sale_date\") AS DATE)) AS \"Days since"
                + " latest sale_date of sales\" FROM \"public\".\"sales\" t0", sql("How many days since the last sale?"));
        String each = sql("How many days has it been since each customer signed up?");
        assertTrue(each.contains("(CAST(CURRENT_DATE AS DATE) - CAST(t0.\"signup_date\" AS DATE))")
                && each.contains("t0.\"customer_id\"") && !each.contains("GROUP BY"), each);
    }

    @Test
    void theDatesOfTwoTablesComeThroughTheirJoin() {
        String sql = sql("What is the average time between a sale and its payment?");
        assertTrue(sql.contains("AVG((CAST(t1.\"payment_date\" AS DATE) - CAST(t0.\"sale_date\" AS DATE)))")
                && sql.contains("JOIN \"public\".\"payments\" t1 ON t0.\"sale_id\" = t1.\"sale_id\"")
                && !sql.contains("GROUP BY"), sql);
    }

    @Test
    void unitsOtherThanDaysAreRefusedNotGivenInDays() {
        Translation t = Asking.translate(source(), "How long did treatments last on average in hours?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status());
        assertTrue(t.reason().contains("not the hours"), t.reason());
    }

    @Test
    void aNumberOfDaysIsAPeriodNotASpan() {
        String sql = sql("How many sales were made in the last 30 days?");
        assertTrue(sql.startsWith("SELECT COUNT(*)") && sql.contains("t0.\"sale_date\" >=")
                && !sql.contains("CURRENT_DATE"), sql);
        assertFalse(sql("What is the total amount of sales by day?").contains("CAST("));
    }

    @Test
    void aYearColumnDatesItsOwnRowsOnlyWhereNoOtherTableHasDates() {
        String prescribed = sql("How many treatments did each doctor prescribe in 2022?");
        assertTrue(prescribed.contains("t0.\"start_date\" >= DATE '2022-01-01'") && !prescribed.contains("year_reg"),
                prescribed);
        assertTrue(sql("How many doctors registered in 2010?").endsWith("WHERE t0.\"year_reg\" = 2010"));
    }

    @Test
    void aPeriodDatesTheEventsNotWhatDescribesTheirParties() {
        String sql = sql("What is the total amount for each customer in 2024?");
        assertTrue(sql.contains("t0.\"sale_date\" >= DATE '2024-01-01'") && !sql.contains("signup_date"), sql);
    }

    @Test
    void conditionsOnTwoColumnsJoinedByOrAreRefusedNotBoth() {
        Translation t = Asking.translate(source(), "Which customers signed up in 2024 or have a name starting with"
                + " 'S'?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().startsWith("Conditions joined by \"or\" on different columns"), t.reason());
        assertTrue(sql("How many sales were made on Mondays or Fridays?").contains("IN (1, 5)"), "one column: a list");
    }

    @Test
    void rowsRelatedToEveryOneOfSomethingAreRefusedNotAny() {
        Translation every = Asking.translate(source(), "Which doctors prescribed every drug?");
        assertEquals(Translation.Status.CANNOT_ANSWER, every.status(), every::toString);
        assertTrue(every.reason().contains("every one of them"), every.reason());
        assertTrue(sql("List all customers who signed up in 2024").contains("signup_date"));
    }

    @Test
    void anAmountColumnOfQualifiersIsNamedByItsLastWordAndItsShareOfTheWholeIsRefused() {
        assertTrue(sql("What is the total sales amount in 2024?").startsWith("SELECT SUM(t0.\"total_amount\")"));
        Translation share = Asking.translate(source(), "What is the share of the total sales amount by customer?");
        assertEquals(Translation.Status.CANNOT_ANSWER, share.status(), share::toString);
        assertTrue(share.reason().startsWith("A share of a total amount"), share.reason());
    }

    @Test
    void noneOfRowsThatMeetAConditionIsRefusedNotContradicted() {
        assertTrue(sql("How many customers have never made a sale?").contains("NOT EXISTS"));
        Translation t = Asking.translate(source(), "Which customers did not make any sales in 2024?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        // through a table of links: no writes at all, yet papers of 2020 through them — a contradiction, refused
        SchemaLexicon papers = new SchemaLexicon(5, Engine.POSTGRESQL, List.of(table(1, "author", 50),
                table(2, "writes", 400), table(3, "paper", 300)), List.of(
                col(11, 1, "aid", Types.INTEGER, true, null, 50, List.of()),
                col(12, 1, "name", Types.VARCHAR, 50, List.of()),
                col(21, 2, "aid", Types.INTEGER, false, 11L, 50, List.of()),
                col(22, 2, "pid", Types.INTEGER, false, 31L, 300, List.of()),
                col(31, 3, "pid", Types.INTEGER, true, null, 300, List.of()),
                col(32, 3, "title", Types.VARCHAR, 300, List.of()),
                col(33, 3, "year", Types.INTEGER, 20, List.of())), List.of(), List.of());
        Translation linked = Asking.translate(papers, "Which authors did not write papers in 2020?");
        assertEquals(Translation.Status.CANNOT_ANSWER, linked.status(), linked::toString);
    }
}
