package com.insightiq.nlq.control;

import static com.insightiq.nlq.control.TestSchema.col;
import static com.insightiq.nlq.control.TestSchema.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.entity.Engine;
import java.sql.Types;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Wordings of a sales department that used to come back as wrong answers: a negation no step read ("never been
 * sold" answered with every product), "no email" (dropped), namesakes merged by DISTINCT, "per sale" of a sale's own
 * column (grouped by the sale), "the total amount of completed payments" (the sales' total_amount listed) and "the
 * total amount of sales" (a list of amounts), "the highest quantity for each payment method" (one row). Schema: customers(customer_id, first_name, last_name, email),
 * products(product_id, product_name), sales(sale_id, customer_id, product_id, quantity, total_amount, payment_method,
 * sale_type, sale_date),
 * payments(payment_id, sale_id, amount, status, payment_date), reviews(review_id, product_id, rating, customer_id,
 * review_date) with
 * declared
 * keys.
 */
class BusinessWordingTest {
    static final long CUSTOMERS = 1, PRODUCTS = 2, SALES = 3, PAYMENTS = 4, REVIEWS = 5;
    static final long CUSTOMER_ID = 11, FIRST_NAME = 12, LAST_NAME = 13, EMAIL = 14,
            PRODUCT_ID = 21, PRODUCT_NAME = 22,
            SALE_ID = 31, SALE_CUSTOMER = 32, SALE_PRODUCT = 33, QUANTITY = 34, TOTAL_AMOUNT = 35, METHOD = 36,
            SALE_TYPE = 37, SALE_DATE = 38,
            PAYMENT_ID = 41, PAYMENT_SALE = 42, AMOUNT = 43, STATUS = 44, PAYMENT_DATE = 45,
            REVIEW_ID = 51, REVIEW_PRODUCT = 52, RATING = 53, REVIEWER = 54, REVIEW_DATE = 55;

    static SchemaLexicon shop() {
        List<SchemaLexicon.Table> tables = List.of(table(CUSTOMERS, "customers", 200), table(PRODUCTS, "products", 60),
                table(SALES, "sales", 3000), table(PAYMENTS, "payments", 3000), table(REVIEWS, "reviews", 400));
        List<SchemaLexicon.Column> columns = List.of(
                col(CUSTOMER_ID, CUSTOMERS, "customer_id", Types.INTEGER, true, null, 200, List.of()),
                name(FIRST_NAME, "first_name", 8), name(LAST_NAME, "last_name", 7),
                col(EMAIL, CUSTOMERS, "email", Types.VARCHAR, 180, List.of()),
                col(PRODUCT_ID, PRODUCTS, "product_id", Types.INTEGER, true, null, 60, List.of()),
                col(PRODUCT_NAME, PRODUCTS, "product_name", Types.VARCHAR, 60, List.of()),
                col(SALE_ID, SALES, "sale_id", Types.INTEGER, true, null, 3000, List.of()),
                col(SALE_CUSTOMER, SALES, "customer_id", Types.INTEGER, false, CUSTOMER_ID, 190, List.of()),
                col(SALE_PRODUCT, SALES, "product_id", Types.INTEGER, false, PRODUCT_ID, 55, List.of()),
                col(QUANTITY, SALES, "quantity", Types.INTEGER, 5, List.of()),
                col(TOTAL_AMOUNT, SALES, "total_amount", Types.NUMERIC, 900, List.of()),
                col(METHOD, SALES, "payment_method", Types.VARCHAR, 3, List.of("cash", "credit card", "paypal")),
                col(SALE_TYPE, SALES, "sale_type", Types.VARCHAR, 2, List.of("sell", "refund")),
                col(SALE_DATE, SALES, "sale_date", Types.DATE, 700, List.of()),
                col(PAYMENT_ID, PAYMENTS, "payment_id", Types.INTEGER, true, null, 3000, List.of()),
                col(PAYMENT_SALE, PAYMENTS, "sale_id", Types.INTEGER, false, SALE_ID, 3000, List.of()),
                col(AMOUNT, PAYMENTS, "amount", Types.NUMERIC, 900, List.of()),
                col(STATUS, PAYMENTS, "status", Types.VARCHAR, 3, List.of("completed", "failed", "pending")),
                col(PAYMENT_DATE, PAYMENTS, "payment_date", Types.DATE, 700, List.of()),
                col(REVIEW_ID, REVIEWS, "review_id", Types.INTEGER, true, null, 400, List.of()),
                col(REVIEW_PRODUCT, REVIEWS, "product_id", Types.INTEGER, false, PRODUCT_ID, 58, List.of()),
                col(RATING, REVIEWS, "rating", Types.INTEGER, 5, List.of()),
                col(REVIEWER, REVIEWS, "customer_id", Types.INTEGER, false, CUSTOMER_ID, 150, List.of()),
                col(REVIEW_DATE, REVIEWS, "review_date", Types.DATE, 300, List.of()));
        return new SchemaLexicon(7, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    /** First and last names as the catalog types them; 8 first and 7 last names for 200 customers. */
    private static SchemaLexicon.Column name(long id, String name, int distinct) {
        return new SchemaLexicon.Column(id, CUSTOMERS, name, null, null, SemanticType.NAME, Types.VARCHAR, "x",
                false, null, distinct, List.of());
    }

    private Translation translate(String question) {
        return Asking.translate(shop(), question);
    }

    private String answeredSql(String question) {
        return Asking.answeredSql(shop(), question);
    }

    @Test
    void aNegationNoStepReadIsNotUnderstoodRatherThanDropped() {
        Translation t = translate("Which products have never been sold?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), () -> String.valueOf(t.query()));
        assertTrue(t.notUnderstood().contains("never"), t.notUnderstood()::toString);
    }

    @Test
    void noEmailIsAnEmptyEmailAndNotHavingOneToo() {
        assertTrue(answeredSql("Which customers have no email?").contains("WHERE t0.\"email\" IS NULL"));
        assertTrue(answeredSql("Which customers do not have an email?").contains("WHERE t0.\"email\" IS NULL"));
        String count = answeredSql("How many customers don't have an email?");
        assertTrue(count.contains("COUNT(*)") && count.contains("WHERE t0.\"email\" IS NULL"), count);
        assertTrue(answeredSql("Which customers have an email?").contains("WHERE NOT (t0.\"email\" IS NULL)"));
    }

    @Test
    void namesakesStayApartByTheirKey() {
        String sql = answeredSql("Which customers have an email?");
        assertTrue(sql.startsWith("SELECT t0.\"customer_id\" AS \"customer_id\", t0.\"first_name\""), sql);
        assertFalse(sql.contains("DISTINCT"), sql);
    }

    @Test
    void perRowOfTheMeasuredTableIsNotAGroup() {
        String sql = answeredSql("What is the average quantity per sale for each payment method?");
        assertTrue(sql.contains("AVG(t0.\"quantity\")") && sql.contains("GROUP BY t0.\"payment_method\" "), sql);
        assertFalse(sql.contains("sale_id"), sql);
    }

    @Test
    void theTotalOfTheRowsNamedAfterOfIsTheirOwnColumn() {
        String sql = answeredSql("What is the total amount of completed payments?");
        assertTrue(sql.startsWith("SELECT SUM(t0.\"amount\")") && sql.contains("t0.\"status\" = 'completed'"), sql);
        assertFalse(sql.contains("total_amount") || sql.contains("JOIN"), sql);
    }

    @Test
    void theTotalAmountOfAllRowsIsASumNotAList() {
        String sql = answeredSql("What is the total amount of sales?");
        assertTrue(sql.startsWith("SELECT SUM(t0.\"total_amount\")"), sql);
    }

    @Test
    void aVerbSaysItsColumnInTheIngForm() {
        // "rated" is what the rating column says; "highest-rated" ranks by it across the hyphen
        String rated = answeredSql("Which reviews are rated above 4?");
        assertTrue(rated.contains("WHERE t0.\"rating\" > 4"), rated);
        String best = answeredSql("Which product has the highest-rated review?");
        assertTrue(best.contains("ORDER BY t1.\"rating\" DESC") && best.endsWith("LIMIT 1"), best);
        assertEquals("shipping", WordForms.gerund("ship"));
        assertEquals("rating", WordForms.gerund("rate"));
        assertEquals("ranking", WordForms.gerund("rank"));
        assertEquals("seeing", WordForms.gerund("see"));
    }

    @Test
    void aKeyTheMeasuredRowsReferenceIsTheirOwnColumnNoJoin() {
        String byId = answeredSql("What is the total quantity for each product id?");
        assertTrue(byId.startsWith("SELECT t0.\"product_id\"") && byId.contains("GROUP BY t0.\"product_id\""), byId);
        assertFalse(byId.contains("JOIN"), byId);
        // the product itself is shown by its name, which only the products table has
        String byProduct = answeredSql("What is the total quantity for each product?");
        assertTrue(byProduct.contains("JOIN \"public\".\"products\"") && byProduct.contains("\"product_name\""),
                byProduct);
    }

    @Test
    void revenueAndSpendingAreTheSalesMoneyAddedUp() {
        String byMonth = answeredSql("What was the total revenue last year by month?");
        assertTrue(byMonth.contains("SUM(t0.\"total_amount\")") && byMonth.contains("date_trunc('month'"), byMonth);
        // "last" of "last year" is no last_name: the sales' own date is the only one the question is about
        assertTrue(byMonth.contains("t0.\"sale_date\" >= DATE '2024-01-01' AND t0.\"sale_date\" < DATE '2025-01-01'"),
                byMonth);
        String revenue = answeredSql("What was the revenue in 2024?");
        assertTrue(revenue.startsWith("SELECT SUM(t0.\"total_amount\")"), revenue);
        String spent = answeredSql("Which 5 customers spent the most?");
        assertTrue(spent.contains("SUM(t0.\"total_amount\")") && spent.contains("GROUP BY t1.\"customer_id\"")
                && spent.endsWith("DESC NULLS LAST LIMIT 5"), spent);
    }

    @Test
    void compareAtTheStartComparesAndTwoSeparatePeriodsAreNeverAnEmptyAnswer() {
        Translation compared = translate("Compare revenue this year to last year");
        assertEquals(Translation.Status.ANSWERED, compared.status(), compared::reason);
        assertEquals(new NlQuery.Compare(SALE_DATE, null, "2024-01-01", "2025-01-01"), compared.query().compare());
        // both periods kept as conditions would select nothing: said so instead of an empty answer
        Translation both = translate("What was the revenue this year and last year?");
        assertEquals(Translation.Status.CANNOT_ANSWER, both.status());
        assertTrue(both.reason().contains("do not overlap"), both.reason());
    }

    @Test
    void rowsComparedWithANumberAreComparedByWhatTheyAreWorth() {
        String sales = answeredSql("Show sales over 500 in 2024");
        assertTrue(sales.contains("t0.\"total_amount\" > 500") && sales.contains("t0.\"sale_date\" >= DATE '2024-01-01'"),
                sales);
        String payments = answeredSql("How many payments above 1000 failed?");
        assertTrue(payments.contains("t0.\"amount\" > 1000") && payments.contains("t0.\"status\" = 'failed'"),
                payments);
    }

    @Test
    void groupsListedAfterByAreAllGroups() {
        String sql = answeredSql("How many sales by payment method and year?");
        assertTrue(sql.contains("GROUP BY t0.\"payment_method\", date_trunc('year', t0.\"sale_date\")"), sql);
    }

    @Test
    void rowsSaidWithAPeriodAreCountedPerPeriodOrAsked() {
        String reviews = answeredSql("Show the monthly reviews in 2024");
        assertTrue(reviews.startsWith("SELECT date_trunc('month', t0.\"review_date\")") && reviews.contains("COUNT(*)")
                && reviews.contains("GROUP BY date_trunc('month', t0.\"review_date\")"), reviews);
        // sales are worth an amount: how many, or how much?
        Translation sales = translate("What were the weekly sales in 2024?");
        assertEquals(Translation.Status.CANNOT_ANSWER, sales.status());
        assertTrue(sales.reason().contains("how many sales or what they are worth"), sales.reason());
    }

    @Test
    void firstAndLastAreOrdinalsOfEventsNotNameColumns() {
        // before: every customer listed ("first" read as first_name), and "the last sale" as last names
        String first = answeredSql("Which sale was made first?");
        assertTrue(first.endsWith("ORDER BY t0.\"sale_date\" LIMIT 1"), first);
        Translation last = translate("When was the last sale?");
        assertEquals(Translation.Status.CANNOT_ANSWER, last.status());
        assertEquals(List.of("last"), last.notUnderstood());
        assertEquals("SELECT MAX(t0.\"sale_date\") AS \"Maximum of sale_date of sales\" FROM \"public\".\"sales\" t0",
                answeredSql("What is the latest sale date?"));
        String names = answeredSql("Show the last names of customers");
        assertTrue(names.startsWith("SELECT DISTINCT t0.\"last_name\""), names);
    }

    @Test
    void aShareOfRowsNamedWithAValueIsTheShareAndAnAverageOfRevenueIsRefused() {
        String share = answeredSql("What is the percentage of failed payments by month?");
        assertTrue(share.contains("100.0 * SUM(CASE WHEN t0.\"status\" = 'failed'")
                && share.contains("GROUP BY date_trunc('month', t0.\"payment_date\")"), share);
        // an average of totals per customer is not each customer's average sale
        Translation average = translate("What is the average revenue per customer?");
        assertEquals(Translation.Status.CANNOT_ANSWER, average.status());
        assertTrue(average.reason().startsWith("The average of revenue"), average.reason());
    }

    @Test
    void anAverageOverRowsAJoinRepeatsIsRefusedUnlessTheGroupsRepeatThem() {
        // each review once per sale of its product: the average would weigh products by their sales
        Translation fanned = translate("What is the average rating of products sold by credit card?");
        assertEquals(Translation.Status.CANNOT_ANSWER, fanned.status());
        assertTrue(fanned.reason().startsWith("The average of rating would count each reviews row"), fanned.reason());
        // grouped by what the rows point at, each review counts once
        String byProduct = answeredSql("What is the average rating of each product?");
        assertTrue(byProduct.contains("AVG(t0.\"rating\")"), byProduct);
    }

    @Test
    void mostOrLeastBeforeAnAdjectiveRanksByWhatTheAdjectiveMeasures() {
        String recent = answeredSql("What are the 3 most recent sales?");
        assertTrue(recent.contains("t0.\"sale_date\"") && recent.endsWith("DESC NULLS LAST LIMIT 3"), recent);
        assertFalse(recent.contains("COUNT("), "the most of the adjective, not of the rows: " + recent);
        assertEquals("SELECT MAX(t0.\"sale_date\") AS \"Maximum of sale_date of sales\" FROM \"public\".\"sales\" t0",
                answeredSql("What is the most recent sale date?"));
    }

    @Test
    void theTotalForRowsInARangeSumsTheRowsKept() {
        String sql = answeredSql("What is the total amount for sales between 100 and 200?");
        assertEquals("SELECT SUM(t0.\"total_amount\") AS \"Sum of total_amount of sales\" FROM \"public\".\"sales\" t0"
                + " WHERE t0.\"total_amount\" BETWEEN 100 AND 200", sql);
    }

    @Test
    void whatCustomersBoughtGoesThroughTheSalesNotTheReviews() {
        String sql = answeredSql("How many different products did each customer buy?");
        assertTrue(sql.contains("COUNT(DISTINCT t0.\"product_id\")") && sql.contains("\"sales\""), sql);
        assertFalse(sql.contains("\"reviews\""), sql);
    }

    @Test
    void theMostOfAnAmountIsItsSumAndAVerbIsNoValueByItsLemma() {
        String units = answeredSql("Which product sold the most units?");
        assertTrue(units.contains("SUM(t0.\"quantity\")") && units.endsWith("LIMIT 1"), units);
        assertFalse(units.contains("sale_type"), "\"sold\" is not the sale type 'sell': " + units);
        // the highest of a rating stays a row's own value
        String rating = answeredSql("Which product has the highest rating?");
        assertFalse(rating.contains("SUM("), rating);
    }

    @Test
    void theHighestValueForEachGroupIsEachGroupsMaximumNotOneRow() {
        String sql = answeredSql("What is the highest quantity for each payment method?");
        assertTrue(sql.contains("MAX(t0.\"quantity\")") && sql.contains("GROUP BY t0.\"payment_method\""), sql);
        assertFalse(sql.contains("LIMIT"), sql);
        String lowest = answeredSql("Show the lowest total amount in each payment method");
        assertTrue(lowest.contains("MIN(t0.\"total_amount\")"), lowest);
        // a row asked for is still ranked
        String ranked = answeredSql("Which sale has the highest quantity?");
        assertTrue(ranked.contains("ORDER BY t0.\"quantity\" DESC") && ranked.contains("LIMIT 1"), ranked);
    }
}
