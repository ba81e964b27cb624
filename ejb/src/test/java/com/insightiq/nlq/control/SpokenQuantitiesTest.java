package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.entity.Engine;
import java.math.BigDecimal;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quantities as people say them: numbers in words ("a hundred thousand", "2.5 million"), ranges ("between 1 million
 * and 2 million", which CoreNLP normalises as one wrong number), everyday words for a column ("people" for
 * population) and compound nouns ("population density" is the density, not the population).
 * Schema: state(state_name, population, area, density), city(city_name, state_name → state, population).
 */
class SpokenQuantitiesTest {
    private static final LocalDate REF = LocalDate.parse("2025-05-14");
    static final long STATE = 1, CITY = 2;
    static final long STATE_NAME = 11, STATE_POPULATION = 12, AREA = 13, DENSITY = 14,
            CITY_NAME = 21, CITY_STATE = 22, CITY_POPULATION = 23;

    private static QuestionParser parser;
    private final NlqEngine engine = new NlqEngine();

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    static SchemaLexicon geography() {
        return new SchemaLexicon(6, Engine.POSTGRESQL, List.of(table(STATE, "state", 50), table(CITY, "city", 400)),
                List.of(col(STATE_NAME, STATE, "state_name", Types.VARCHAR, true, null, 50, List.of("Texas", "Ohio")),
                        col(STATE_POPULATION, STATE, "population", Types.BIGINT, 50, List.of()),
                        col(AREA, STATE, "area", Types.DOUBLE, 50, List.of()),
                        col(DENSITY, STATE, "density", Types.DOUBLE, 50, List.of()),
                        col(CITY_NAME, CITY, "city_name", Types.VARCHAR, 390, List.of()),
                        col(CITY_STATE, CITY, "state_name", Types.VARCHAR, false, STATE_NAME, 50, List.of()),
                        col(CITY_POPULATION, CITY, "population", Types.BIGINT, 400, List.of())),
                List.of(), List.of());
    }

    private NlQuery answered(String question) {
        Translation t = engine.translate(parser.parse(question, REF), null, geography());
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> question + ": " + t.reason() + " "
                + t.notUnderstood());
        return t.query();
    }

    private String sql(NlQuery query) {
        return new NlSql().compile(query, geography(), new PostgresDriver()).sql().replaceAll("\\s+", " ");
    }

    @Test
    void numbersWrittenInWordsAreOneNumberReadOnce() {
        assertEquals(List.of(new NlQuery.Condition(STATE_POPULATION, NlQuery.Operator.LESS, List.of("100000"), false,
                false)), answered("Which states have a population of fewer than a hundred thousand?").filters());
        // "two" and "million" were read as two conditions before
        assertEquals(List.of(new NlQuery.Condition(STATE_POPULATION, NlQuery.Operator.LESS, List.of("2000000"), false,
                false)), answered("Which states have a population under two million?").filters());
        assertEquals(List.of(new NlQuery.Condition(STATE_POPULATION, NlQuery.Operator.GREATER, List.of("2500000"),
                false, false)), answered("Which states have a population over 2.5 million?").filters());
    }

    @Test
    void aRangeOfSpelledNumbersIsItsTwoEnds() {
        List<NlQuery.Condition> between = List.of(new NlQuery.Condition(STATE_POPULATION, NlQuery.Operator.BETWEEN,
                List.of("1000000", "2000000"), false, false));
        assertEquals(between, answered("Which states have a population between 1 million and 2 million?").filters());
        assertEquals(between, answered("Which states have a population between 1000000 and 2000000?").filters());
    }

    @Test
    void digitsAreReadAsWrittenNotAsTheRangeCoreNlpMadeOfThem() {
        QuestionWords q = new QuestionWords(parser.parse("between 1 million and 2 million", REF));
        assertEquals(0, new BigDecimal("1000000").compareTo(q.number(1).orElseThrow()));
        assertTrue(q.number(3).isEmpty(), "\"and\" is not a number");
        assertEquals(0, new BigDecimal("2000000").compareTo(q.number(4).orElseThrow()));
    }

    @Test
    void everydayWordsNameTheColumnTheSchemaCallsOtherwise() {
        NlQuery q = answered("Which states have fewer than a hundred thousand people?");
        assertEquals(List.of(new NlQuery.Condition(STATE_POPULATION, NlQuery.Operator.LESS, List.of("100000"), false,
                false)), q.filters());
    }

    @Test
    void aCompoundOfTwoColumnNamesIsTheSecond() {
        NlQuery q = answered("Which state has the highest population density?");
        assertEquals(List.of(new NlQuery.Order(null, DENSITY, true)), q.order());
        assertFalse(sql(q).contains("population"), () -> sql(q));
    }
}
