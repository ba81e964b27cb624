package com.insightiq.sample.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import org.postgresql.PGConnection;

/**
 * Creates and fills the sample tables in schema {@code public} of the connected PostgreSQL database, all in one
 * transaction (a crash never leaves half a sample), and lets a read-only role see them. Idempotent: once the tables
 * exist it only repeats the grants. An advisory lock keeps two servers starting at once from loading twice.
 */
public final class SampleLoader {
    private static final Logger LOG = Logger.getLogger(SampleLoader.class.getName());
    public static final List<String> TABLES = List.of("people", "products", "orders", "order_lines", "reviews");
    private static final Pattern ROLE = Pattern.compile("[a-z_][a-z0-9_$]{0,62}");

    private SampleLoader() {
    }

    /**
     * Loads the sample unless it is there, then grants {@code readerRole} SELECT on it; commits.
     *
     * @return whether this call loaded it (false: it was already there)
     * @throws IllegalStateException when only some of the tables exist (someone else's data: left alone)
     */
    public static boolean ensureLoaded(Connection connection, String readerRole) throws SQLException {
        if (!ROLE.matcher(readerRole).matches()) {
            throw new IllegalArgumentException("Not a plain role name: " + readerRole);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(hashtext('insightiq.sample'))");
            }
            int present = presentTables(connection);
            boolean load = present == 0;
            if (load) {
                long started = System.nanoTime();
                SampleData data = SampleGenerator.generate();
                fill(connection, data);
                LOG.info(() -> String.format("Sample database loaded: %d people, %d products, %d orders, %d lines, "
                                + "%d reviews in %d ms", data.people().size(), data.products().size(),
                        data.orders().size(), data.lines().size(), data.reviews().size(),
                        (System.nanoTime() - started) / 1_000_000));
            } else if (present < TABLES.size()) {
                throw new IllegalStateException("Only " + present + " of the sample tables " + TABLES
                        + " exist in this database; not touching it");
            }
            grantRead(connection, readerRole);
            connection.commit();
            return load;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    static int presentTables(Connection connection) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = 'public' AND tablename = ANY (?)")) {
            ps.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void fill(Connection connection, SampleData data) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(resource("schema.sql"));
        }
        // COPY is the fastest way in: ~70,000 rows in well under a second.
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (SampleCsv.Table table : SampleCsv.tables(data)) {
            try {
                copy.copyIn("COPY " + table.name() + " (" + String.join(", ", table.columns())
                        + ") FROM STDIN (FORMAT csv)", new StringReader(table.csv()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try (Statement st = connection.createStatement()) {
            st.execute(resource("constraints.sql"));
            st.execute("ANALYZE " + String.join(", ", TABLES));
        }
    }

    private static void grantRead(Connection connection, String role) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("GRANT USAGE ON SCHEMA public TO \"" + role + "\"");
            st.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO \"" + role + "\"");
        }
    }

    private static String resource(String name) {
        try (InputStream in = SampleLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name + " beside " + SampleLoader.class);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
