package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Trino through trino-jdbc. The target's database is the catalog (part of the URL path); schemas live inside it. Trino
 * keeps no keys, indexes or cheap row counts, so {@code describe} returns columns only.
 */
@ApplicationScoped
public class TrinoDriver implements Driver {

    /**
     * Not sessionProperties (it can lift the administrator's resource limits), nor extraCredentials, roles, proxies,
     * key stores or anything naming a path.
     */
    private static final Map<String, Pattern> OPTIONS = Map.of(
            "clientTags", UserOptions.NAMES,
            "timezone", Pattern.compile("[A-Za-z0-9_+/-]{1,64}"),
            "disableCompression", UserOptions.BOOLEAN);
    private static final Pattern CATALOG = Pattern.compile("[A-Za-z0-9_-]+");

    private final TrinoCatalog catalog = new TrinoCatalog();

    public TrinoDriver() {
    }

    @Override
    public Engine engine() {
        return Engine.TRINO;
    }

    @Override
    public String driverClassName() {
        return "io.trino.jdbc.TrinoDriver";
    }

    @Override
    public String jdbcUrl(ConnectionTarget target) {
        String catalogName = ConnectionTargets.database(target, CATALOG,
                "a Trino catalog name has only letters, digits, '_' and '-'.");
        if (catalogName.isEmpty()) {
            throw new IllegalArgumentException("Trino needs a catalog: enter it as the database.");
        }
        return "jdbc:trino://" + ConnectionTargets.host(target) + ":" + ConnectionTargets.port(target) + "/" + catalogName;
    }

    /**
     * trino-jdbc has no opportunistic TLS, so "prefer" is plain HTTP like "disable". It refuses a password over plain
     * HTTP: the password is only sent when there is one, and {@link #explain} says what to change.
     */
    @Override
    public Properties connectionProperties(ConnectionTarget target) {
        Properties properties = new Properties();
        properties.setProperty("user", target.username() == null ? "" : target.username());
        if (target.password() != null && !target.password().isEmpty()) {
            properties.setProperty("password", target.password());
        }
        switch (target.sslMode()) {
            case DISABLE, PREFER -> properties.setProperty("SSL", "false");
            case REQUIRE -> {
                properties.setProperty("SSL", "true");
                properties.setProperty("SSLVerification", "NONE");
            }
            case VERIFY_FULL -> {
                properties.setProperty("SSL", "true");
                properties.setProperty("SSLVerification", "FULL");
            }
        }
        // The HTTP client's connect and read timeout; Trino answers each poll within about a second.
        properties.setProperty("timeout", ConnectionTargets.seconds(target.connectTimeout()) + "s");
        properties.setProperty("source", "InsightIQ");
        UserOptions.addTo(properties, target.options(), OPTIONS, "Trino");
        return properties;
    }

    @Override
    public Set<String> allowedOptions() {
        return OPTIONS.keySet();
    }

    @Override
    public boolean supports(Feature feature) {
        return switch (feature) {
            case SCHEMAS, STATEMENT_TIMEOUT, CANCEL_STATEMENT -> true;
            case FOREIGN_KEYS, INDEXES, ESTIMATED_ROW_COUNTS, READ_ONLY_CONNECTIONS -> false;
        };
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quoted(identifier, "\"", "\"");
    }

    @Override
    public String isoDayOfWeek(String expression) {
        return "day_of_week(" + expression + ")";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "date_diff('day', CAST(" + from + " AS DATE), CAST(" + to + " AS DATE))";
    }

    /** Trino's week starts on Monday (ISO). */
    @Override
    public String dateTrunc(TimeGrain grain, String expression) {
        return "date_trunc('" + grain.name().toLowerCase(Locale.ROOT) + "', " + expression + ")";
    }

    @Override
    public String sampleQuery(TableRef table, List<String> quotedColumns, int rows) {
        return SampleQueries.select(quotedColumns) + " FROM " + qualify(table) + " LIMIT " + SampleQueries.rows(rows);
    }

    /** Trino's grammar puts OFFSET before LIMIT; markers: offset, then limit. */
    @Override
    public String pageSql(String sql) {
        return "SELECT * FROM (\n" + PagingSql.withoutTrailingSemicolon(sql) + "\n) q OFFSET ? LIMIT ?";
    }

    @Override
    public List<Object> pageBinds(long limit, long offset) {
        return List.of(offset, limit);
    }

    @Override
    public List<String> schemas(Connection connection) throws SQLException {
        return catalog.schemas(connection);
    }

    @Override
    public List<TableRef> tables(Connection connection, String schema) throws SQLException {
        return catalog.tables(connection, schema);
    }

    @Override
    public TableDescription describe(Connection connection, TableRef table) throws SQLException {
        return catalog.describe(connection, table);
    }

    @Override
    public List<TableDescription> describeSchema(Connection connection, String schema) throws SQLException {
        return catalog.describeSchema(connection, schema);
    }

    /** trino-jdbc reports most failures by message only; Trino's own error names are stable English. */
    @Override
    public Optional<ConnectionProblem> explain(SQLException error) {
        if (ConnectionProblems.mentions(error, "ssl is required for authentication",
                "tls/ssl required for authentication", "tls/ssl is required for authentication")) {
            return Optional.of(new ConnectionProblem(ConnectionProblem.Kind.SSL_REQUIRED,
                    "Trino accepts passwords only over HTTPS. Choose SSL mode 'require' or 'verify-full'."));
        }
        if (ConnectionProblems.mentions(error, "authentication failed", "unauthorized")) {
            return Optional.of(ConnectionProblems.wrongCredentials());
        }
        if (ConnectionProblems.mentions(error, "catalog_not_found") || ConnectionProblems.mentions(error, "catalog '")
                && ConnectionProblems.mentions(error, "not found", "does not exist")) {
            return Optional.of(new ConnectionProblem(ConnectionProblem.Kind.DATABASE_MISSING,
                    "The catalog does not exist on this Trino cluster. Check the name entered as the database."));
        }
        if (ConnectionProblems.mentions(error, "access denied")) {
            return Optional.of(ConnectionProblems.permissionDenied());
        }
        return Optional.empty();
    }
}
