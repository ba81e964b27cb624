package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.InvalidInputException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Questions of a sales department, each a shape that used to come back as a wrong answer or not at all: rows that
 * have none of another table (NOT EXISTS, never a join), a person grouped by first and last name (and key, when names
 * repeat), "total sales" (a count or a sum: asked, not guessed), a value in front of the counted rows ("failed
 * payments"), the month asked for, a condition on a group's average, an average of counts (refused), and the value
 * used most often. Schema: customer(customer_id, name, country, signup_date), salesperson(salesperson_id, first_name,
 * last_name), sale(sale_id, customer_id, salesperson_id, sale_date, sale_price, payment_method), payment(payment_id,
 * sale_id, payment_date, amount, status) with declared keys.
 */
class SalesQuestionsTest {
    private static final LocalDate REF = LocalDate.parse("2025-05-14");
    static final long CUSTOMER = 1, SALESPERSON = 2, SALE = 3, PAYMENT = 4;
    static final long CUSTOMER_ID = 11, CUSTOMER_NAME = 12, CUSTOMER_COUNTRY = 13, CUSTOMER_SIGNUP = 14,
            PERSON_ID = 21, PERSON_FIRST = 22, PERSON_LAST = 23, PERSON_HIRED = 24,
            SALE_ID = 31, SALE_CUSTOMER = 32, SALE_PERSON = 33, SALE_DATE = 34, SALE_PRICE = 35, SALE_METHOD = 36,
            PAYMENT_ID = 41, PAYMENT_SALE = 42, PAYMENT_DATE = 43, PAYMENT_AMOUNT = 44, PAYMENT_STATUS = 45;

    private static QuestionParser parser;
    private final NlqEngine engine = new NlqEngine();

    @BeforeAll
    static void load() {
        parser = QuestionParser.load();
    }

    static SchemaLexicon sales() {
        List<SchemaLexicon.Table> tables = List.of(table(CUSTOMER, "customer", 200), table(SALESPERSON, "salesperson", 12),
                table(SALE, "sale", 3000), table(PAYMENT, "payment", 3000));
        List<SchemaLexicon.Column> columns = List.of(
                col(CUSTOMER_ID, CUSTOMER, "customer_id", Types.INTEGER, true, null, 200, List.of()),
                col(CUSTOMER_NAME, CUSTOMER, "name", Types.VARCHAR, false, null, 200, List.of()),
                col(CUSTOMER_COUNTRY, CUSTOMER, "country", Types.VARCHAR, false, null, 3,
                        List.of("Germany", "France", "Japan")),
                col(CUSTOMER_SIGNUP, CUSTOMER, "signup_date", Types.DATE, false, null, 200, List.of()),
                col(PERSON_ID, SALESPERSON, "salesperson_id", Types.INTEGER, true, null, 12, List.of()),
                personName(PERSON_FIRST, "first_name", 5),
                personName(PERSON_LAST, "last_name", 11),
                col(PERSON_HIRED, SALESPERSON, "hire_date", Types.DATE, false, null, 12, List.of()),
                col(SALE_ID, SALE, "sale_id", Types.INTEGER, true, null, 3000, List.of()),
                col(SALE_CUSTOMER, SALE, "customer_id", Types.INTEGER, false, CUSTOMER_ID, 200, List.of()),
                col(SALE_PERSON, SALE, "salesperson_id", Types.INTEGER, false, PERSON_ID, 12, List.of()),
                col(SALE_DATE, SALE, "sale_date", Types.DATE, false, null, 700, List.of()),
                col(SALE_PRICE, SALE, "sale_price", Types.NUMERIC, false, null, 97, List.of()),
                col(SALE_METHOD, SALE, "payment_method", Types.VARCHAR, false, null, 3,
                        List.of("cash", "credit card", "paypal")),
                col(PAYMENT_ID, PAYMENT, "payment_id", Types.INTEGER, true, null, 3000, List.of()),
                col(PAYMENT_SALE, PAYMENT, "sale_id", Types.INTEGER, false, SALE_ID, 3000, List.of()),
                col(PAYMENT_DATE, PAYMENT, "payment_date", Types.DATE, false, null, 600, List.of()),
                col(PAYMENT_AMOUNT, PAYMENT, "amount", Types.NUMERIC, false, null, 50, List.of()),
                col(PAYMENT_STATUS, PAYMENT, "status", Types.VARCHAR, false, null, 3,
                        List.of("completed", "pending", "failed")));
        return new SchemaLexicon(4, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    /** What the catalog's semantic typing says of first_name and last_name. */
    private static SchemaLexicon.Column personName(long id, String name, int distinct) {
        return new SchemaLexicon.Column(id, SALESPERSON, name, null, null, SemanticType.NAME, Types.VARCHAR, "x",
                false, null, distinct, List.of());
    }

    private Translation translate(String question) {
        return engine.translate(parser.parse(question, REF), null, sales());
    }

    private String sql(NlQuery query) {
        return new NlSql().compile(query, sales(), new PostgresDriver()).sql().replaceAll("\\s+", " ");
    }

    private String answeredSql(String question) {
        Translation t = translate(question);
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> t.reason() + " " + t.notUnderstood());
        return sql(t.query());
    }

    private void refused(String question) {
        Translation t = translate(question);
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), () -> question + " → " + (t.query() == null
                ? t.choices() : sql(t.query())));
    }

    @Test
    void rowsThatNoOtherRowReferencesAreKeptByNotExistsNeverByAJoin() {
        String sql = answeredSql("Which customers have not made any sales?");
        assertTrue(sql.contains("WHERE NOT EXISTS (SELECT 1 FROM \"public\".\"sale\" n WHERE n.\"customer_id\" = "
                + "t0.\"customer_id\")"), sql);
        assertFalse(sql.contains("JOIN"), sql);
        String count = answeredSql("How many salespersons never made a sale?");
        assertTrue(count.contains("COUNT(*)") && count.contains("NOT EXISTS"), count);
        assertFalse(count.contains("JOIN"), count);
    }

    @Test
    void aConditionOnTheRowsThatMustNotExistIsRefused() {
        // "no sales in 2024" filters the missing sales, which NOT EXISTS alone does not say
        refused("Which customers have no sales in 2024?");
    }

    @Test
    void hasNoneOnlyFollowsARealReference() {
        NlQuery made = new NlQuery(CUSTOMER, List.of(), List.of(new NlQuery.Field(CUSTOMER_NAME, null)), List.of(),
                List.of(new NlQuery.Condition(CUSTOMER_ID, NlQuery.Operator.HAS_NONE, List.of(
                        Long.toString(PAYMENT_AMOUNT)), false, false)), List.of(), null, false, null, List.of());
        assertThrows(InvalidInputException.class, () -> sql(made));
        NlQuery garbage = new NlQuery(CUSTOMER, List.of(), List.of(new NlQuery.Field(CUSTOMER_NAME, null)),
                List.of(), List.of(new NlQuery.Condition(CUSTOMER_ID, NlQuery.Operator.HAS_NONE, List.of("1; DROP"),
                false, false)), List.of(), null, false, null, List.of());
        assertThrows(InvalidInputException.class, () -> sql(garbage));
    }

    @Test
    void aPersonIsGroupedByFirstAndLastNameAndByKeyWhenNamesRepeat() {
        String sql = answeredSql("How many sales did each salesperson make?");
        assertTrue(sql.contains("t1.\"first_name\"") && sql.contains("t1.\"last_name\""), sql);
        assertTrue(sql.contains("GROUP BY t1.\"salesperson_id\", t1.\"first_name\", t1.\"last_name\""), sql);
        // customer names are unique in the sample: shown by name alone, still grouped by the customer
        String customers = answeredSql("What is the total sale price for each customer?");
        assertTrue(customers.startsWith("SELECT t1.\"name\" AS \"name\", SUM("), customers);
        assertTrue(customers.contains("GROUP BY t1.\"name\", t1.\"customer_id\" "), customers);
    }

    @Test
    void totalRowsOfATableWorthAnAmountIsAskedNotGuessed() {
        Translation t = translate("Which country has the highest total sales?");
        assertEquals(Translation.Status.AMBIGUOUS, t.status(), t::reason);
        List<String> sqls = t.choices().stream().map(c -> sql(c.query())).toList();
        assertTrue(sqls.stream().anyMatch(s -> s.contains("COUNT(*)")), sqls::toString);
        assertTrue(sqls.stream().anyMatch(s -> s.contains("SUM(t0.\"sale_price\")")), sqls::toString);
        // said as a number, it is one
        assertTrue(answeredSql("What is the total number of sales per month?").contains("COUNT(*)"));
    }

    @Test
    void aValueBeforeTheCountedRowsFiltersThemAndKeepsTheCount() {
        String count = answeredSql("How many failed payments are there?");
        assertTrue(count.contains("COUNT(*)") && count.contains("t0.\"status\" = 'failed'"), count);
        String sum = answeredSql("What is the total amount of completed payments?");
        assertTrue(sum.contains("SUM(t0.\"amount\")") && sum.contains("t0.\"status\" = 'completed'"), sum);
        String ranked = answeredSql("Which day had the most failed payments?");
        assertTrue(ranked.contains("date_trunc('day', t0.\"payment_date\")") && ranked.contains("ORDER BY COUNT(DISTINCT t0.\"payment_id\") DESC")
                && ranked.contains("LIMIT 1") && ranked.contains("'failed'"), ranked);
    }

    @Test
    void thePeriodAskedForIsAGroupRankedNotThisPeriod() {
        String sql = answeredSql("Which month had the highest total sale price?");
        assertTrue(sql.contains("date_trunc('month', t0.\"sale_date\")")
                && sql.contains("ORDER BY SUM(t0.\"sale_price\") DESC") && sql.contains("LIMIT 1"), sql);
        String shown = answeredSql("What month were most customers signed up? Return the no. of customers and "
                + "the month as a date");
        assertTrue(shown.contains("date_trunc('month', t0.\"signup_date\")")
                && shown.contains("COUNT(DISTINCT t0.\"customer_id\") AS")
                && shown.contains("ORDER BY 2 DESC") && shown.contains("LIMIT 1"), shown);
        assertFalse(shown.contains("WHERE"), shown); // "the month" is the group, not a filter on this month
    }

    @Test
    void theOneRankedFirstIsShownWithoutItsMeasureUnlessAskedFor() {
        String which = answeredSql("Which customer has the most sales?");
        assertTrue(which.startsWith("SELECT t1.\"name\" AS") && !which.contains("COUNT(DISTINCT t0.\"id\") AS")
                && which.contains("ORDER BY COUNT(") && which.endsWith("LIMIT 1"), which);
        String asked = answeredSql("Which customer has the most sales, and how many sales did they make?");
        assertTrue(asked.contains(") AS \"Count of") && asked.contains("ORDER BY 2 DESC") && asked.endsWith("LIMIT 1"),
                asked);
        String top = answeredSql("What are the top 3 customers with the most sales?");
        assertTrue(top.contains(") AS \"Count of") && top.endsWith("LIMIT 3"), top); // a ranking shows its figure
    }

    @Test
    void rowsCountedThroughTheirOccurrencesAreAChoiceUnlessTheOccurrencesAreNamed() {
        // customers reached through sales: each customer once, or every sale to one?
        Translation t = translate("Which salesperson has the most customers?");
        assertEquals(Translation.Status.AMBIGUOUS, t.status(), () -> t.reason() + " " + t.query());
        assertEquals(2, t.choices().size(), () -> String.valueOf(t.choices()));
        String once = sql(t.choices().get(0).query());
        assertTrue(once.contains("ORDER BY COUNT(DISTINCT t0.\"customer_id\") DESC"), once);
        String everySale = sql(t.choices().get(1).query()); // every sale of a customer counts
        assertTrue(everySale.contains("JOIN \"public\".\"sale\"") && everySale.contains("ORDER BY COUNT(*) DESC"),
                everySale);
        // "made sales to": the sales are the way, the customers are counted once each
        String named = answeredSql("Which salesperson made sales to the most customers?");
        assertTrue(named.contains("COUNT(DISTINCT") && named.contains("customer_id") && named.endsWith("LIMIT 1"),
                named);
    }

    @Test
    void thePersonsNamesListedAreShownAndTheKeyOnlyGroups() {
        String listed = answeredSql("How many sales did each salesperson make? Return the first name, last name and "
                + "the number of sales.");
        assertTrue(listed.startsWith("SELECT t1.\"first_name\" AS") && !listed.contains("\"salesperson_id\" AS")
                && listed.contains("GROUP BY t1.\"first_name\", t1.\"last_name\", t1.\"salesperson_id\""), listed);
        String each = answeredSql("How many sales did each salesperson make?");
        assertTrue(each.contains("t1.\"salesperson_id\" AS"), each); // names repeat: the key tells them apart
    }

    @Test
    void columnsAfterWithAreShownBesideTheListedRows() {
        String sql = answeredSql("List the 5 most recent sales with the customer name and the sale price.");
        assertTrue(sql.contains("\"name\" AS") && sql.contains("\"sale_price\" AS") && sql.endsWith("LIMIT 5"), sql);
        String condition = answeredSql("List the sales with a sale price above 100.");
        assertFalse(condition.contains("\"sale_price\" AS"), condition); // compared, not asked to be shown
    }

    @Test
    void aDateNamedByItsOwnWordBeatsTheDateOfATableNamedAlongside() {
        // "sales" names sale_date's table, "hired" names hire_date itself
        String hired = answeredSql("How many sales were made by salespeople hired before 2020?");
        assertTrue(hired.contains("\"hire_date\" < DATE '2020-01-01'") && !hired.contains("\"sale_date\" <"), hired);
        String sold = answeredSql("Which salesperson made the most sales in 2023?");
        assertTrue(sold.contains("\"sale_date\" >= DATE '2023-01-01'"), sold);
    }

    @Test
    void aTableNamedButLeftOutOfTheJoinsIsRefused() {
        // customer(customer_id, name), product(product_id, name), sale(customer_id, product_id), trade(customer_id)
        SchemaLexicon shop = new SchemaLexicon(5, Engine.POSTGRESQL, List.of(table(101, "customer", 200),
                table(102, "product", 20), table(103, "sale", 3000), table(104, "trade", 2500)), List.of(
                col(111, 101, "customer_id", Types.INTEGER, true, null, 200, List.of()),
                col(112, 101, "name", Types.VARCHAR, false, null, 200, List.of()),
                col(121, 102, "product_id", Types.INTEGER, true, null, 20, List.of()),
                col(122, 102, "name", Types.VARCHAR, false, null, 20, List.of()),
                col(131, 103, "sale_id", Types.INTEGER, true, null, 3000, List.of()),
                col(132, 103, "customer_id", Types.INTEGER, false, 111L, 200, List.of()),
                col(133, 103, "product_id", Types.INTEGER, false, 121L, 20, List.of()),
                col(141, 104, "trade_id", Types.INTEGER, true, null, 2500, List.of()),
                col(142, 104, "customer_id", Types.INTEGER, false, 111L, 190, List.of())), List.of(), List.of());
        Translation t = Asking.translate(shop, "Which customers have both bought a product and made a trade?");
        assertTrue(t.status() != Translation.Status.ANSWERED || new NlSql().compile(t.query(), shop,
                new PostgresDriver()).sql().contains("\"trade\""), () -> String.valueOf(t.query()));
    }

    @Test
    void aPeriodOfRowsAVerbNamesIsNotReadOnAnotherTablesDates() {
        refused("How many customers bought in 2024?");
        String signedUp = answeredSql("How many customers signed up in 2024?");
        assertTrue(signedUp.contains("signup_date"), signedUp);
    }

    @Test
    void aComparedAggregateIsAConditionOnTheGroups() {
        String sql = answeredSql("Which customers have an average sale price above 40?");
        assertTrue(sql.contains("HAVING AVG(t0.\"sale_price\") > 40"), sql);
        assertFalse(sql.contains("WHERE"), sql);
        String sum = answeredSql("Which salespersons have a total sale price over 1000?");
        assertTrue(sum.contains("HAVING SUM(t0.\"sale_price\") > 1000"), sum);
        // a sum under a bound would have to keep those with nothing to sum
        refused("Which salespersons have a total sale price under 1000?");
    }

    @Test
    void anAverageOfCountsIsRefusedNotAnsweredWithTheCounts() {
        refused("What is the average number of sales per customer?");
    }

    @Test
    void groupsOfOneTableRankedByTheirCountCountDistinctKeysElsewhereRows() {
        // ranked: distinct keys (SQL leaves ties on the count in the plan's order, as hand-written SQL gets it)
        assertEquals("SELECT t0.\"payment_method\" AS \"payment_method\", COUNT(DISTINCT t0.\"sale_id\") AS \"Count of"
                + " sale\" FROM \"public\".\"sale\" t0 GROUP BY t0.\"payment_method\" ORDER BY 2 DESC NULLS LAST",
                answeredSql("How many sales are there for each payment method?"));
        // a time series is ordered by its periods: the cheaper hashed COUNT(*)
        String monthly = answeredSql("How many sales were there each month in 2024?");
        assertTrue(monthly.contains("COUNT(*)") && monthly.endsWith("ORDER BY 1"), monthly);
        // joined groups count the joined rows as before
        String joined = answeredSql("How many sales does each country have?");
        assertTrue(joined.contains("JOIN") && !joined.contains("COUNT(DISTINCT t0.\"sale_id\")"), joined);
        // no groups, no ties: one row
        assertTrue(answeredSql("How many sales are there?").contains("COUNT(*)"));
    }

    @Test
    void theValueUsedMostOftenIsCountedAndRanked() {
        for (String question : List.of("Which payment method is used the most?",
                "What is the most common payment method?", "Which payment method is used most often?")) {
            String sql = answeredSql(question);
            assertTrue(sql.contains("GROUP BY t0.\"payment_method\"") && sql.contains("COUNT(DISTINCT t0.\"sale_id\")")
                    && sql.contains("ORDER BY 2 DESC") && sql.contains("LIMIT 1"), question + " → " + sql);
        }
        String least = answeredSql("Which payment method is used the least frequently?");
        assertTrue(least.contains("ORDER BY 2 LIMIT 1"), least);
        // a verb that names other rows ("ordered") says nothing this reading can count: never silently dropped
        refused("Which payment method is paid the most?");
    }

    @Test
    void aMeasureNamedAgainInTheReturnListIsTheSameMeasure() {
        String sql = answeredSql("Who are the top 5 customers by total sale price? Return their name and total.");
        assertTrue(sql.contains("SUM(t0.\"sale_price\")") && sql.contains("LIMIT 5"), sql);
    }

    @Test
    void aNumberListedAfterAMeasureIsMeasuredTooNeverAGroup() {
        String averages = answeredSql("What is the average sale price and amount of payments by status?");
        assertTrue(averages.contains("AVG(t1.\"amount\")") && averages.contains("GROUP BY t1.\"status\" ORDER"),
                averages);
        String counted = answeredSql("Show the number of payments and the amount by month in 2024");
        assertTrue(counted.contains("COUNT(*)") && counted.contains("SUM(t0.\"amount\")")
                && !counted.contains("GROUP BY date_trunc('month', t0.\"payment_date\"), t0.\"amount\""), counted);
    }

    @Test
    void theNMostCommonValuesKeepTheirNumber() {
        String sql = answeredSql("What are the 2 most common payment methods?");
        assertTrue(sql.contains("GROUP BY t0.\"payment_method\"") && sql.endsWith("ORDER BY 2 DESC NULLS LAST LIMIT 2"),
                sql);
    }

    @Test
    void theChangeOfAPeriodComparisonAndNewRowsOfAPeriodAreWhatTheyShow() {
        String change = answeredSql("What is the month over month change in the total sale price?");
        assertTrue(change.contains("LAG(SUM(t0.\"sale_price\")) OVER (ORDER BY date_trunc('month', t0.\"sale_date\"))"),
                change);
        String fresh = answeredSql("How many new customers signed up in 2024?");
        assertTrue(fresh.endsWith("WHERE t0.\"signup_date\" >= DATE '2024-01-01' AND t0.\"signup_date\" < DATE"
                + " '2025-01-01'"), fresh);
        refused("How many new customers are there?");
    }

    @Test
    void theRowsSaidRightAfterANumberAreCountedWhateverMeasureCameBefore() {
        String sql = answeredSql("Which salesperson has the highest average sale price among salespeople with at"
                + " least 10 sales?");
        assertTrue(sql.contains("HAVING COUNT(*) >= 10") && sql.contains("ORDER BY AVG(t0.\"sale_price\") DESC"), sql);
    }

    @Test
    void eachOfTheLastMonthsIsTheirPeriodAndOneRowPerMonth() {
        String sql = answeredSql("How many sales were there in each of the last 6 months?");
        assertTrue(sql.contains("GROUP BY date_trunc('month', t0.\"sale_date\")")
                && sql.contains("t0.\"sale_date\" >= DATE '2024-11-15'"), sql);
    }

    @Test
    void theCountAGroupWasKeptByIsShownWhenAskedFor() {
        assertFalse(answeredSql("Which countries have more than 10 customers?").contains("AS \"Count of"));
        for (String asked : List.of("Which countries have more than 10 customers? Return the country and count",
                "Which countries have more than 10 customers and how many?")) {
            String sql = answeredSql(asked);
            assertTrue(sql.startsWith("SELECT t0.\"country\" AS \"country\", COUNT(DISTINCT t0.\"customer_id\") AS")
                    && sql.contains("GROUP BY t0.\"country\" HAVING COUNT(DISTINCT t0.\"customer_id\") > 10"), sql);
        }
    }

    @Test
    void theFirstRowsOfEveryGroupAreRefusedNotTheFirstRowsOfAll() {
        refused("What is the most expensive sale for each payment method?");
        refused("What are the 3 most recent sales per payment method?");
        assertTrue(answeredSql("What is the most expensive sale?").endsWith("ORDER BY t0.\"sale_price\" DESC NULLS LAST"
                + " LIMIT 1"));
    }
}
