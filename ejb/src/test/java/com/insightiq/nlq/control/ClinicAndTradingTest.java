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
 * Wordings of a clinic and a brokerage in one source, where words of one meet names of the other: "the share of" is
 * no trade's shares, "received a placebo" is a yes/no fact, "a purchase" is a sale, and "treatments in 2023" happen
 * when they start. Schema: patients(patient_id, name), treatments(treatment_id, patient_id, drug_name, start_date,
 * end_date, cost, is_placebo, outcome), trades(trade_id, ticker, shares, price, trade_type), customers(customer_id, name, country),
 * sales(sale_id, customer_id, total_amount) with declared keys.
 */
class ClinicAndTradingTest {
    static final long PATIENTS = 1, TREATMENTS = 2, TRADES = 3, CUSTOMERS = 4, SALES = 5;
    static final long PATIENT_ID = 11, PATIENT_NAME = 12, TREATMENT_ID = 21, TREATED = 22, DRUG = 23, START = 24,
            END = 25, COST = 26, PLACEBO = 27, TRADE_ID = 31, TICKER = 32, SHARES = 33, PRICE = 34, CUSTOMER_ID = 41,
            CUSTOMER_NAME = 42, COUNTRY = 43, SALE_ID = 51, BUYER = 52, TOTAL_AMOUNT = 53, TRADE_TYPE = 35,
            OUTCOME = 28, EVENTS = 6, EVENT_ID = 61, EVENT_TREATMENT = 62, SEVERITY = 63;

    static SchemaLexicon source() {
        return new SchemaLexicon(9, Engine.POSTGRESQL, List.of(table(PATIENTS, "patients", 150),
                table(TREATMENTS, "treatments", 900), table(TRADES, "trades", 1500), table(CUSTOMERS, "customers", 200),
                table(SALES, "sales", 3000), table(EVENTS, "adverse_events", 300)), List.of(
                col(PATIENT_ID, PATIENTS, "patient_id", Types.INTEGER, true, null, 150, List.of()),
                col(PATIENT_NAME, PATIENTS, "name", Types.VARCHAR, 150, List.of()),
                col(TREATMENT_ID, TREATMENTS, "treatment_id", Types.INTEGER, true, null, 900, List.of()),
                col(TREATED, TREATMENTS, "patient_id", Types.INTEGER, false, PATIENT_ID, 150, List.of()),
                col(DRUG, TREATMENTS, "drug_name", Types.VARCHAR, 4, List.of("Curitol", "Healix")),
                col(START, TREATMENTS, "start_date", Types.DATE, 500, List.of()),
                col(END, TREATMENTS, "end_date", Types.DATE, 500, List.of()),
                col(COST, TREATMENTS, "cost", Types.NUMERIC, 40, List.of()),
                col(PLACEBO, TREATMENTS, "is_placebo", Types.BOOLEAN, 2, List.of()),
                col(OUTCOME, TREATMENTS, "outcome", Types.VARCHAR, 3, List.of("improved", "no change", "worsened")),
                col(TRADE_ID, TRADES, "trade_id", Types.INTEGER, true, null, 1500, List.of()),
                col(TICKER, TRADES, "ticker", Types.VARCHAR, 6, List.of("AAPL", "MSFT")),
                col(SHARES, TRADES, "shares", Types.INTEGER, 20, List.of()),
                col(PRICE, TRADES, "price", Types.NUMERIC, 300, List.of()),
                col(TRADE_TYPE, TRADES, "trade_type", Types.VARCHAR, 2, List.of("buy", "sell")),
                col(CUSTOMER_ID, CUSTOMERS, "customer_id", Types.INTEGER, true, null, 200, List.of()),
                col(CUSTOMER_NAME, CUSTOMERS, "name", Types.VARCHAR, 200, List.of()),
                col(COUNTRY, CUSTOMERS, "country", Types.VARCHAR, 3, List.of("France", "Germany", "Spain")),
                col(SALE_ID, SALES, "sale_id", Types.INTEGER, true, null, 3000, List.of()),
                col(BUYER, SALES, "customer_id", Types.INTEGER, false, CUSTOMER_ID, 190, List.of()),
                col(TOTAL_AMOUNT, SALES, "total_amount", Types.NUMERIC, 900, List.of()),
                col(EVENT_ID, EVENTS, "event_id", Types.INTEGER, true, null, 300, List.of()),
                col(EVENT_TREATMENT, EVENTS, "treatment_id", Types.INTEGER, false, TREATMENT_ID, 250, List.of()),
                col(SEVERITY, EVENTS, "severity", Types.VARCHAR, 3, List.of("mild", "moderate", "severe"))),
                List.of(), List.of());
    }

