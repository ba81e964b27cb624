package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.postgresql.PGStatement;

/** PostgreSQL through pgjdbc. Reads the catalog from pg_catalog, one round trip per call. */
@ApplicationScoped
public class PostgresDriver implements Driver {

    /** Session tuning only: not {@code options} (arbitrary GUCs), nor anything naming a class, file or socket. */
    private static final Map<String, Pattern> OPTIONS = Map.of(
            "currentSchema", UserOptions.NAMES,
            "prepareThreshold", UserOptions.COUNT,
            "defaultRowFetchSize", UserOptions.COUNT,
            "tcpKeepAlive", UserOptions.BOOLEAN);
    private static final Pattern DATABASE = Pattern.compile("[^\\x00]+");

    private final CatalogQueries catalog = PostgresCatalog.QUERIES;

    public PostgresDriver() {
    }

    @Override
    public Engine engine() {
        return Engine.POSTGRESQL;
    }

    @Override
    public String driverClassName() {
        return "org.postgresql.Driver";
    }

    /** pgjdbc URL-decodes the database name, so encoding it keeps {@code ?}, {@code &} and {@code /} out of the syntax. */
    @Override
    public String jdbcUrl(ConnectionTarget target) {
        String database = ConnectionTargets.database(target, DATABASE, "it must not contain control characters.");
        return "jdbc:postgresql://" + ConnectionTargets.host(target) + ":" + ConnectionTargets.port(target) + "/"
                + ConnectionTargets.urlEncoded(database);
    }

    @Override
    public Properties connectionProperties(ConnectionTarget target) {
        Properties properties = new Properties();
        properties.setProperty("user", target.username() == null ? "" : target.username());
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        switch (target.sslMode()) {
            case DISABLE -> properties.setProperty("sslmode", "disable");
            case PREFER -> properties.setProperty("sslmode", "prefer");
            case REQUIRE -> properties.setProperty("sslmode", "require");
            case VERIFY_FULL -> {
                properties.setProperty("sslmode", "verify-full");
                // The JVM trust store instead of ~/.postgresql/root.crt, which a server never has.
                properties.setProperty("sslfactory", "org.postgresql.ssl.DefaultJavaSSLFactory");
            }
        }
        String seconds = Long.toString(ConnectionTargets.seconds(target.connectTimeout()));
        properties.setProperty("connectTimeout", seconds);
        properties.setProperty("loginTimeout", seconds);
        properties.setProperty("ApplicationName", "InsightIQ");
        // A read-only connection (the pool's default) stays read-only in auto-commit too, not only in transactions.
        properties.setProperty("readOnlyMode", "always");
        UserOptions.addTo(properties, target.options(), OPTIONS, "PostgreSQL");
        return properties;
    }

    @Override
    public Set<String> allowedOptions() {
        return OPTIONS.keySet();
    }

    @Override
    public boolean supports(Feature feature) {
        return true;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quoted(identifier, "\"", "\"");
    }

    /** date_trunc's week starts on Monday (ISO), like the other drivers. */
    @Override
    public String dateTrunc(TimeGrain grain, String expression) {
        return "date_trunc('" + grain.name().toLowerCase(java.util.Locale.ROOT) + "', " + expression + ")";
    }

    @Override
    public String isoDayOfWeek(String expression) {
        return "EXTRACT(ISODOW FROM " + expression + ")";
    }

    /** Subtracting dates gives days; subtracting timestamps would give an interval, hence the casts. */
    @Override
    public String daysBetween(String from, String to) {
        return "(CAST(" + to + " AS DATE) - CAST(" + from + " AS DATE))";
    }

    @Override
    public String sampleQuery(TableRef table, List<String> quotedColumns, int rows) {
        return SampleQueries.select(quotedColumns) + " FROM " + qualify(table) + " LIMIT " + SampleQueries.rows(rows);
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

    /**
     * Binary transfer from the first execution (pgjdbc's prepare threshold -1): numbers, dates and timestamps arrive
     * as bytes instead of text to parse — a quarter less time to read millions of rows. Types pgjdbc cannot read in
     * binary still come as text. A statement that is not pgjdbc's (a test double's database) is left as it is.
     */
    @Override
    public void tuneForBulkRead(PreparedStatement statement) throws SQLException {
        if (statement.isWrapperFor(PGStatement.class)) {
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
        }
    }

    @Override
    public OptionalLong estimateRows(Connection connection, String sql, List<Object> binds) throws SQLException {
        return PlanEstimates.postgres(connection, sql, binds);
    }

    @Override
    public Optional<ConnectionProblem> explain(SQLException error) {
        String state = error.getSQLState() == null ? "" : error.getSQLState();
        return switch (state) {
            case "28P01" -> Optional.of(ConnectionProblems.wrongCredentials());
            case "28000" -> Optional.of(authorization(error));
            case "3D000" -> Optional.of(ConnectionProblems.databaseMissing());
            case "42501" -> Optional.of(ConnectionProblems.permissionDenied());
            case "53300" -> Optional.of(new ConnectionProblem(ConnectionProblem.Kind.UNKNOWN,
                    "The server has no free connection slots. Try again later or raise max_connections."));
            default -> ConnectionProblems.mentions(error, "does not support ssl")
                    ? Optional.of(ConnectionProblems.sslUnavailable())
                    : Optional.empty();
        };
    }

    /** 28000 covers pg_hba.conf refusals (by address or by missing TLS) and unknown roles. */
    private static ConnectionProblem authorization(SQLException error) {
        if (ConnectionProblems.mentions(error, "pg_hba.conf")) {
            return ConnectionProblems.mentions(error, "no encryption", "ssl off")
                    ? ConnectionProblems.sslRequired()
                    : ConnectionProblems.hostNotAllowed();
        }
        return ConnectionProblems.wrongCredentials();
    }
}
