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
 * Each side of a ratio with its own rows: "publications presented in conferences to publications published in
 * journals" (those that have a conference, those that have a journal), "students enrolled in courses with exams to …
 * without exams" (the courses named again are the rows whose stored count is summed). Schema: conferences(cid, name),
 * journals(jid, name), publications(pid, title, cid → conferences, jid → journals, num_cited_by), courses(course_id,
 * name, num_enrolled, has_exams).
 */
class RatioSidesTest {
    static final long CONFERENCES = 1, JOURNALS = 2, PUBLICATIONS = 3, COURSES = 4;
    static final long CID = 11, CONFERENCE_NAME = 12, JID = 21, JOURNAL_NAME = 22, PID = 31, TITLE = 32,
            PUB_CID = 33, PUB_JID = 34, CITATIONS = 35, COURSE_ID = 41, COURSE_NAME = 42, ENROLLED = 43, EXAMS = 44;

    static SchemaLexicon source() {
        return new SchemaLexicon(3, Engine.POSTGRESQL, List.of(table(CONFERENCES, "conferences", 40),
                table(JOURNALS, "journals", 30), table(PUBLICATIONS, "publications", 900),
                table(COURSES, "courses", 200)), List.of(
                col(CID, CONFERENCES, "cid", Types.INTEGER, true, null, 40, List.of()),
                col(CONFERENCE_NAME, CONFERENCES, "name", Types.VARCHAR, 40, List.of()),
                col(JID, JOURNALS, "jid", Types.INTEGER, true, null, 30, List.of()),
                col(JOURNAL_NAME, JOURNALS, "name", Types.VARCHAR, 30, List.of()),
                col(PID, PUBLICATIONS, "pid", Types.INTEGER, true, null, 900, List.of()),
                col(TITLE, PUBLICATIONS, "title", Types.VARCHAR, 900, List.of()),
                col(PUB_CID, PUBLICATIONS, "cid", Types.INTEGER, false, CID, 40, List.of()),
                col(PUB_JID, PUBLICATIONS, "jid", Types.INTEGER, false, JID, 30, List.of()),
                col(CITATIONS, PUBLICATIONS, "num_cited_by", Types.INTEGER, 120, List.of()),
                col(COURSE_ID, COURSES, "course_id", Types.INTEGER, true, null, 200, List.of()),
                col(COURSE_NAME, COURSES, "name", Types.VARCHAR, 200, List.of()),
                col(ENROLLED, COURSES, "num_enrolled", Types.INTEGER, 80, List.of()),
                col(EXAMS, COURSES, "has_exams", Types.BOOLEAN, 2, List.of())), List.of(), List.of());
    }

    @Test
    void aTableTheSidesRowsReferToSaysTheyHaveOne() {
        NlQuery q = Asking.answered(source(), "What is the ratio of publications presented in conferences to"
                + " publications published in journals?");
        NlQuery.Measure ratio = q.measures().get(0);
        assertEquals(NlQuery.Aggregation.RATIO, ratio.aggregation());
        assertEquals(List.of(new NlQuery.Condition(PUB_CID, NlQuery.Operator.IS_EMPTY, List.of(), true, false)),
                ratio.operands().get(0).where());
        assertEquals(List.of(new NlQuery.Condition(PUB_JID, NlQuery.Operator.IS_EMPTY, List.of(), true, false)),
                ratio.operands().get(1).where());
        assertTrue(q.joins().isEmpty() && q.filters().isEmpty(), q::toString);
        assertTrue(Interpretations.conditionText(ratio.operands().get(0).where().get(0), source())
                .endsWith("is filled in"));
    }

    @Test
    void saidNotToHaveOneItIsEmpty() {
        NlQuery q = Asking.answered(source(), "What is the ratio of publications in journals to publications not in"
                + " journals?");
        assertEquals(List.of(new NlQuery.Condition(PUB_JID, NlQuery.Operator.IS_EMPTY, List.of(), false, false)),
                q.measures().get(0).operands().get(1).where());
    }

    @Test
    void theSidesOwnRowsNamedAgainOnlySayWhoseCountItIs() {
        String sql = Asking.answeredSql(source(), "What is the ratio of the total number of students enrolled in"
                + " courses with exams to the total number of students enrolled in courses without exams?");
        assertTrue(sql.contains("SUM(CASE WHEN t0.\"has_exams\" = TRUE THEN t0.\"num_enrolled\" END)")
                && sql.contains("SUM(CASE WHEN t0.\"has_exams\" = FALSE THEN t0.\"num_enrolled\" END)"), sql);
        String cited = Asking.answeredSql(source(), "What is the ratio of publications cited by 2 or more publications"
                + " to publications cited by fewer than 2 publications?");
        assertTrue(cited.contains("t0.\"num_cited_by\" >= 2") && cited.contains("t0.\"num_cited_by\" < 2"), cited);
    }

    @Test
    void aTableWithNoKeyFromTheSideIsStillNotUnderstood() {
        Translation t = Asking.translate(source(), "What is the ratio of courses with exams to courses in journals?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
    }
}
