package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rows dated by a year number (tip.year) rather than a date: "in 2021 or 2022" is either year, never both at once;
 * "before 2022" the years before it; "users who wrote tips in 2020 and 2021" (either, or both?) is asked back.
 */
class YearColumnsTest {
    static final long USERS = 1, TIP = 2;
    static final long UID = 11, NAME = 12, TIP_ID = 21, T_USER = 22, LIKES = 23, YEAR = 24;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(USERS, "users", 50), table(TIP, "tip", 700));
        List<SchemaLexicon.Column> columns = List.of(
                col(UID, USERS, "uid", Types.INTEGER, true, null, 50, List.of()),
                col(NAME, USERS, "name", Types.VARCHAR, 50, List.of()),
                col(TIP_ID, TIP, "tip_id", Types.INTEGER, true, null, 700, List.of()),
                col(T_USER, TIP, "uid", Types.INTEGER, false, UID, 50, List.of()),
                col(LIKES, TIP, "likes", Types.INTEGER, 20, List.of()),
                col(YEAR, TIP, "year", Types.INTEGER, 5, List.of()));
        return new SchemaLexicon(15, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    private static NlQuery.Condition year(NlQuery.Operator op, String... values) {
        return new NlQuery.Condition(YEAR, op, List.of(values), false, false);
    }

    @Test
    void twoYearsOfTheRowsAreEitherYear() {
        for (String q : List.of("How many tips were written in 2021 or 2022?",
                "How many tips were written in 2021 and 2022?")) {
            assertEquals(List.of(year(NlQuery.Operator.EQUALS, "2021", "2022")), Asking.answered(source(), q)
                    .filters(), q);
        }
        assertTrue(Asking.answeredSql(source(), "How many tips were written in 2021 or 2022?")
                .endsWith("WHERE t0.\"year\" IN (2021, 2022)"));
        assertEquals(List.of(year(NlQuery.Operator.EQUALS, "2020", "2021")), Asking.answered(source(),
                "Which users wrote tips in 2020 or 2021?").filters());
    }

    @Test
    void eitherOrBothOfThingsWithManyRowsIsAskedBack() {
        Translation t = Asking.translate(source(), "Which users wrote tips in 2020 and 2021?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().contains("say \"or\" or \"both\""), t.reason());
    }

    @Test
    void beforeAYearIsTheYearsBeforeIt() {
        assertEquals(List.of(year(NlQuery.Operator.LESS, "2022")), Asking.answered(source(),
                "What is the average number of likes of tips written before 2022?").filters());
        assertEquals(List.of(year(NlQuery.Operator.GREATER_OR_EQUAL, "2021")), Asking.answered(source(),
                "How many tips were written after 2020?").filters());
    }
}
