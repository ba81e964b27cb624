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
 * A table that only lists values of other rows (category: id, business_id, category_name) groups and shows by its
 * text: "each category" is each category name, however many businesses carry it. A table with more of its own
 * (staff: a name and a hire date) keeps rows that share a name apart by key.
 */
class ValueListsTest {
    static final long BUSINESS = 1, CATEGORY = 2, STAFF = 3;
    static final long BID = 11, BUSINESS_ID = 12, NAME = 13, RATING = 14,
            CID = 21, C_BUSINESS = 22, CATEGORY_NAME = 23,
            SID = 31, S_BUSINESS = 32, S_NAME = 33, S_HIRED = 34, CHECKIN = 4, CHECKIN_ID = 41,
            CHECKIN_BUSINESS = 42, CHECKIN_COUNT = 43;

    static SchemaLexicon source() {
        List<SchemaLexicon.Table> tables = List.of(table(BUSINESS, "business", 100), table(CATEGORY, "category", 150),
                table(STAFF, "staff", 400));
        List<SchemaLexicon.Column> columns = List.of(
                col(BID, BUSINESS, "bid", Types.INTEGER, true, null, 100, List.of()),
                col(BUSINESS_ID, BUSINESS, "business_id", Types.VARCHAR, 100, List.of()),
                col(NAME, BUSINESS, "name", Types.VARCHAR, 100, List.of()),
                col(RATING, BUSINESS, "rating", Types.NUMERIC, 9, List.of()),
                col(CID, CATEGORY, "id", Types.INTEGER, true, null, 150, List.of()),
                col(C_BUSINESS, CATEGORY, "business_id", Types.VARCHAR, false, BUSINESS_ID, 90, List.of()),
                // 150 rows, 40 names: a category is carried by several businesses
                col(CATEGORY_NAME, CATEGORY, "category_name", Types.VARCHAR, 40, List.of("Italian", "Pizza")),
                col(SID, STAFF, "staff_id", Types.INTEGER, true, null, 400, List.of()),
                col(S_BUSINESS, STAFF, "business_id", Types.VARCHAR, false, BUSINESS_ID, 100, List.of()),
                col(S_NAME, STAFF, "name", Types.VARCHAR, 390, List.of()),
                col(S_HIRED, STAFF, "hire_date", Types.DATE, 300, List.of()));
        return new SchemaLexicon(10, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    /** The same without declared keys, and a check-in table whose own key is also just "id". */
    static SchemaLexicon undeclared() {
        List<SchemaLexicon.Table> tables = new java.util.ArrayList<>(source().tables());
        tables.add(table(CHECKIN, "checkin", 300));
        List<SchemaLexicon.Column> columns = new java.util.ArrayList<>(source().columns().stream()
                .map(c -> col(c.id(), c.tableId(), c.name(), c.jdbcType(), c.primaryKey(), null, c.distinctCount(),
                        c.values())).toList());
        columns.add(col(CHECKIN_ID, CHECKIN, "id", Types.INTEGER, true, null, 300, List.of()));
        columns.add(col(CHECKIN_BUSINESS, CHECKIN, "business_id", Types.VARCHAR, 100, List.of()));
        columns.add(col(CHECKIN_COUNT, CHECKIN, "count", Types.INTEGER, 50, List.of()));
        return new SchemaLexicon(11, Engine.POSTGRESQL, tables, columns, List.of(), List.of());
    }

    @Test
    void twoTablesOwnIdsAreNoReferenceToEachOther() {
        SchemaIndex index = new SchemaIndex(undeclared());
        assertEquals(List.of(new JoinGraph.Edge(C_BUSINESS, CATEGORY, BUSINESS_ID, BUSINESS)),
                index.joins.edgesOf(CATEGORY));
        assertTrue(index.valueList(CATEGORY));
    }

    @Test
    void theRowsAReferenceOnlyPointsAtAreCountedAsThemselves() {
        // "businesses" also matches category.business_id; the plural names the businesses, counted per category
        for (SchemaLexicon source : List.of(source(), undeclared())) {
            String sql = Asking.answeredSql(source, "Which category has the most businesses?");
            assertTrue(sql.startsWith("SELECT t1.\"category_name\" AS") && sql.contains("GROUP BY t1.\"category_name\""
                    + " ORDER BY COUNT(DISTINCT t0.\"bid\") DESC NULLS LAST LIMIT 1"), sql);
        }
    }

    @Test
    void onlyATableOfOneReferenceAndOneTextNobodyReferencesIsAListOfValues() {
        SchemaIndex index = new SchemaIndex(source());
        assertTrue(index.valueList(CATEGORY));
        assertFalse(index.valueList(STAFF), "staff have a hire date of their own");
        assertFalse(index.valueList(BUSINESS), "businesses are referenced");
    }

    @Test
    void eachValueIsOneGroupWhateverRowsCarryIt() {
        assertEquals("SELECT t1.\"category_name\" AS \"category_name\", COUNT(DISTINCT t0.\"bid\") AS \"Count of"
                + " business\" FROM \"public\".\"business\" t0 JOIN \"public\".\"category\" t1 ON t0.\"business_id\""
                + " = t1.\"business_id\" GROUP BY t1.\"category_name\" ORDER BY 2 DESC NULLS LAST",
                Asking.answeredSql(source(), "How many businesses are in each category?"));
        String kept = Asking.answeredSql(source(), "Which categories have more than 3 businesses?");
        assertTrue(kept.startsWith("SELECT t0.\"category_name\" AS") && kept.contains(
                "GROUP BY t0.\"category_name\" HAVING COUNT(DISTINCT t1.\"bid\") > 3"), kept);
        String listed = Asking.answeredSql(source(), "List all categories");
        assertEquals("SELECT DISTINCT t0.\"category_name\" AS \"category_name\" FROM \"public\".\"category\" t0"
                + " ORDER BY 1", listed);
    }

    @Test
    void peopleSharingANameStayApart() {
        String sql = Asking.answeredSql(source(), "List all staff");
        assertTrue(sql.contains("t0.\"staff_id\""), sql);
    }
}
