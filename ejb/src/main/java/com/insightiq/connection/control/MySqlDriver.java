package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MySQL and MariaDB through MariaDB Connector/J, which speaks to both. A "schema" is a database; see
 * {@link MySqlCatalog} for which ones are listed.
 */
@ApplicationScoped
public class MySqlDriver implements Driver {

    /**
     * allowPublicKeyRetrieval is what MySQL 8's caching_sha2_password needs without TLS; it lets a man in the middle
     * learn the password, so it stays the user's explicit choice and is never on by default.
     */
    private static final Map<String, Pattern> OPTIONS = Map.of(
            "useCompression", UserOptions.BOOLEAN,
            "connectionCollation", Pattern.compile("[A-Za-z0-9_]{1,64}"),
            "useServerPrepStmts", UserOptions.BOOLEAN,
            "defaultFetchSize", UserOptions.COUNT,
            "tcpKeepAlive", UserOptions.BOOLEAN,
            "allowPublicKeyRetrieval", UserOptions.BOOLEAN);
    /** Connector/J reads the database from the URL path as is: only names without URL syntax are accepted. */
    private static final Pattern DATABASE = Pattern.compile("[\\p{L}\\p{N}_$-]+");

    private final MySqlCatalog catalog = new MySqlCatalog();

    public MySqlDriver() {
    }

    @Override
    public Engine engine() {
        return Engine.MYSQL;
    }

    @Override
    public String driverClassName() {
        return "org.mariadb.jdbc.Driver";
    }

    @Override
    public String jdbcUrl(ConnectionTarget target) {
        String database = ConnectionTargets.database(target, DATABASE,
                "only letters, digits, '_', '$' and '-' are supported for MySQL and MariaDB.");
        return "jdbc:mariadb://" + ConnectionTargets.host(target) + ":" + ConnectionTargets.port(target) + "/" + database;
    }

    /**
     * Connector/J has no opportunistic TLS: "prefer" cannot fall back, so it connects without TLS (works with every
     * server); "require" is TLS without certificate checks ("trust"), "verify-full" checks certificate and host.
     */
    @Override
    public Properties connectionProperties(ConnectionTarget target) {
        Properties properties = new Properties();
        properties.setProperty("user", target.username() == null ? "" : target.username());
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        properties.setProperty("sslMode", switch (target.sslMode()) {
            case DISABLE, PREFER -> "disable";
            case REQUIRE -> "trust";
            case VERIFY_FULL -> "verify-full";
        });
        properties.setProperty("connectTimeout", Long.toString(target.connectTimeout().toMillis()));
        properties.setProperty("connectionAttributes", "program_name:InsightIQ");
        // A hostile server could otherwise ask for local files; one statement per execute keeps SQL checks meaningful.
        properties.setProperty("allowLoadLocalInfile", "false");
        properties.setProperty("allowMultiQueries", "false");
        UserOptions.addTo(properties, target.options(), OPTIONS, "MySQL/MariaDB");
        return properties;
    }

    @Override
    public Set<String> allowedOptions() {
        return OPTIONS.keySet();
    }

    /** Connector/J's setReadOnly is a routing hint; the session setting is what makes MariaDB and MySQL refuse writes. */
    @Override
    public Optional<String> readOnlySessionSql() {
        return Optional.of("SET SESSION TRANSACTION READ ONLY");
    }

    /**
     * Read-only connections come from {@link #readOnlySessionSql()}; the query timeout needs MariaDB's
     * max_statement_time, which MySQL lacks: callers cancel instead.
     */
    @Override
    public boolean supports(Feature feature) {
        return switch (feature) {
            case STATEMENT_TIMEOUT -> false;
            case SCHEMAS, FOREIGN_KEYS, INDEXES, ESTIMATED_ROW_COUNTS, CANCEL_STATEMENT, READ_ONLY_CONNECTIONS -> true;
        };
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quoted(identifier, "`", "`");
    }

    /** WEEKDAY() counts from Monday = 0. */
    @Override
    public String isoDayOfWeek(String expression) {
        return "(WEEKDAY(" + expression + ") + 1)";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "DATEDIFF(" + to + ", " + from + ")";
    }

    /** No date_trunc here: every grain is rebuilt as a DATETIME; WEEKDAY() counts from Monday = 0 (ISO weeks). */
    @Override
    public String dateTrunc(TimeGrain grain, String expression) {
        String x = "(" + expression + ")";
        return switch (grain) {
            case MINUTE -> "CAST(DATE_FORMAT(" + x + ", '%Y-%m-%d %H:%i:00') AS DATETIME)";
            case HOUR -> "CAST(DATE_FORMAT(" + x + ", '%Y-%m-%d %H:00:00') AS DATETIME)";
            case DAY -> "CAST(DATE(" + x + ") AS DATETIME)";
            case WEEK -> "CAST(DATE(" + x + ") - INTERVAL WEEKDAY(" + x + ") DAY AS DATETIME)";
            case MONTH -> "CAST(DATE_FORMAT(" + x + ", '%Y-%m-01') AS DATETIME)";
            case QUARTER -> "CAST(MAKEDATE(YEAR(" + x + "), 1) + INTERVAL (QUARTER(" + x + ") - 1) QUARTER AS DATETIME)";
            case YEAR -> "CAST(MAKEDATE(YEAR(" + x + "), 1) AS DATETIME)";
        };
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

    @Override
    public OptionalLong estimateRows(Connection connection, String sql, List<Object> binds) throws SQLException {
        return PlanEstimates.mysql(connection, sql, binds);
    }

    @Override
    public Optional<ConnectionProblem> explain(SQLException error) {
        return switch (error.getErrorCode()) {
            case 1045 -> Optional.of(ConnectionProblems.mentions(error, "secure transport")
                    ? ConnectionProblems.sslRequired() : ConnectionProblems.wrongCredentials());
            case 1049 -> Optional.of(ConnectionProblems.databaseMissing());
            case 1044, 1142, 1143, 1227 -> Optional.of(ConnectionProblems.permissionDenied());
            case 1130 -> Optional.of(ConnectionProblems.hostNotAllowed());
            case 3159, 4036 -> Optional.of(ConnectionProblems.sslRequired());
            default -> byMessage(error);
        };
    }

    private static Optional<ConnectionProblem> byMessage(SQLException error) {
        if (ConnectionProblems.mentions(error, "insecure transport", "requires secure transport")) {
            return Optional.of(ConnectionProblems.sslRequired());
        }
        if (ConnectionProblems.mentions(error, "ssl not enabled in the server", "server does not support ssl")) {
            return Optional.of(ConnectionProblems.sslUnavailable());
        }
        if (ConnectionProblems.mentions(error, "rsa public key is not available")) {
            return Optional.of(new ConnectionProblem(ConnectionProblem.Kind.SSL_REQUIRED, "This MySQL user "
                    + "authenticates with caching_sha2_password: choose SSL mode 'require', or set the option "
                    + "allowPublicKeyRetrieval=true on a trusted network."));
        }
        return Optional.empty();
    }
}
