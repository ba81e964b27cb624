package com.insightiq.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.sample.control.SampleData;
import com.insightiq.sample.control.SampleGenerator;
import com.insightiq.sample.control.SampleLoader;
import com.insightiq.sample.control.SampleTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The run script's sample database on the test domain's embedded PostgreSQL: its database and roles, a reader shut
 * out of the application's database, and the sample loaded (by the application's own loader) into a throwaway
 * database owned by the sample owner. Plain JDBC; needs no deployment.
 */
class SampleDatabaseIT {
    private static final String OWNER = "insightiq_sample_owner";
    private static final String READER = "insightiq_sample_reader";

    @Test
    void theScriptMadeTheSampleDatabaseAndItsRoles() {
        assertEquals(1, Database.count("SELECT count(*) FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba "
                + "WHERE d.datname = 'insightiq_sample' AND r.rolname = ?", OWNER));
        assertEquals(2, Database.count("SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?) AND rolcanlogin "
                + "AND NOT rolsuper AND NOT rolcreatedb AND NOT rolcreaterole", OWNER, READER));
        assertTrue(Files.exists(home().resolve("sample-owner-password")));
        assertTrue(Files.exists(home().resolve("sample-reader-password")));
    }

    @Test
    void theReaderOpensTheSampleDatabaseButNotTheApplicationsOrPostgres() throws Exception {
        try (Connection c = connect("insightiq_sample", READER)) {
            assertTrue(c.isValid(5));
        }
        for (String database : List.of("insightiq", "postgres")) {
            SQLException refused = assertThrows(SQLException.class, () -> connect(database, READER).close());
            assertEquals("42501", refused.getSQLState(), database + ": " + refused.getMessage());
        }
        assertEquals(1, Database.count("SELECT 1"), "the application's own user still connects");
    }

    @Test
    void theLoaderFillsAnEmptyDatabaseOnceAndTheReaderCanOnlyRead() throws Exception {
        String scratch = "sample_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Database.execute("CREATE DATABASE " + scratch + " OWNER " + OWNER);
        try {
            long started = System.nanoTime();
            try (Connection owner = connect(scratch, OWNER)) {
                assertTrue(SampleLoader.ensureLoaded(owner, READER), "the first call loads");
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.println("Sample generated and loaded in " + millis + " ms");
                assertTrue(millis < 30_000, "loading took " + millis + " ms");
                assertFalse(SampleLoader.ensureLoaded(owner, READER), "the second call finds it loaded");
            }
            try (Connection reader = connect(scratch, READER)) {
                assertSampleIsComplete(reader);
                try (Statement st = reader.createStatement()) {
                    SQLException refused = assertThrows(SQLException.class,
                            () -> st.executeUpdate("DELETE FROM reviews"));
                    assertEquals("42501", refused.getSQLState());
                }
            }
        } finally {
            Database.execute("DROP DATABASE IF EXISTS " + scratch + " WITH (FORCE)");
        }
    }

    private static void assertSampleIsComplete(Connection c) throws SQLException {
        SampleData expected = SampleGenerator.generate();
        assertEquals(expected.people().size(), count(c, "SELECT count(*) FROM people"));
        assertEquals(expected.products().size(), count(c, "SELECT count(*) FROM products"));
        assertEquals(expected.orders().size(), count(c, "SELECT count(*) FROM orders"));
        assertEquals(expected.lines().size(), count(c, "SELECT count(*) FROM order_lines"));
        assertEquals(expected.reviews().size(), count(c, "SELECT count(*) FROM reviews"));

        assertEquals(0, count(c, "SELECT count(*) FROM orders o WHERE o.subtotal <> "
                + "(SELECT sum(l.line_total) FROM order_lines l WHERE l.order_id = o.id)"), "subtotal = sum of lines");
        assertEquals(0, count(c, "SELECT count(*) FROM orders WHERE total <> subtotal + tax - coalesce(discount, 0)"),
                "total = subtotal + tax - discount");
        assertEquals(0, count(c, "SELECT count(*) FROM order_lines WHERE line_total <> quantity * unit_price"));
        assertTrue(count(c, "SELECT count(*) FROM orders WHERE created_at >= '" + SampleTimeline.OUTAGE_FIRST_DAY
                + "T00:00Z' AND created_at < '" + SampleTimeline.OUTAGE_LAST_DAY.plusDays(1) + "T00:00Z'") <= 5,
                "the outage week is nearly empty");
        assertTrue(count(c, "SELECT count(*) FROM orders o JOIN order_lines l ON l.order_id = o.id "
                + "WHERE l.product_id = " + SampleTimeline.RECALLED_PRODUCT_ID + " AND o.status = 'refunded' "
                + "AND o.created_at >= '2025-08-01T00:00Z' AND o.created_at < '2025-09-01T00:00Z'") > 50,
                "the recall's refunds");

        List<Long> perYear = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT date_part('year', "
                + "created_at AT TIME ZONE 'UTC') AS year, count(*) FROM orders WHERE created_at < '2026-01-01T00:00Z' "
                + "GROUP BY year ORDER BY year")) {
            while (rs.next()) {
                perYear.add(rs.getLong(2));
            }
        }
        assertEquals(4, perYear.size(), "2022 to 2025: " + perYear);
        for (int i = 1; i < perYear.size(); i++) {
            assertTrue(perYear.get(i) > perYear.get(i - 1), "orders grow every year: " + perYear);
        }
        assertEquals(0, count(c, "SELECT count(*) FROM information_schema.columns col "
                + "WHERE col.table_schema = 'public' AND col_description(format('%I', col.table_name)::regclass, "
                + "col.ordinal_position) IS NULL"), "every column is described");
        assertEquals(6, count(c, "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname LIKE '%\\_idx'"));
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(String database, String role) throws Exception {
        String file = role.equals(OWNER) ? "sample-owner-password" : "sample-reader-password";
        String password = Files.readString(home().resolve(file)).trim();
        String url = System.getProperty("it.db.url").replaceFirst("/insightiq$", "/" + database);
        return DriverManager.getConnection(url, role, password);
    }

    private static Path home() {
        return Path.of(System.getProperty("it.home"));
    }
}
