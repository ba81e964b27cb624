package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Values as people write them: a letter grade at the end of the sentence ("A or C." — the tokenizer keeps "C." as one
 * abbreviation), a capital letter that is not the article ("a grade of A"), a hyphenated value that starts with a
 * preposition ("in-person"), the value spelled as written before one equal only once normalised (B, not B+), and
 * the text after "starts with"/"containing", quoted or not.
 * Schema: student(student_id, name), course(course_id, title), record(record_id, student_id, course_id, grade, how).
 */
class WrittenValuesTest {
    static final long STUDENT = 1, RECORD = 2, COURSE = 3;
    static final long STUDENT_ID = 11, NAME = 12, RECORD_ID = 21, RECORD_STUDENT = 22, GRADE = 23, HOW = 24,
            RECORD_COURSE = 25, COURSE_ID = 31, TITLE = 32;

    static SchemaLexicon records() {
        return new SchemaLexicon(7, Engine.POSTGRESQL, List.of(table(STUDENT, "student", 100),
                table(RECORD, "record", 900), table(COURSE, "course", 30)), List.of(
                col(STUDENT_ID, STUDENT, "student_id", Types.BIGINT, true, null, 100, List.of()),
                col(NAME, STUDENT, "name", Types.VARCHAR, 100, List.of()),
                col(RECORD_ID, RECORD, "record_id", Types.BIGINT, true, null, 900, List.of()),
                col(RECORD_STUDENT, RECORD, "student_id", Types.BIGINT, false, STUDENT_ID, 100, List.of()),
                col(GRADE, RECORD, "grade", Types.VARCHAR, 6, List.of("A", "B", "B+", "C", "D", "F")),
                col(HOW, RECORD, "how", Types.VARCHAR, 2, List.of("in-person", "online")),
                col(RECORD_COURSE, RECORD, "course_id", Types.BIGINT, false, COURSE_ID, 30, List.of()),
                col(COURSE_ID, COURSE, "course_id", Types.BIGINT, true, null, 30, List.of()),
                col(TITLE, COURSE, "title", Types.VARCHAR, 30, List.of())),
                List.of(), List.of());
    }

    private List<NlQuery.Condition> filters(String question) {
        return Asking.answered(records(), question).filters();
    }

    @Test
    void lettersAtTheEndAndAfterOfAreGrades() {
        assertEquals(List.of(new NlQuery.Condition(HOW, NlQuery.Operator.EQUALS, List.of("in-person"), false, false),
                new NlQuery.Condition(GRADE, NlQuery.Operator.EQUALS, List.of("A", "C"), false, false)),
                filters("Return the student IDs who have taken an in-person course and have gotten a grade of A or C."));
    }

    @Test
    void theValueAsWrittenBeatsOneThatOnlyNormalisesToIt() {
        assertEquals(List.of(new NlQuery.Condition(GRADE, NlQuery.Operator.EQUALS, List.of("B"), false, false)),
                filters("Which students got a grade of B?"));
        assertEquals(List.of(new NlQuery.Condition(GRADE, NlQuery.Operator.EQUALS, List.of("B+"), false, false)),
                filters("Which students got a grade of B+?"));
    }

    @Test
    void aTextAfterStartsWithOrContainsIsMatchedQuotedOrNot() {
        assertEquals(List.of(new NlQuery.Condition(NAME, NlQuery.Operator.STARTS_WITH, List.of("S"), false, false)),
                filters("List the students whose name starts with S"));
        assertEquals(List.of(new NlQuery.Condition(TITLE, NlQuery.Operator.CONTAINS, List.of("data"), false, false)),
                filters("Which courses have a title containing data?"));
    }

    @Test
    void aLetterNothingReadsIsReportedNotDropped() {
        Translation t = Asking.translate(records(), "List the students whose name ends with S");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status());
        assertEquals(List.of("S"), t.notUnderstood());
    }

    @Test
    void aLowerCaseArticleIsNoGrade() {
        Translation t = Asking.translate(records(), "How many students have a record?");
        assertEquals(Translation.Status.ANSWERED, t.status(), t::reason);
        assertEquals(List.of(), t.query().filters().stream().filter(c -> c.columnId() == GRADE).toList());
    }
}
