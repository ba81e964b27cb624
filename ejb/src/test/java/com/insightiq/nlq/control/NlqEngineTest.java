package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.MySqlDriver;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.TimeGrain;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The translator's mechanisms one by one, on the real CoreNLP pipeline and a small sales schema written here
 * (customers, orders, products, order lines, with declared keys and a value index): linking with synonyms and the
 * glossary, aggregation and grouping, time ranges on a fixed reference date, top-N, comparisons, negation, join paths
 * and their ambiguity, guidance, and the honest refusals.
 */
class NlqEngineTest {
    /** A Wednesday. */
    private static final LocalDate REF = LocalDate.parse("2025-05-14");

    static final long CUSTOMERS = 1;
    static final long ORDERS = 2;
    static final long PRODUCTS = 3;
    static final long LINES = 4;

    static final long CUSTOMER_ID = 11;
    static final long CUSTOMER_NAME = 12;
    static final long COUNTRY = 13;
    static final long SEGMENT = 14;
    static final long ORDER_ID = 21;
    static final long ORDER_CUSTOMER = 22;
    static final long STATUS = 23;
    static final long TOTAL = 24;
    static final long CREATED_AT = 25;
    static final long ORDER_SHOP = 26;
    static final long PRODUCT_ID = 31;
    static final long PRODUCT_NAME = 32;
    static final long CATEGORY = 33;
    static final long PRICE = 34;
    static final long LINE_ID = 41;
    static final long LINE_ORDER = 42;
    static final long LINE_PRODUCT = 43;
    static final long QUANTITY = 44;

    private static QuestionParser parser;
    private final NlqEngine engine = new NlqEngine();

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    static SchemaLexicon sales(List<SchemaLexicon.Synonym> synonyms, List<SchemaLexicon.Term> glossary,
            boolean shopOwners) {
        List<SchemaLexicon.Table> tables = new ArrayList<>(List.of(
                new SchemaLexicon.Table(CUSTOMERS, "public", "customers", "Customers", null, 1000L),
                new SchemaLexicon.Table(ORDERS, "public", "orders", "Orders", null, 20000L),
                new SchemaLexicon.Table(PRODUCTS, "public", "products", "Products", null, 200L),
                new SchemaLexicon.Table(LINES, "public", "order_lines", "Order Lines", null, 50000L)));
        List<SchemaLexicon.Column> columns = new ArrayList<>(List.of(
                col(CUSTOMER_ID, CUSTOMERS, "id", Types.BIGINT, true, null, List.of()),
                col(CUSTOMER_NAME, CUSTOMERS, "name", Types.VARCHAR, false, null, List.of()),
                col(COUNTRY, CUSTOMERS, "country", Types.VARCHAR, false, null,
                        List.of("Germany", "France", "Italy", "United States")),
                col(SEGMENT, CUSTOMERS, "segment", Types.VARCHAR, false, null, List.of("Consumer", "Corporate")),
                col(ORDER_ID, ORDERS, "id", Types.BIGINT, true, null, List.of()),
                col(ORDER_CUSTOMER, ORDERS, "customer_id", Types.BIGINT, false, CUSTOMER_ID, List.of()),
                col(STATUS, ORDERS, "status", Types.VARCHAR, false, null, List.of("shipped", "returned", "cancelled")),
                col(TOTAL, ORDERS, "total", Types.NUMERIC, false, null, List.of()),
                col(CREATED_AT, ORDERS, "created_at", Types.TIMESTAMP, false, null, List.of()),
                col(PRODUCT_ID, PRODUCTS, "id", Types.BIGINT, true, null, List.of()),
                col(PRODUCT_NAME, PRODUCTS, "name", Types.VARCHAR, false, null, List.of()),
                col(CATEGORY, PRODUCTS, "category", Types.VARCHAR, false, null, List.of("Electronics", "Books")),
                col(PRICE, PRODUCTS, "price", Types.NUMERIC, false, null, List.of()),
                col(LINE_ID, LINES, "id", Types.BIGINT, true, null, List.of()),
                col(LINE_ORDER, LINES, "order_id", Types.BIGINT, false, ORDER_ID, List.of()),
                col(LINE_PRODUCT, LINES, "product_id", Types.BIGINT, false, PRODUCT_ID, List.of()),
                col(QUANTITY, LINES, "quantity", Types.INTEGER, false, null, List.of())));
        if (shopOwners) {
            // a second way from orders to customers: the customer who sold it
            columns.add(col(ORDER_SHOP, ORDERS, "seller_id", Types.BIGINT, false, CUSTOMER_ID, List.of()));
        }
        return new SchemaLexicon(7, Engine.POSTGRESQL, tables, columns, synonyms, glossary);
    }