    private String answeredSql(String question) {
        return Asking.answeredSql(source(), question);
    }

    @Test
    void theShareOfIsAShareNotTheTradesShares() {
        String share = answeredSql("What is the share of treatments with a placebo?");
        assertTrue(share.startsWith("SELECT SUM(CASE WHEN t0.\"is_placebo\" = TRUE THEN 1.0 ELSE 0 END)"), share);
        assertFalse(share.contains("shares") || share.contains("JOIN"), share);
    }

    @Test
    void receivingOrUsingSomethingIsHavingIt() {
        String received = answeredSql("How many patients received a placebo?");
        assertTrue(received.contains("COUNT(DISTINCT t0.\"patient_id\")") && received.endsWith(
                "WHERE t1.\"is_placebo\" = TRUE"), received);
        String used = answeredSql("What percentage of treatments used a placebo?");
        assertTrue(used.startsWith("SELECT 100.0 * SUM(CASE WHEN t0.\"is_placebo\" = TRUE"), used);
    }

    @Test
    void aVerbIsATradeTypeOnlyBeforeTheTradesItQualifies() {
        String buy = answeredSql("How many buy trades were there?");
        assertTrue(buy.endsWith("WHERE t0.\"trade_type\" = 'buy'"), buy);
        // as the verb of the question it is what people did, not the trade type
        String sales = answeredSql("How many sales did customers in Germany buy?");
        assertFalse(sales.contains("trade_type") || sales.contains("\"trades\""), sales);
    }

    @Test
    void aVerbAroundTheTradesOwnNounSaysWhichTrades() {
        String sold = answeredSql("How many shares were sold?");
        assertTrue(sold.contains("SUM(t0.\"shares\")") && sold.endsWith("WHERE t0.\"trade_type\" = 'sell'"), sold);
        String bought = answeredSql("What is the total number of shares bought for each ticker?");
        assertTrue(bought.contains("t0.\"trade_type\" = 'buy'") && bought.contains("GROUP BY t0.\"ticker\""),
                bought);
    }

    @Test
    void valuesSetAgainstEachOtherGiveAFigureEach() {
        String versus = answeredSql("What is the average price for buy trades versus sell trades?");
        assertTrue(versus.startsWith("SELECT t0.\"trade_type\" AS ") && versus.contains("AVG(t0.\"price\")"), versus);
        assertTrue(versus.contains("WHERE t0.\"trade_type\" IN ('buy', 'sell') GROUP BY t0.\"trade_type\""), versus);
        String repeated = answeredSql("How many buy trades and sell trades were there?");
        assertTrue(repeated.contains("COUNT(DISTINCT t0.\"trade_id\")") && repeated.contains("GROUP BY t0.\"trade_type\""), repeated);
        String drugs = answeredSql("What is the average cost of treatments with Curitol vs Healix?");
        assertTrue(drugs.contains("GROUP BY t0.\"drug_name\""), drugs);
        // a plain list is one figure over all its values
        String together = answeredSql("What is the total amount of sales to customers in Germany and France?");
        assertTrue(together.contains("IN ('Germany', 'France')") && !together.contains("GROUP BY"), together);
    }

