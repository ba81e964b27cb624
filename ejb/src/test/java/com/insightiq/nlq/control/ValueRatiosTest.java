package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Ratios between the values of named rows ("the revenue of Bavaria to the revenue of Saxony"), names said with their
 * table ("the Harbour store"), a name that is a row's own name in one table and a reference in another, and matching
 * instructions written into the question itself. A small retail schema without declared keys: region(region_name,
 * country, revenue) and store(store_name, region_name, country, revenue) — both have a revenue, a country and the
 * region's name, so only the words decide.
 */
class ValueRatiosTest {
    private static final LocalDate REF = LocalDate.parse("2025-05-14");
    static final long REGION = 1, STORE = 2;
    static final long REGION_NAME = 11, REGION_COUNTRY = 12, REGION_REVENUE = 13, STORE_NAME = 21, STORE_REGION = 22,
            STORE_COUNTRY = 23, STORE_REVENUE = 24, REGION_AREA = 14, STORE_RETURNS = 25;

    private static QuestionParser parser;
    private final NlqEngine engine = new NlqEngine();

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    static SchemaLexicon retail() {
        List<SchemaLexicon.Table> tables = List.of(new SchemaLexicon.Table(REGION, "public", "region", null, null, 6L),
                new SchemaLexicon.Table(STORE, "public", "store", null, null, 40L));
        List<SchemaLexicon.Column> columns = List.of(
                col(REGION_NAME, REGION, "region_name", Types.VARCHAR, 6, List.of("Bavaria", "Saxony", "Tyrol")),
                col(REGION_COUNTRY, REGION, "country", Types.VARCHAR, 2, List.of("Germany", "Austria")),
                col(REGION_REVENUE, REGION, "revenue", Types.NUMERIC, 6, List.of()),
                col(REGION_AREA, REGION, "area", Types.DOUBLE, 6, List.of()),
                col(STORE_NAME, STORE, "store_name", Types.VARCHAR, 40, List.of("Harbour", "Alpine", "Market Hall")),
                col(STORE_REGION, STORE, "region_name", Types.VARCHAR, 6, List.of("Bavaria", "Saxony", "Tyrol")),
                col(STORE_COUNTRY, STORE, "country", Types.VARCHAR, 2, List.of("Germany", "Austria")),
                col(STORE_REVENUE, STORE, "revenue", Types.NUMERIC, 40, List.of()),
                col(STORE_RETURNS, STORE, "returns", Types.INTEGER, 12, List.of()));
        return new SchemaLexicon(1, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    private NlQuery answered(String question) {
        Translation t = engine.translate(parser.parse(question, REF), null, retail());
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        assertNotNull(t.query());
        return t.query();
    }

    private static NlQuery.Measure sumWhere(long column, long on, String value, boolean ignoreCase) {
        return new NlQuery.Measure(NlQuery.Aggregation.SUM, REGION, column, List.of(new NlQuery.Condition(on,
                NlQuery.Operator.EQUALS, List.of(value), false, ignoreCase)), List.of());
    }

    @Test
    void aRatioOfOneColumnOverTwoNamedRowsDividesTheirSums() {
        NlQuery q = answered("What is the ratio of the revenue of Bavaria to the revenue of Saxony?");
        // the region's own revenue (Bavaria is a region's name there), not the stores' revenue of that region
        assertEquals(REGION, q.tableId());
        assertEquals(List.of(new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(), List.of(
                sumWhere(REGION_REVENUE, REGION_NAME, "Bavaria", false),
                sumWhere(REGION_REVENUE, REGION_NAME, "Saxony", false)))), q.measures());
        assertTrue(q.filters().isEmpty(), "each name filters only its own side: " + q.filters());
        String sql = new NlSql().compile(q, retail(), new PostgresDriver()).sql().replaceAll("\\s+", " ");
        assertTrue(sql.contains("SUM(CASE WHEN t0.\"region_name\" = 'Bavaria' THEN t0.\"revenue\" END) / NULLIF(SUM("
                + "CASE WHEN t0.\"region_name\" = 'Saxony' THEN t0.\"revenue\" END), 0)"), sql);
    }

    @Test
    void aNameSaidWithItsTableIsThatTablesRow() {
        NlQuery q = answered("What is the ratio of the revenue of the Harbour store to the revenue of the Alpine store?");
        assertEquals(STORE, q.tableId());
        NlQuery.Measure ratio = q.measures().get(0);
        assertEquals(List.of(STORE_NAME, STORE_NAME), ratio.operands().stream()
                .map(o -> o.where().get(0).columnId()).toList());
        assertEquals(List.of(List.of("Harbour"), List.of("Alpine")), ratio.operands().stream()
                .map(o -> o.where().get(0).values()).toList());
    }

    @Test
    void matchingInstructionsInTheQuestionAreGuidanceNotWordsToRead() {
        NlQuery exact = answered("What is the ratio of the revenue of Bavaria to the revenue of Saxony? Match strings"
                + " exactly.");
        assertFalse(exact.measures().get(0).operands().get(0).where().get(0).ignoreCase());
        NlQuery loose = answered("What is the ratio of the revenue of Bavaria to the revenue of Saxony? Match"
                + " region_name case insensitively");
        assertEquals(List.of(new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(), List.of(
                sumWhere(REGION_REVENUE, REGION_NAME, "Bavaria", true),
                sumWhere(REGION_REVENUE, REGION_NAME, "Saxony", true)))), loose.measures());
    }

