package com.insightiq.connection.control;

import com.insightiq.connection.entity.Engine;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Microsoft SQL Server (2016 and later, Azure SQL) through mssql-jdbc. The URL carries only host and port; the database
 * travels as the {@code databaseName} property, because in URL text a {@code ;} would start a new setting.
 */
@ApplicationScoped
public class SqlServerDriver implements Driver {

    /** No instanceName: the URL always has a port, and the instance lookup would go to UDP 1434 around any tunnel. */
    private static final Map<String, Pattern> OPTIONS = Map.of(
            "applicationIntent", Pattern.compile("(?i)ReadOnly|ReadWrite"),
            "multiSubnetFailover", UserOptions.BOOLEAN,
            "sendStringParametersAsUnicode", UserOptions.BOOLEAN);
    private static final Pattern DATABASE = Pattern.compile("[^;{}]+");

    private final CatalogQueries catalog = SqlServerCatalog.QUERIES;

    public SqlServerDriver() {
    }

    @Override
    public Engine engine() {
        return Engine.SQLSERVER;
    }

    @Override
    public String driverClassName() {
        return "com.microsoft.sqlserver.jdbc.SQLServerDriver";
    }

    /** mssql-jdbc takes IPv6 literals only as the serverName property, written without brackets. */
    @Override
    public String jdbcUrl(ConnectionTarget target) {
        String host = ConnectionTargets.host(target);
        int port = ConnectionTargets.port(target);
        if (ConnectionTargets.isIpv6Literal(host)) {
            return "jdbc:sqlserver://;serverName=" + host.substring(1, host.length() - 1) + ";portNumber=" + port;
        }
        return "jdbc:sqlserver://" + host + ":" + port;
    }

    /**
     * "prefer" sends data in clear but still logs in when the server forces encryption (certificate unchecked, as
     * libpq's prefer); "require" encrypts without checking the certificate; "verify-full" checks it and the host name.
     */
    @Override
    public Properties connectionProperties(ConnectionTarget target) {
        Properties properties = new Properties();
        String database = ConnectionTargets.database(target, DATABASE, "it must not contain ';', '{' or '}'.");
        if (!database.isEmpty()) {
            properties.setProperty("databaseName", database);
        }
        properties.setProperty("user", target.username() == null ? "" : target.username());
        if (target.password() != null) {
            properties.setProperty("password", target.password());
        }
        switch (target.sslMode()) {
            case DISABLE -> properties.setProperty("encrypt", "false");
            case PREFER -> {
                properties.setProperty("encrypt", "false");
                properties.setProperty("trustServerCertificate", "true");
            }
            case REQUIRE -> {
                properties.setProperty("encrypt", "true");
                properties.setProperty("trustServerCertificate", "true");
            }
            case VERIFY_FULL -> {
                properties.setProperty("encrypt", "true");
                properties.setProperty("trustServerCertificate", "false");
            }
        }
        properties.setProperty("loginTimeout", Long.toString(ConnectionTargets.seconds(target.connectTimeout())));
        properties.setProperty("applicationName", "InsightIQ");
        UserOptions.addTo(properties, target.options(), OPTIONS, "SQL Server");
        return properties;
    }

    @Override
    public Set<String> allowedOptions() {
        return OPTIONS.keySet();
    }

    /** setReadOnly is only a hint in mssql-jdbc; read-only routing needs applicationIntent and a replica. */
    @Override
    public boolean supports(Feature feature) {
        return feature != Feature.READ_ONLY_CONNECTIONS;
    }

    @Override
    public String quote(String identifier) {
        return Identifiers.quoted(identifier, "[", "]");
    }

    /** DATEPART(weekday) depends on the session's DATEFIRST; adding @@DATEFIRST makes Monday 1 under any setting. */
    @Override
    public String isoDayOfWeek(String expression) {
        return "((DATEPART(weekday, " + expression + ") + @@DATEFIRST + 5) % 7 + 1)";
    }

    @Override
    public String daysBetween(String from, String to) {
        return "DATEDIFF(day, " + from + ", " + to + ")";
    }

    @Override
    public String today() {
        return "CAST(GETDATE() AS DATE)";
    }

    /**
     * DATEADD/DATEDIFF from day 0 (1900-01-01, a Monday) instead of DATETRUNC, which needs SQL Server 2022. Weeks count
     * days, not DATEDIFF(week), which always breaks on Sunday whatever DATEFIRST says.
     */
    @Override
    public String dateTrunc(TimeGrain grain, String expression) {
        String x = "(" + expression + ")";
        return switch (grain) {
            case MINUTE -> "DATEADD(minute, DATEDIFF(minute, 0, " + x + "), 0)";
            case HOUR -> "DATEADD(hour, DATEDIFF(hour, 0, " + x + "), 0)";
            case DAY -> "DATEADD(day, DATEDIFF(day, 0, " + x + "), 0)";
            case WEEK -> "DATEADD(day, DATEDIFF(day, 0, " + x + ") / 7 * 7, 0)";
            case MONTH -> "DATEADD(month, DATEDIFF(month, 0, " + x + "), 0)";
            case QUARTER -> "DATEADD(quarter, DATEDIFF(quarter, 0, " + x + "), 0)";
            case YEAR -> "DATEADD(year, DATEDIFF(year, 0, " + x + "), 0)";
        };
    }

    @Override
    public String sampleQuery(TableRef table, List<String> quotedColumns, int rows) {
        return "SELECT TOP (" + SampleQueries.rows(rows) + ") "
                + SampleQueries.select(quotedColumns).substring("SELECT ".length()) + " FROM " + qualify(table);
    }

    /**
     * SQL Server pages with {@code OFFSET … FETCH}, which needs an ORDER BY: a statement with its own top-level ORDER BY
     * keeps it (a derived table may not have one), others get {@code ORDER BY (SELECT NULL)}. A leading WITH cannot go
     * inside a derived table, so such a statement gets the clause appended. Markers: offset, then limit.
     */
    @Override
    public String pageSql(String sql) {
        String statement = PagingSql.withoutTrailingSemicolon(sql);
        boolean ordered = PagingSql.hasTopLevel(statement, "ORDER");
        boolean paged = PagingSql.hasTopLevel(statement, "OFFSET") || PagingSql.hasTopLevel(statement, "TOP");
        if (ordered && !paged) {
            return statement + "\nOFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        }
        if (PagingSql.firstWord(statement).equals("WITH") && !paged) {
            return statement + "\nORDER BY (SELECT NULL) OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        }
        return "SELECT * FROM (\n" + statement + "\n) q ORDER BY (SELECT NULL) OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
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

    @Override
    public Optional<ConnectionProblem> explain(SQLException error) {
        return switch (error.getErrorCode()) {
            case 18456, 18452, 18486, 18487, 18488 -> Optional.of(ConnectionProblems.wrongCredentials());
            case 4060 -> Optional.of(ConnectionProblems.databaseMissing());
            case 229, 230, 262, 297, 916 -> Optional.of(ConnectionProblems.permissionDenied());
            case 40615 -> Optional.of(ConnectionProblems.hostNotAllowed());
            default -> ConnectionProblems.mentions(error, "secure sockets layer", "ssl", "tls", "encryption")
                    ? Optional.of(ConnectionProblems.sslFailed())
                    : Optional.empty();
        };
    }
}
