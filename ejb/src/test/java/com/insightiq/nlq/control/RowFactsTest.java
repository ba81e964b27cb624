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
 * Facts a row keeps about itself, said in words: a count it stores ("the number of students enrolled" is
 * course.num_enrolled, not a join to the students; "the number of credits" a student's total_credit; a table of
 * counts per tag), a value it may leave empty ("students who have declared a major" is declare_major IS NOT NULL), a
 * yes/no fact counted both ways, and a person's two names (lastname/firstname, whichever the table lists first).
 * Schema: course(course_id, name, num_enrolled, credits, has_exam), student(student_id, lastname, firstname,
 * declare_major, minor, program_id, total_credit), program(program_id, name), enrollment(course_id, student_id),
 * course_tags_count(course_id, hilarious, good_feedback) — how many students gave each tag — with declared keys.
 */
class RowFactsTest {
    static final long COURSE = 1, STUDENT = 2, PROGRAM = 3, ENROLLMENT = 4, TAGS = 5;
    static final long COURSE_ID = 11, COURSE_NAME = 12, NUM_ENROLLED = 13, CREDITS = 14, HAS_EXAM = 15,
            STUDENT_ID = 21, LASTNAME = 22, FIRSTNAME = 23, MAJOR = 24, MINOR = 25, STUDENT_PROGRAM = 26,
            TOTAL_CREDIT = 27,
            PROGRAM_ID = 31, PROGRAM_NAME = 32, ENROLLED_COURSE = 41, ENROLLED_STUDENT = 42,
            TAGS_COURSE = 51, HILARIOUS = 52, GOOD_FEEDBACK = 53;