    @Test
    void aNameFourValuesShareIsACategoryNotAnEntityToGroupByKey() {
        // drug_name is the treatments' label, but 900 treatments share 4 drugs: one group per drug, not per treatment
        String sql = answeredSql("How many adverse events were reported for each drug?");
        assertTrue(sql.contains("GROUP BY t1.\"drug_name\" ORDER BY"), sql);
    }

    @Test
    void aNameColumnSharedByManyRowsIsAGroupLikeAnyOther() {
        // drug_name ends in "name" but many treatments share one: grouping by it is no self-relation
        String sql = answeredSql("Show the number of treatments by outcome and drug");
        assertTrue(sql.contains("COUNT(DISTINCT t0.\"treatment_id\")") && sql.contains("GROUP BY t0.\"outcome\", t0.\"drug_name\""), sql);
    }

    @Test
    void doneMoreThanNTimesCountsTheRowsTheVerbMakes() {
        String sql = answeredSql("Which tickers were traded more than 200 times?");
        assertTrue(sql.contains("FROM \"public\".\"trades\" t0 GROUP BY t0.\"ticker\" HAVING COUNT(*) > 200"), sql);
        // fewer than N would lose the tickers never traded: refused, not answered without them
        Translation fewer = Asking.translate(source(), "Which patients were treated fewer than 3 times?");
        assertEquals(Translation.Status.CANNOT_ANSWER, fewer.status());
    }

    @Test
    void theNumberOfThingsEachRowCountsIsThatColumn() {
        String average = answeredSql("What is the average number of shares per trade for each ticker?");
        assertTrue(average.contains("AVG(t0.\"shares\")") && average.contains("GROUP BY t0.\"ticker\""), average);
        String total = answeredSql("What is the total number of shares traded per ticker?");
        assertTrue(total.contains("SUM(t0.\"shares\")"), total);
    }

    @Test
    void aPurchaseIsASale() {
        String sql = answeredSql("How many customers from Germany made a purchase?");
        assertTrue(sql.contains("COUNT(DISTINCT t0.\"customer_id\")") && sql.contains("JOIN \"public\".\"sales\"")
                && sql.contains("t0.\"country\" = 'Germany'"), sql);
    }

    @Test
    void aTreatmentHappensWhenItStarts() {
        String sql = answeredSql("What is the total cost of treatments per drug in 2023?");
        assertTrue(sql.contains("WHERE t0.\"start_date\" >= DATE '2023-01-01' AND t0.\"start_date\" < DATE '2024-01-01'"),
                sql);
        String ended = answeredSql("How many treatments ended in 2024?");
        assertTrue(ended.contains("t0.\"end_date\" >= DATE '2024-01-01'"), ended);
    }

