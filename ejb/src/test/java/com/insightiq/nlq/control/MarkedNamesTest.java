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
 * A schema that marks every name (sbCustomer, sbTxAmount, sbDpClose; PostgreSQL keeps them lower case, no keys
 * declared): the mark every table shares and the one each table's columns share are not said by anyone, and
 * "customers", "the transaction amount", "the volume" must still find them. Also the refusals found on it.
 */
class MarkedNamesTest {
    static final long CUSTOMER = 1, TICKER = 2, PRICE = 3, TX = 4;
    static final long CUST_ID = 11, CUST_NAME = 12, CUST_COUNTRY = 13, CUST_STATUS = 14,
            TICKER_ID = 21, TICKER_SYMBOL = 22, TICKER_NAME = 23,
            DP_TICKER = 31, DP_DATE = 32, DP_HIGH = 33, DP_CLOSE = 34, DP_VOLUME = 35,
            TX_ID = 41, TX_CUST = 42, TX_TICKER = 43, TX_TYPE = 44, TX_PRICE = 45, TX_AMOUNT = 46;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(CUSTOMER, "sbcustomer", 50), table(TICKER, "sbticker", 20),
                table(PRICE, "sbdailyprice", 4000), table(TX, "sbtransaction", 900));
        List<SchemaLexicon.Column> columns = List.of(
                col(CUST_ID, CUSTOMER, "sbcustid", Types.VARCHAR, 50, List.of()),
                col(CUST_NAME, CUSTOMER, "sbcustname", Types.VARCHAR, 50, List.of()),
                col(CUST_COUNTRY, CUSTOMER, "sbcustcountry", Types.VARCHAR, 4, List.of("USA", "Canada")),
                col(CUST_STATUS, CUSTOMER, "sbcuststatus", Types.VARCHAR, 3, List.of("active", "inactive")),
                col(TICKER_ID, TICKER, "sbtickerid", Types.VARCHAR, 20, List.of()),
                col(TICKER_SYMBOL, TICKER, "sbtickersymbol", Types.VARCHAR, 20, List.of("AAPL", "MSFT")),
                col(TICKER_NAME, TICKER, "sbtickername", Types.VARCHAR, 20, List.of()),
                col(DP_TICKER, PRICE, "sbdptickerid", Types.VARCHAR, 20, List.of()),
                col(DP_DATE, PRICE, "sbdpdate", Types.DATE, 200, List.of()),
                col(DP_HIGH, PRICE, "sbdphigh", Types.NUMERIC, 900, List.of()),
                col(DP_CLOSE, PRICE, "sbdpclose", Types.NUMERIC, 900, List.of()),
                col(DP_VOLUME, PRICE, "sbdpvolume", Types.BIGINT, 3000, List.of()),
                col(TX_ID, TX, "sbtxid", Types.VARCHAR, 900, List.of()),
                col(TX_CUST, TX, "sbtxcustid", Types.VARCHAR, 50, List.of()),
                col(TX_TICKER, TX, "sbtxtickerid", Types.VARCHAR, 20, List.of()),
                col(TX_TYPE, TX, "sbtxtype", Types.VARCHAR, 2, List.of("buy", "sell")),
                col(TX_PRICE, TX, "sbtxprice", Types.NUMERIC, 500, List.of()),
                col(TX_AMOUNT, TX, "sbtxamount", Types.NUMERIC, 800, List.of()));
        return new SchemaLexicon(16, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    @Test
    void theMarksAreNotSaid() {
        SchemaIndex index = new SchemaIndex(source());
        assertEquals(List.of("customer"), index.tableWords.get(CUSTOMER));
        assertEquals(List.of("customer", "id"), index.columnWords.get(TX_CUST));
        assertEquals(List.of("volume"), index.columnWords.get(DP_VOLUME));
        assertEquals(List.of("amount"), index.columnWords.get(TX_AMOUNT)); // every column of it starts "tx"
    }

    @Test
    void namesThatOnlyHappenToStartAlikeKeepTheirWords() {
        // payments, patients, partners share "pa" by chance: their columns do not bear it
        SchemaLexicon alike = new SchemaLexicon(17, Engine.POSTGRESQL, List.of(table(1, "payments", 10),
                table(2, "patients", 10), table(3, "partners", 10)), List.of(
                col(11, 1, "amount", Types.NUMERIC, 10, List.of()), col(21, 2, "name", Types.VARCHAR, 10, List.of()),
                col(31, 3, "name", Types.VARCHAR, 10, List.of())), List.of(), List.of());
        assertEquals(List.of("patient"), new SchemaIndex(alike).tableWords.get(2L));
    }

    @Test
    void questionsFindTheMarkedNamesAndTheirJoins() {
        String perCountry = Asking.answeredSql(source(), "How many customers are there in each country?");
        assertTrue(perCountry.startsWith("SELECT t0.\"sbcustcountry\" AS") && perCountry.contains(
                "FROM \"public\".\"sbcustomer\" t0 GROUP BY t0.\"sbcustcountry\""), perCountry);
        String total = Asking.answeredSql(source(), "What is the total transaction amount for each customer?");
        assertTrue(total.contains("SUM(t0.\"sbtxamount\")") && total.contains("ON t0.\"sbtxcustid\" = t1.\"sbcustid\""),
                total);
        assertTrue(Asking.answeredSql(source(), "How many buy transactions were there?")
                .endsWith("WHERE t0.\"sbtxtype\" = 'buy'"));
    }

    @Test
    void aSuperlativeIsNoColumnItsLemmaMeets() {
        // "highest" meets sbdphigh by its lemma: it ranks, it is not that column
        String sql = Asking.answeredSql(source(), "What is the highest volume for each ticker?");
        assertTrue(sql.contains("MAX(t0.\"sbdpvolume\")") && !sql.contains("sbdphigh"), sql);
    }

    @Test
    void anExtremeOfPerPeriodTotalsAndANumberAfterAMeasuredWordAreRefused() {
        for (String q : List.of("What is the highest daily volume for each ticker?",
                "What is the average high price of each ticker?")) {
            assertEquals(Translation.Status.CANNOT_ANSWER, Asking.translate(source(), q).status(), q);
        }
    }
}