    static SchemaLexicon school() {
        List<SchemaLexicon.Table> tables = List.of(table(COURSE, "course", 40), table(STUDENT, "student", 300),
                table(PROGRAM, "program", 6), table(ENROLLMENT, "enrollment", 2000),
                table(TAGS, "course_tags_count", 40));
        List<SchemaLexicon.Column> columns = List.of(
                col(COURSE_ID, COURSE, "course_id", Types.BIGINT, true, null, 40, List.of()),
                col(COURSE_NAME, COURSE, "name", Types.VARCHAR, 40, List.of()),
                col(NUM_ENROLLED, COURSE, "num_enrolled", Types.BIGINT, 30, List.of()),
                col(CREDITS, COURSE, "credits", Types.BIGINT, 4, List.of()),
                col(HAS_EXAM, COURSE, "has_exam", Types.BOOLEAN, 2, List.of()),
                col(STUDENT_ID, STUDENT, "student_id", Types.BIGINT, true, null, 300, List.of()),
                col(LASTNAME, STUDENT, "lastname", Types.VARCHAR, 300, List.of()),
                col(FIRSTNAME, STUDENT, "firstname", Types.VARCHAR, 300, List.of()),
                col(MAJOR, STUDENT, "declare_major", Types.VARCHAR, 5,
                        List.of("Physics", "History", "Mathematics")),
                col(MINOR, STUDENT, "minor", Types.VARCHAR, 4, List.of("Physics", "Music")),
                col(STUDENT_PROGRAM, STUDENT, "program_id", Types.BIGINT, false, PROGRAM_ID, 6, List.of()),
                col(TOTAL_CREDIT, STUDENT, "total_credit", Types.BIGINT, 40, List.of()),
                col(PROGRAM_ID, PROGRAM, "program_id", Types.BIGINT, true, null, 6, List.of()),
                col(PROGRAM_NAME, PROGRAM, "name", Types.VARCHAR, 6, List.of()),
                col(ENROLLED_COURSE, ENROLLMENT, "course_id", Types.BIGINT, false, COURSE_ID, 40, List.of()),
                col(ENROLLED_STUDENT, ENROLLMENT, "student_id", Types.BIGINT, false, STUDENT_ID, 300, List.of()),
                col(TAGS_COURSE, TAGS, "course_id", Types.BIGINT, false, COURSE_ID, 40, List.of()),
                col(HILARIOUS, TAGS, "hilarious", Types.BIGINT, 12, List.of()),
                col(GOOD_FEEDBACK, TAGS, "good_feedback", Types.BIGINT, 15, List.of()));
        return new SchemaLexicon(5, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    private Translation translate(String question) {
        return Asking.translate(school(), question);
    }

    private String answeredSql(String question) {
        return Asking.answeredSql(school(), question);
    }

    @Test
    void aCountTheRowsKeepIsThatColumnNotAJoinToWhatItCounts() {
        String ranked = answeredSql("Which course has the highest number of enrolled students?");
        assertTrue(ranked.contains("ORDER BY t0.\"num_enrolled\" DESC"), ranked);
        assertFalse(ranked.contains("JOIN"), ranked);
        String total = answeredSql("What is the total number of students enrolled in each course?");
        assertTrue(total.contains("SUM(t0.\"num_enrolled\")"), total);
        assertFalse(total.contains("JOIN") || total.contains("COUNT("), total);
        String average = answeredSql("What is the average number of students enrolled in a course?");
        assertTrue(average.contains("AVG(t0.\"num_enrolled\")"), average);
    }

    @Test
    void aTotalTheRowKeepsIsACountAndEachRowIsItsOwnValue() {
        // grouped by the key the question asks to see, each group is one student: the value, not a "sum" of one
        assertEquals("SELECT t0.\"student_id\" AS \"student_id\", t0.\"total_credit\" AS \"total_credit of student\""
                + " FROM \"public\".\"student\" t0 ORDER BY 2 DESC NULLS LAST",
                answeredSql("What is the total number of"
                + " credits earned by each student, ordered from highest to lowest? Give the student id and the total"
                + " number of credits."));
        String perProgram = answeredSql("What is the total number of credits earned by students in each program?");
        assertTrue(perProgram.contains("SUM(t0.\"total_credit\")") && perProgram.contains("GROUP BY t1.\"name\""),
                perProgram);
        // without the key asked for, each student is shown by name, and several students can share one
        String byName = answeredSql("What is the total number of credits of each student?");
        assertTrue(byName.contains("SUM(t0.\"total_credit\")") && byName.contains("GROUP BY t0.\"firstname\""),
                byName);
    }

    @Test
    void aYesNoFactCountedBothWaysIsAGroupNotACondition() {
        assertEquals("SELECT t0.\"has_exam\" AS \"has_exam\", COUNT(DISTINCT t0.\"course_id\") AS \"Count of course\""
                + " FROM \"public\".\"course\" t0 GROUP BY t0.\"has_exam\" ORDER BY 2 DESC NULLS LAST",
                answeredSql("How many courses have an exam and how many do not?"));
        String dont = answeredSql("How many courses have an exam and how many don't?");
        assertTrue(dont.contains("GROUP BY t0.\"has_exam\""), dont);
        String without = answeredSql("How many courses do not have an exam?");
        assertTrue(without.endsWith("WHERE t0.\"has_exam\" = FALSE"), without);
    }

    @Test
    void aTableOfCountsKeepsACountPerColumnSaidByTheClause() {
        String sql = answeredSql("What is the total number of students who found the instructor to be hilarious per"
                + " course id?");
        assertEquals("SELECT t0.\"course_id\" AS \"course_id\", SUM(t0.\"hilarious\") AS \"Sum of hilarious of"
                + " course_tags_count\" FROM \"public\".\"course_tags_count\" t0 GROUP BY t0.\"course_id\""
                + " ORDER BY 2 DESC NULLS LAST", sql);
    }

    @Test
    void withoutTheCountingTableNamedTheRowsAreCounted() {
        // "how many students are enrolled" names no course: whose stored count would it add up? the students counted
        String sql = answeredSql("What is the number of students?");
        assertTrue(sql.contains("COUNT(*)") && sql.contains("\"student\""), sql);
        assertFalse(sql.contains("num_enrolled"), sql);
    }

    @Test
    void somethingTheRowsHaveIsAColumnThatIsFilledIn() {
        String minor = answeredSql("Which students have a minor?");
        assertTrue(minor.contains("WHERE NOT (t0.\"minor\" IS NULL)"), minor);
        String declared = answeredSql("How many students have declared a major in each program?");
        assertTrue(declared.contains("WHERE NOT (t0.\"declare_major\" IS NULL)"), declared);
        assertTrue(declared.contains("GROUP BY t1.\"name\""), declared);
        String none = answeredSql("Which students have not declared a major?");
        assertTrue(none.contains("WHERE t0.\"declare_major\" IS NULL"), none);
        // the noun after it is the head of the same phrase, not a table to join
        String program = answeredSql("Which students have declared a minor program?");
        assertTrue(program.contains("NOT (t0.\"minor\" IS NULL)"), program);
        assertFalse(program.contains("JOIN"), program);
    }

    @Test
    void aValueAfterItIsAValueFilterNotPresence() {
        Translation t = translate("Which students have a minor in Music?");
        assertEquals(Translation.Status.ANSWERED, t.status(), t::reason);
        assertEquals(List.of(new NlQuery.Condition(MINOR, NlQuery.Operator.EQUALS, List.of("Music"), false, false)),
                t.query().filters());
    }

    @Test
    void aPersonIsListedByFirstAndLastNameWhicheverComesFirstInTheTable() {
        String sql = answeredSql("Which students have a minor? Order them by the students' last names.");
        assertTrue(sql.startsWith("SELECT t0.\"firstname\" AS \"firstname\", t0.\"lastname\" AS \"lastname\""), sql);
        assertTrue(sql.endsWith("ORDER BY 2"), sql);
    }
}