    @Test
    void perBetweenTwoColumnsDividesThemOnTheTableThatHasBoth() {
        NlQuery q = answered("What is the ratio of revenue per area for each region?");
        assertEquals(REGION, q.tableId());
        assertEquals(List.of(new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(), List.of(
                NlQuery.Measure.of(NlQuery.Aggregation.VALUE, REGION, REGION_REVENUE),
                NlQuery.Measure.of(NlQuery.Aggregation.VALUE, REGION, REGION_AREA)))), q.measures());
        assertEquals(List.of(new NlQuery.Field(REGION_NAME, null)), q.fields(), "the region's own name, no join");
        assertTrue(q.joins().isEmpty(), q.joins()::toString);
    }

    @Test
    void theAverageRatioAveragesEachRowsRatioPerGroup() {
        NlQuery q = answered("What is the average ratio of revenue to area for each country?");
        NlQuery.Measure rowRatio = new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(), List.of(
                NlQuery.Measure.of(NlQuery.Aggregation.VALUE, REGION, REGION_REVENUE),
                NlQuery.Measure.of(NlQuery.Aggregation.VALUE, REGION, REGION_AREA)));
        assertEquals(List.of(new NlQuery.Measure(NlQuery.Aggregation.AVG, REGION, null, List.of(), List.of(rowRatio))),
                q.measures());
        assertEquals(List.of(new NlQuery.Field(REGION_COUNTRY, null)), q.fields());
        String sql = new NlSql().compile(q, retail(), new com.insightiq.connection.control.PostgresDriver()).sql();
        assertTrue(sql.contains("AVG(1.0 * t0.\"revenue\" / NULLIF(t0.\"area\", 0))"), sql);
    }

    @Test
    void aCountColumnSaidAsTheThingsItCountsIsAboveZero() {
        NlQuery with = answered("How many stores with returns are there?");
        assertEquals(List.of(new NlQuery.Condition(STORE_RETURNS, NlQuery.Operator.GREATER, List.of("0"), false,
                false)), with.filters());
        NlQuery without = answered("How many stores without returns are there?");
        assertEquals(List.of(new NlQuery.Condition(STORE_RETURNS, NlQuery.Operator.GREATER, List.of("0"), true,
                false)), without.filters());
    }

    @Test
    void onlyASentenceAfterTheFirstCanBeAnInstruction() {
        ParsedQuestion asked = parser.parse("Match stores to regions by revenue. Use ILIKE for names.", REF);
        ParsedQuestion kept = Guidance.withoutInstructions(asked);
        assertEquals("Match stores to regions by revenue.", kept.text());
        assertEquals("Use ILIKE for names.", Guidance.instructionsIn(asked));
        assertTrue(Guidance.none().with(Guidance.instructionsIn(asked)).ignoreCase());
        ParsedQuestion plain = parser.parse("Which stores match Bavaria?", REF);
        assertEquals(plain, Guidance.withoutInstructions(plain));
        assertEquals("", Guidance.instructionsIn(plain));
    }
}