    @Test
    void perANumberOfManyValuesIsARateOrAGroupSoItIsAsked() {
        Translation t = Asking.translate(source(), "What is the average price per share for AAPL trades?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().startsWith("\"per share\" could divide by shares or group"), t.reason());
    }

    @Test
    void abbreviatedColumnNamesAreReadWrittenOut() {
        assertEquals(List.of("total", "drug", "amount"), WordForms.identifierWords("tot_drug_amt", java.util.Set.of()));
        assertEquals(List.of("insurance", "type"), WordForms.identifierWords("ins_type", java.util.Set.of()));
        assertEquals(List.of("year", "registration"), WordForms.identifierWords("year_reg", java.util.Set.of()));
    }

    @Test
    void aNonPrefixedValueIsThatValueNegated() {
        String sql = answeredSql("How many non-Curitol treatments are there?");
        assertTrue(sql.endsWith("WHERE NOT (t0.\"drug_name\" = 'Curitol')"), sql);
        String ratio = answeredSql("What is the ratio of buy trades to non-buy trades?");
        assertTrue(ratio.contains("WHEN t0.\"trade_type\" = 'buy' THEN 1") && ratio.contains(
                "WHEN NOT (t0.\"trade_type\" = 'buy') THEN 1"), ratio);
    }

    @Test
    void valuesManyRowsShareAreRankedByTheirTotalOrAskedAbout() {
        String total = answeredSql("What are the top 2 drugs by total cost?");
        assertTrue(total.contains("SUM(t0.\"cost\")") && total.contains("GROUP BY t0.\"drug_name\"")
                && total.endsWith("LIMIT 2"), total);
        Translation which = Asking.translate(source(), "What are the top 2 drugs by cost?");
        assertEquals(Translation.Status.CANNOT_ANSWER, which.status(), which::toString);
        assertTrue(which.reason().contains("the total, the average or the highest cost"), which.reason());
        // the rows named and ranked, a value of theirs shown
        String row = answeredSql("Which drug has the most expensive treatment?");
        assertFalse(row.contains("GROUP BY"), row);
    }

    @Test
    void aBareWordThatNamesATextColumnIsNotTheAmountOfIt() {
        SchemaLexicon amounts = new SchemaLexicon(9, Engine.POSTGRESQL, List.of(table(TREATMENTS, "treatments", 900)),
                List.of(col(TREATMENT_ID, TREATMENTS, "treatment_id", Types.INTEGER, true, null, 900, List.of()),
                        col(DRUG, TREATMENTS, "drug_name", Types.VARCHAR, 4, List.of("Curitol", "Healix")),
                        col(COST, TREATMENTS, "tot_drug_amt", Types.NUMERIC, 40, List.of())), List.of(), List.of());
        String sql = Asking.answeredSql(amounts, "How many treatments were there for each drug?");
        assertTrue(sql.contains("GROUP BY t0.\"drug_name\""), sql);
    }

    @Test
    void noMoreThanIsAtMostAndNotMoreThanStaysNegated() {
        assertTrue(answeredSql("How many trades had no more than 50 shares?").endsWith("WHERE t0.\"shares\" <= 50"));
        assertTrue(answeredSql("How many trades had no fewer than 50 shares?").endsWith("WHERE t0.\"shares\" >= 50"));
        assertTrue(answeredSql("How many trades had not more than 50 shares?")
                .endsWith("WHERE NOT (t0.\"shares\" > 50)"));
    }

    @Test
    void aNegationOverRowsEachHasManyOfIsRefused() {
        Translation t = Asking.translate(source(), "Which patients did not receive any Curitol treatments?");
        assertEquals(Translation.Status.CANNOT_ANSWER, t.status(), t::toString);
        assertTrue(t.reason().contains("could mean none of them or only some"), t.reason());
        // what each row has one of stays a plain condition
        String sql = answeredSql("What is the total amount of sales to customers not from France?");
        assertTrue(sql.endsWith("WHERE NOT (t1.\"country\" = 'France')"), sql);
    }

    @Test
    void theOldestWasBornFirst() {
        SchemaLexicon people = new SchemaLexicon(9, Engine.POSTGRESQL, List.of(table(PATIENTS, "patients", 150)),
                List.of(col(PATIENT_ID, PATIENTS, "patient_id", Types.INTEGER, true, null, 150, List.of()),
                        col(PATIENT_NAME, PATIENTS, "name", Types.VARCHAR, 150, List.of()),
                        col(START, PATIENTS, "date_of_birth", Types.DATE, 140, List.of())), List.of(), List.of());
        assertTrue(Asking.answeredSql(people, "Who is the oldest patient?").endsWith(
                "ORDER BY t0.\"date_of_birth\" LIMIT 1"));
        assertTrue(Asking.answeredSql(people, "Who is the youngest patient?").endsWith(
                "ORDER BY t0.\"date_of_birth\" DESC NULLS LAST LIMIT 1"));
    }
}