    private static SchemaLexicon.Column col(long id, long table, String name, int type, boolean pk, Long fk,
            List<String> values) {
        SemanticType semantic = type == Types.TIMESTAMP ? SemanticType.DATE_TIME : null;
        return new SchemaLexicon.Column(id, table, name, null, null, semantic, type, "x", pk, fk,
                values.isEmpty() ? null : values.size(), values);
    }

    private Translation ask(String question) {
        return ask(question, sales(List.of(), List.of(), false), null);
    }

    private Translation ask(String question, SchemaLexicon lexicon, String context) {
        return engine.translate(parser.parse(question, REF), context == null ? null : parser.parse(context, REF),
                lexicon);
    }

    private static NlQuery answered(Translation t) {
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        assertNotNull(t.query());
        return t.query();
    }

    @Test
    void countsRowsOfTheNamedTable() {
        NlQuery q = answered(ask("How many orders are there?"));
        assertEquals(ORDERS, q.tableId());
        assertEquals(List.of(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, ORDERS, null)), q.measures());
        assertTrue(q.fields().isEmpty() && q.filters().isEmpty() && q.joins().isEmpty());
    }

    @Test
    void aggregationWordsPickTheAggregateAndTheNumericColumn() {
        NlQuery avg = answered(ask("What is the average total of orders?"));
        assertEquals(NlQuery.Aggregation.AVG, avg.measures().get(0).aggregation());
        assertEquals(TOTAL, avg.measures().get(0).columnId());
        NlQuery max = answered(ask("What is the maximum price of products?"));
        assertEquals(NlQuery.Aggregation.MAX, max.measures().get(0).aggregation());
        assertEquals(PRICE, max.measures().get(0).columnId());
    }

    @Test
    void indexedValuesBecomeFiltersAndListsAndFollowTheForeignKey() {
        NlQuery q = answered(ask("What is the total of orders from customers in Germany and France?"));
        assertEquals(NlQuery.Aggregation.SUM, q.measures().get(0).aggregation());
        assertEquals(TOTAL, q.measures().get(0).columnId());
        NlQuery.Condition country = q.filters().stream().filter(f -> f.columnId() == COUNTRY).findFirst().orElseThrow();
        assertEquals(List.of("Germany", "France"), country.values());
        assertFalse(country.negated());
        assertEquals(List.of(new NlQuery.Join(ORDER_CUSTOMER, CUSTOMER_ID)), q.joins());
    }

    @Test
    void groupsByATimeGrainWithinAYear() {
        NlQuery q = answered(ask("Total of orders by month in 2024"));
        assertEquals(List.of(new NlQuery.Field(CREATED_AT, TimeGrain.MONTH)), q.fields());
        NlQuery.Condition year = q.filters().get(0);
        assertEquals(NlQuery.Operator.TIME_RANGE, year.operator());
        assertEquals(List.of("2024-01-01", "2025-01-01"), year.values());
        // periods in time order
        assertEquals(List.of(new NlQuery.Order(null, CREATED_AT, false)), q.order());
    }

    @Test
    void relativeTimeIsAnchoredOnTheReferenceDate() {
        NlQuery q = answered(ask("How many orders were created in the last 30 days?"));
        NlQuery.Condition range = q.filters().get(0);
        assertEquals(CREATED_AT, range.columnId());
        assertEquals(List.of("2025-04-15", "2025-05-15"), range.values());
    }

    @Test
    void groupsByTheNamedTableThroughItsLabelColumn() {
        NlQuery q = answered(ask("What is the total of orders for each customer?"));
        assertEquals(List.of(new NlQuery.Field(CUSTOMER_NAME, null)), q.fields());
        assertEquals(List.of(new NlQuery.Order(0, null, true)), q.order());
    }

    @Test
    void topNRanksGroupsByTheMeasure() {
        NlQuery q = answered(ask("Which 5 customers have the most orders?"));
        assertEquals(List.of(new NlQuery.Field(CUSTOMER_NAME, null)), q.fields());
        assertEquals(NlQuery.Aggregation.COUNT, q.measures().get(0).aggregation());
        assertEquals(5, q.limit());
        assertTrue(q.order().get(0).descending());
        NlQuery top = answered(ask("Show the top 3 products by price"));
        assertEquals(3, top.limit());
    }

    @Test
    void aRankedListOfThingsShowsWhatRanksThem() {
        NlQuery top = answered(ask("What are the top 3 products with the highest price?"));
        assertEquals(List.of(new NlQuery.Field(PRODUCT_NAME, null), new NlQuery.Field(PRICE, null)), top.fields());
        assertEquals(3, top.limit());
        // a named column is what was asked for: nothing added
        NlQuery names = answered(ask("What are the names of the top 3 products with the highest price?"));
        assertEquals(List.of(new NlQuery.Field(PRODUCT_NAME, null)), names.fields());
    }

    @Test
    void aListFromTheBestToTheLowestIsOrderedByTheColumnBetweenAndShowsIt() {
        NlQuery q = answered(ask("List the products starting from the highest price to the lowest"));
        assertEquals(List.of(new NlQuery.Field(PRODUCT_NAME, null), new NlQuery.Field(PRICE, null)), q.fields());
        assertEquals(List.of(new NlQuery.Order(null, PRICE, true)), q.order());
        assertNull(q.limit(), "every product, not the first one");
    }

    @Test
    void aColumnSaidWithAnArticleAfterWithIsAConditionNotAColumnToShow() {
        Translation t = ask("Which products come with a category?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), () -> String.valueOf(t.query()));
        assertTrue(t.reason().contains("category"), t.reason());
    }

    @Test
    void rowsOthersWouldPointAtAreNotReadAsAnEmptyReference() {
        // customers do not hold a reference to orders: "no orders" is no order pointing at them, never a join
        NlQuery q = answered(ask("Which customers have no orders?"));
        assertTrue(q.joins().isEmpty(), q::toString);
        assertEquals(List.of(new NlQuery.Condition(CUSTOMER_ID, NlQuery.Operator.HAS_NONE,
                List.of(Long.toString(ORDER_CUSTOMER)), false, false)), q.filters());
    }

    @Test
    void superlativeWithoutANumberIsTheFirstOne() {
        NlQuery q = answered(ask("Which product has the highest price?"));
        assertEquals(List.of(new NlQuery.Field(PRODUCT_NAME, null)), q.fields());
        assertEquals(List.of(new NlQuery.Order(null, PRICE, true)), q.order());
        assertEquals(1, q.limit());
    }

    @Test
    void comparisonsReadTheirOperatorAndNumber() {
        NlQuery over = answered(ask("How many orders have a total over 500?"));
        assertEquals(new NlQuery.Condition(TOTAL, NlQuery.Operator.GREATER, List.of("500"), false, false),
                over.filters().get(0));
        NlQuery least = answered(ask("How many orders have a total of at least 100?"));
        assertEquals(NlQuery.Operator.GREATER_OR_EQUAL, least.filters().get(0).operator());
        NlQuery between = answered(ask("How many products have a price between 10 and 20?"));
        assertEquals(new NlQuery.Condition(PRICE, NlQuery.Operator.BETWEEN, List.of("10", "20"), false, false),
                between.filters().get(0));
    }

    @Test
    void negationTurnsTheConditionAround() {
        NlQuery q = answered(ask("How many orders are not shipped?"));
        NlQuery.Condition status = q.filters().get(0);
        assertEquals(STATUS, status.columnId());
        assertEquals(List.of("shipped"), status.values());
        assertTrue(status.negated());
    }

    @Test
    void tenantSynonymsAndGlossaryTermsLink() {
        SchemaLexicon lexicon = sales(List.of(new SchemaLexicon.Synonym("purchases", "purchase", "TABLE", ORDERS, null,
                null)), List.of(new SchemaLexicon.Term("revenue", List.of("turnover"), "Money in", TOTAL, null)),
                false);
        NlQuery purchases = answered(ask("How many purchases are there?", lexicon, null));
        assertEquals(ORDERS, purchases.measures().get(0).tableId());
        NlQuery revenue = answered(ask("What is the total turnover by country?", lexicon, null));
        assertEquals(TOTAL, revenue.measures().get(0).columnId());
        assertEquals(List.of(new NlQuery.Field(COUNTRY, null)), revenue.fields());
        // without the synonym the same question is not understood
        Translation unknown = ask("How many purchases are there?");
        assertEquals(Translation.Status.CANNOT_ANSWER, unknown.status());
        assertTrue(unknown.notUnderstood().contains("purchases"), unknown.notUnderstood().toString());
    }

    @Test
    void joinsFollowTheShortestPathAcrossTables() {
        NlQuery q = answered(ask("What is the total quantity of order lines for each product category?"));
        assertEquals(LINES, q.tableId());
        assertEquals(List.of(new NlQuery.Join(LINE_PRODUCT, PRODUCT_ID)), q.joins());
        NlQuery two = answered(ask("How many order lines are there from customers in Italy?"));
        assertEquals(List.of(new NlQuery.Join(LINE_ORDER, ORDER_ID), new NlQuery.Join(ORDER_CUSTOMER, CUSTOMER_ID)),
                two.joins());
    }

    @Test
    void twoEquallyShortJoinPathsMakeTheQuestionAmbiguous() {
        SchemaLexicon lexicon = sales(List.of(), List.of(), true);
        // orders reach customers through their buyer or through their seller
        Translation direct = ask("What is the total of orders from customers in Germany?", lexicon, null);
        assertEquals(Translation.Status.AMBIGUOUS, direct.status(), direct.reason());
        assertTrue(direct.choices().size() >= 2);
        assertNull(direct.query());
        assertTrue(direct.choices().stream().anyMatch(c -> c.query().joins().contains(
                new NlQuery.Join(ORDER_CUSTOMER, CUSTOMER_ID))));
        assertTrue(direct.choices().stream().anyMatch(c -> c.query().joins().contains(
                new NlQuery.Join(ORDER_SHOP, CUSTOMER_ID))));
    }

    @Test
    void aTableNamedBeforeItsColumnIsThatColumn() {
        NlQuery q = answered(ask("What is the average order total per customer segment?"));
        assertEquals(List.of(NlQuery.Measure.of(NlQuery.Aggregation.AVG, ORDERS, TOTAL)), q.measures());
        assertEquals(List.of(new NlQuery.Field(SEGMENT, null)), q.fields());
        NlQuery lines = answered(ask("Average quantity of order lines by product category"));
        assertEquals(List.of(new NlQuery.Field(CATEGORY, null)), lines.fields());
        assertEquals(QUANTITY, lines.measures().get(0).columnId());
    }

    @Test
    void percentagesCountTheRowsMeetingTheCondition() {
        NlQuery q = answered(ask("What percentage of orders were returned?"));
        NlQuery.Measure share = q.measures().get(0);
        assertEquals(NlQuery.Aggregation.PERCENT, share.aggregation());
        assertEquals(ORDERS, share.tableId());
        assertEquals(List.of(new NlQuery.Condition(STATUS, NlQuery.Operator.EQUALS, List.of("returned"), false,
                false)), share.where());
        assertTrue(q.filters().isEmpty(), q.filters().toString());
        NlQuery byCountry = answered(ask("What share of orders were cancelled for each country?"));
        assertEquals(NlQuery.Aggregation.SHARE, byCountry.measures().get(0).aggregation());
        assertEquals(List.of(new NlQuery.Field(COUNTRY, null)), byCountry.fields());
        String sql = new NlSql().compile(q, sales(List.of(), List.of(), false), new PostgresDriver()).template();
        assertTrue(sql.contains("100.0 * SUM(CASE WHEN t0.\"status\" = {{v1}} THEN 1.0 ELSE 0 END) / NULLIF(COUNT(*), 0)"),
                sql);
    }

    @Test
    void periodsAreComparedWithThePreviousOne() {
        NlQuery year = answered(ask("What is the total of orders in 2024 compared to last year?"));
        assertEquals(List.of(new NlQuery.Condition(CREATED_AT, NlQuery.Operator.TIME_RANGE,
                List.of("2024-01-01", "2025-01-01"), false, false)), year.filters(), "the current period filters");
        assertEquals(new NlQuery.Compare(CREATED_AT, null, "2023-01-01", "2024-01-01"), year.compare(),
                "\"last year\" of 2024, not of the reference date");
        NlStatement sql = new NlSql().compile(year, sales(List.of(), List.of(), false), new PostgresDriver());
        assertTrue(sql.sql().contains("SUM(CASE WHEN t0.\"created_at\" >= DATE '2024-01-01' AND t0.\"created_at\" < "
                + "DATE '2025-01-01' THEN t0.\"total\" END) AS \"Sum of total of Orders\""), sql.sql());
        assertTrue(sql.sql().contains("AS \"Sum of total of Orders (previous period)\""), sql.sql());
        assertTrue(sql.sql().contains("AS \"Change of Sum of total of Orders (%)\""), sql.sql());
        assertTrue(sql.sql().contains("WHERE (t0.\"created_at\" >= DATE '2024-01-01' AND t0.\"created_at\" < "
                + "DATE '2025-01-01' OR t0.\"created_at\" >= DATE '2023-01-01' AND t0.\"created_at\" < "
                + "DATE '2024-01-01')"), "both periods' rows are read: " + sql.sql());

        NlQuery quarter = answered(ask("How many orders this quarter versus the previous quarter?"));
        assertEquals(List.of("2025-04-01", "2025-07-01"), quarter.filters().get(0).values());
        assertEquals(new NlQuery.Compare(CREATED_AT, null, "2025-01-01", "2025-04-01"), quarter.compare());

        NlQuery period = answered(ask("Total of orders in March 2025 compared with the previous period"));
        assertEquals(new NlQuery.Compare(CREATED_AT, null, "2025-01-29", "2025-03-01"), period.compare(),
                "as long as March, ending where March starts");

        NlQuery explicit = answered(ask("What is the total of orders in 2024 vs 2022?"));
        assertEquals(new NlQuery.Compare(CREATED_AT, null, "2022-01-01", "2023-01-01"), explicit.compare());

        Translation noPeriod = ask("What is the total of orders compared to last year?");
        assertNotEquals(Translation.Status.ANSWERED, noPeriod.status(), "compared with what: no current period");
    }

    @Test
    void aCountOfRelatedRowsKeepsTheGroupsThatMeetIt() {
        NlQuery q = answered(ask("Which customers have more than 5 orders?"));
        assertEquals(CUSTOMERS, q.tableId());
        assertEquals(List.of(new NlQuery.Field(CUSTOMER_NAME, null)), q.fields());
        assertTrue(q.measures().isEmpty(), q.measures().toString());
        assertEquals(List.of(new NlQuery.Having(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, ORDERS, null),
                NlQuery.Operator.GREATER, List.of("5"))), q.having());
        assertEquals(List.of(new NlQuery.Join(ORDER_CUSTOMER, CUSTOMER_ID)), q.joins());
        NlStatement sql = new NlSql().compile(q, sales(List.of(), List.of(), false), new PostgresDriver());
        // each order joins its one customer: the orders' rows are not repeated, a plain count is exact
        assertTrue(sql.template().contains("GROUP BY t0.\"name\", t0.\"id\"\nHAVING COUNT(*) > {{v1}}"),
                "grouped by customer (two Smiths stay two), orders counted: " + sql.template());
        assertTrue(sql.template().startsWith("SELECT t0."), "no DISTINCT merging the two Smiths: " + sql.template());

        NlQuery countries = answered(ask("Which countries have more than 10 customers?"));
        assertEquals(List.of(new NlQuery.Field(COUNTRY, null)), countries.fields());
        assertEquals(CUSTOMERS, countries.having().get(0).measure().tableId());
        String own = new NlSql().compile(countries, sales(List.of(), List.of(), false), new PostgresDriver())
                .template();
        assertTrue(own.contains("GROUP BY t0.\"country\"\nHAVING COUNT(*) > {{v1}}"),
                "the customers of each country, not each customer: " + own);

        NlQuery least = answered(ask("Show the products with at least 10 order lines"));
        assertEquals(NlQuery.Operator.GREATER_OR_EQUAL, least.having().get(0).operator());
        assertEquals(LINES, least.having().get(0).measure().tableId());

        NlQuery howMany = answered(ask("How many customers have more than 5 orders?"));
        String kept = new NlSql().compile(howMany, sales(List.of(), List.of(), false), new PostgresDriver()).template();
        assertTrue(kept.startsWith("SELECT COUNT(*) AS \"Count of Customers\"\nFROM (SELECT t0.\"id\" AS k"),
                "the customers kept by the condition, counted: " + kept);
        for (String refused : List.of("Which customers have fewer than 3 orders?",
                "How many customers have fewer than 3 orders?")) {
            assertNotEquals(Translation.Status.ANSWERED, ask(refused).status(),
                    refused + ": rows with no orders that a join would lose");
        }
    }

    @Test
    void sqlTypedAsAQuestionIsNotRead() {
        Translation t = ask("orders; DELETE FROM customers");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status());
        assertTrue(t.reason().contains("SQL"), t.reason());
    }

    @Test
    void guidanceDefinitionsAreWrittenIntoTheQuestion() {
        Translation t = ask("How many big orders are there?", sales(List.of(), List.of(), false),
                "big orders = orders with a total over 1000");
        NlQuery q = answered(t);
        assertEquals(new NlQuery.Condition(TOTAL, NlQuery.Operator.GREATER, List.of("1000"), false, false),
                q.filters().get(0));
    }

    @Test
    void unknownWordsAreReportedNotGuessed() {
        Translation weather = ask("What will the weather be in Paris tomorrow?");
        assertEquals(Translation.Status.CANNOT_ANSWER, weather.status());
        assertNull(weather.query());
        assertTrue(weather.notUnderstood().contains("weather"), weather.notUnderstood().toString());
        Translation half = ask("How many orders have a loyalty discount?");
        assertEquals(Translation.Status.CANNOT_ANSWER, half.status());
        assertTrue(half.notUnderstood().contains("loyalty"), half.notUnderstood().toString());
    }

    @Test
    void hostileTextNeverBecomesSql() {
        for (String text : List.of("'; DROP TABLE orders; --", "SELECT * FROM customers WHERE 1=1",
                "How many orders are there\u0000\u202e?", "\"\"\"''' ;;; --", "Wie viele Bestellungen gibt es?")) {
            Translation t = ask(text);
            if (t.status() == Translation.Status.ANSWERED) {
                String sql = new NlSql().compile(t.query(), sales(List.of(), List.of(), false), new PostgresDriver())
                        .template();
                assertFalse(sql.toUpperCase().contains("DROP") || sql.contains(";"), sql);
            }
        }
        assertEquals(Translation.Status.CANNOT_ANSWER, ask("'; DROP TABLE orders; --").status());
    }

    @Test
    void compiledSqlBindsEveryValueAndQuotesIdentifiers() {
        SchemaLexicon lexicon = sales(List.of(), List.of(), false);
        NlQuery q = new NlQuery(CUSTOMERS, List.of(), List.of(new NlQuery.Field(CUSTOMER_NAME, null)), List.of(),
                List.of(new NlQuery.Condition(COUNTRY, NlQuery.Operator.EQUALS, List.of("O'Brien\\'); DROP"), false,
                        false)), List.of(), 10, true, null, null);
        NlStatement pg = new NlSql().compile(q, lexicon, new PostgresDriver());
        assertTrue(pg.template().contains("t0.\"country\" = {{v1}}"), pg.template());
        assertEquals("O'Brien\\'); DROP", pg.parameters().get(0).value());
        assertEquals("text", pg.parameters().get(0).type());
        assertTrue(pg.sql().contains("'O''Brien\\''); DROP'"), pg.sql());
        NlStatement my = new NlSql().compile(q, lexicon, new MySqlDriver());
        assertTrue(my.sql().contains("'O''Brien\\\\''); DROP'"), my.sql());
        assertTrue(my.template().contains("`country`"), my.template());
    }

    @Test
    void compileRefusesIdsAndValuesThatDoNotFit() {
        SchemaLexicon lexicon = sales(List.of(), List.of(), false);
        NlQuery unknown = new NlQuery(ORDERS, List.of(), List.of(new NlQuery.Field(999, null)), List.of(), List.of(),
                List.of(), null, false, null, null);
        assertThrows(InvalidInputException.class, () -> new NlSql().compile(unknown, lexicon, new PostgresDriver()));
        NlQuery text = new NlQuery(ORDERS, List.of(), List.of(), List.of(NlQuery.Measure.of(NlQuery.Aggregation.COUNT,
                ORDERS, null)), List.of(new NlQuery.Condition(TOTAL, NlQuery.Operator.GREATER, List.of("lots"), false,
                false)), List.of(), null, false, null, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new NlSql().compile(text, lexicon, new PostgresDriver()));
        assertTrue(e.getMessage().contains("not a number"), e.getMessage());
        NlQuery notJoined = new NlQuery(ORDERS, List.of(), List.of(new NlQuery.Field(COUNTRY, null)), List.of(),
                List.of(), List.of(), null, false, null, null);
        assertThrows(InvalidInputException.class, () -> new NlSql().compile(notJoined, lexicon, new PostgresDriver()));
    }

    @Test
    void interpretationSaysTheQueryInWords() {
        SchemaLexicon lexicon = sales(List.of(), List.of(), false);
        NlQuery q = answered(ask("Total of orders by month in 2024"));
        Interpretation i = new Interpretations().describe(q, lexicon);
        assertTrue(i.text().contains("Sum of total of Orders"), i.text());
        assertTrue(i.text().contains("by month of created_at of Orders"), i.text());
        assertTrue(i.text().contains("2024-01-01 to 2024-12-31"), i.text());
        assertEquals("measure", i.chips().get(0).kind());
    }

    @Test
    void paraphrasesShareAVerifiedAnswerKey() {
        assertEquals(QuestionKeys.of(parser.parse("Show me the orders by month", REF)),
                QuestionKeys.of(parser.parse("orders by month", REF)));
        assertEquals(QuestionKeys.of(parser.parse("total of orders by month", REF)),
                QuestionKeys.of(parser.parse("by month, the total of orders", REF)));
        assertFalse(QuestionKeys.of(parser.parse("orders by month", REF))
                .equals(QuestionKeys.of(parser.parse("orders by year", REF))));
    }
}
