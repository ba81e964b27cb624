package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the shape of the joins decides: a count stays a plain count while every join only goes to what the counted
 * rows reference (each a unique key), and becomes a count of distinct keys once a join can repeat them; one table
 * named twice as two related rows (a self-relation) is refused, not answered with the filter's own row. Schema:
 * department(dept_id, name), employee(employee_id, name, dept_id, manager_id, last_name), project(project_id, title, dept_id,
 * budget) with declared keys.
 */
class JoinShapesTest {
    private static final LocalDate REF = LocalDate.parse("2025-05-14");
    static final long DEPARTMENT = 1, EMPLOYEE = 2, PROJECT = 3;
    static final long DEPT_ID = 11, DEPT_NAME = 12, EMP_ID = 21, EMP_NAME = 22, EMP_DEPT = 23, EMP_MANAGER = 24,
            PROJECT_ID = 31, PROJECT_TITLE = 32, PROJECT_DEPT = 33, PROJECT_BUDGET = 34, EMP_LAST = 25;

    private static QuestionParser parser;
    private final NlqEngine engine = new NlqEngine();

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    static SchemaLexicon company() {
        List<SchemaLexicon.Table> tables = List.of(table(DEPARTMENT, "department", 8), table(EMPLOYEE, "employee", 300),
                table(PROJECT, "project", 40));
        List<SchemaLexicon.Column> columns = List.of(
                col(DEPT_ID, DEPARTMENT, "dept_id", Types.BIGINT, true, null, 8, List.of()),
                col(DEPT_NAME, DEPARTMENT, "name", Types.VARCHAR, false, null, 8, List.of("Finance", "Research")),
                col(EMP_ID, EMPLOYEE, "employee_id", Types.BIGINT, true, null, 300, List.of()),
                col(EMP_NAME, EMPLOYEE, "name", Types.VARCHAR, false, null, 298, List.of("Ann Lee", "Bo Chen")),
                col(EMP_DEPT, EMPLOYEE, "dept_id", Types.BIGINT, false, DEPT_ID, 8, List.of()),
                col(EMP_MANAGER, EMPLOYEE, "manager_id", Types.BIGINT, false, EMP_ID, 20, List.of()),
                col(EMP_LAST, EMPLOYEE, "last_name", Types.VARCHAR, false, null, 150, List.of("Doe", "Lee")),
                col(PROJECT_ID, PROJECT, "project_id", Types.BIGINT, true, null, 40, List.of()),
                col(PROJECT_TITLE, PROJECT, "title", Types.VARCHAR, false, null, 40, List.of()),
                col(PROJECT_DEPT, PROJECT, "dept_id", Types.BIGINT, false, DEPT_ID, 8, List.of()),
                col(PROJECT_BUDGET, PROJECT, "budget", Types.NUMERIC, false, null, 40, List.of()));
        return new SchemaLexicon(3, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    private Translation translate(String question) {
        return engine.translate(parser.parse(question, REF), null, company());
    }

    private String answeredSql(String question) {
        Translation t = translate(question);
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        return new NlSql().compile(t.query(), company(), new PostgresDriver()).sql().replaceAll("\\s+", " ");
    }

    @Test
    void joinsOnlyToWhatTheCountedRowsReferenceKeepAPlainCount() {
        String sql = answeredSql("How many projects does each department have?");
        assertTrue(sql.contains("COUNT(*)"), sql);
        assertFalse(sql.contains("DISTINCT"), sql);
    }

    @Test
    void aVerbThatOnlyRelatesTwoTablesIsNotAValue() {
        // "does" meets the surname Doe in its word forms; "offer" only says how departments and projects relate
        Translation t = translate("How many projects does each department offer?");
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        assertTrue(t.query().filters().isEmpty(), t.query().filters()::toString);
        assertEquals(List.of(new NlQuery.Field(DEPT_NAME, null)), t.query().fields());
    }

    @Test
    void aJoinThatCanRepeatTheCountedRowsCountsTheirKeys() {
        // project → department is one department per project; department → employee repeats it per employee
        String sql = answeredSql("How many projects are there for each employee name?");
        assertTrue(sql.contains("COUNT(DISTINCT t0.\"project_id\")"), sql);
    }

    @Test
    void aCountOfTheRowsMeetingAGroupConditionCountsTheKeptGroups() {
        Translation t = translate("How many departments have more than 10 employees?");
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        assertTrue(t.query().fields().isEmpty());
        assertEquals(List.of(new NlQuery.Having(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, EMPLOYEE, null),
                NlQuery.Operator.GREATER, List.of("10"))), t.query().having());
        String sql = new NlSql().compile(t.query(), company(), new PostgresDriver()).sql().replaceAll("\\s+", " ");
        assertEquals("SELECT COUNT(*) AS \"Count of department\" FROM (SELECT t0.\"dept_id\" AS k FROM"
                + " \"public\".\"department\" t0 JOIN \"public\".\"employee\" t1 ON t0.\"dept_id\" = t1.\"dept_id\""
                + " GROUP BY t0.\"dept_id\" HAVING COUNT(*) > 10) s", sql);
        NlQuery averaged = new NlQuery(DEPARTMENT, t.query().joins(), List.of(), List.of(NlQuery.Measure.of(
                NlQuery.Aggregation.AVG, PROJECT, PROJECT_BUDGET)), List.of(), List.of(), null, false, null,
                t.query().having());
        assertThrows(InvalidInputException.class, () -> new NlSql().compile(averaged, company(), new PostgresDriver()),
                "a measure of another table than the kept rows' is refused, not computed over the wrong rows");
    }

    @Test
    void oneTableNamedTwiceAsTwoRelatedRowsIsRefused() {
        Translation t = translate("Which employees manage the employee whose name is \"Ann Lee\"?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), () -> String.valueOf(t.query()));
        assertTrue(t.reason().contains("relates one employee to another"), t.reason());
        Translation same = translate("Which department has the most employees, and how many employees does that"
                + " department have?");
        assertFalse(same.reason() != null && same.reason().contains("relates one"), same.reason());
    }
}
