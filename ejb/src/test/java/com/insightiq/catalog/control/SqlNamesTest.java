package com.insightiq.catalog.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.connection.control.MySqlDriver;
import com.insightiq.connection.control.PostgresDriver;
import com.insightiq.connection.control.SqlServerDriver;
import org.junit.jupiter.api.Test;

class SqlNamesTest {
    private final PostgresDriver postgres = new PostgresDriver();

    @Test
    void plainLowerCaseNamesStayAsTheyAre() {
        assertEquals("customer_orders", SqlNames.name(postgres, "customer_orders"));
        assertEquals("_tmp1", SqlNames.name(postgres, "_tmp1"));
    }

    @Test
    void upperCaseSpacesUnicodeAndReservedWordsAreQuotedTheEnginesWay() {
        assertEquals("\"CustomerOrders\"", SqlNames.name(postgres, "CustomerOrders"));
        assertEquals("\"order lines\"", SqlNames.name(postgres, "order lines"));
        assertEquals("\"größe\"", SqlNames.name(postgres, "größe"));
        assertEquals("\"user\"", SqlNames.name(postgres, "user"));
        assertEquals("\"1st\"", SqlNames.name(postgres, "1st"));
        assertEquals("`order`", SqlNames.name(new MySqlDriver(), "order"));
        assertEquals("[Total Sum]", SqlNames.name(new SqlServerDriver(), "Total Sum"));
        assertEquals("\"a\"\"b\"", SqlNames.name(postgres, "a\"b"));
    }

    @Test
    void tablesAreQualifiedOnlyWhenTheSourceHasSeveralSchemas() {
        assertEquals("sales.\"Orders\"", SqlNames.table(postgres, "sales", "Orders", true));
        assertEquals("orders", SqlNames.table(postgres, "public", "orders", false));
    }
}
