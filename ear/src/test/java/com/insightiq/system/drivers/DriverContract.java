package com.insightiq.system.drivers;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.ConnectionProblem;
import com.insightiq.connection.control.ConnectionProblems;
import com.insightiq.connection.control.ConnectionTarget;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.ForeignKeyDescription;
import com.insightiq.connection.control.IndexDescription;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.connection.control.TableRef;
import com.insightiq.connection.control.TimeGrain;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every driver must do against its real engine. A subclass makes an empty fixture database (and schema) per
 * test and drops it afterwards; everything else goes through the driver: its URL, properties, quoting and catalog.
 */
abstract class DriverContract {

    /** A database made for one test, and the schema inside it that the test fills. */
    protected record Fixture(ConnectionTarget target, String schema) {
    }

    private static final Set<String> SYSTEM_SCHEMAS = Set.of("pg_catalog", "information_schema", "pg_toast",
            "mysql", "performance_schema", "sys", "INFORMATION_SCHEMA");

    private Fixture fixture;

    protected abstract Driver driver();

    protected Fixture fixture() {
        return fixture;
    }

    protected abstract Fixture createFixture() throws Exception;

    protected abstract void dropFixture(Fixture fixture) throws Exception;

    /** The column type for a date and time without zone ("timestamp", "datetime"). */
    protected abstract String timestampType();

    /** The statement that refreshes the engine's row estimate of a table. */
    protected abstract String analyze(String qualifiedTable);

    protected static String uniqueSuffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @BeforeEach
    void createFixtureDatabase() throws Exception {
        fixture = createFixture();
        try (Connection connection = connect(fixture.target())) {
            execute(connection,
                    "CREATE TABLE " + table("account") + " (" + q("tenant") + " INTEGER NOT NULL, " + q("number")
                            + " INTEGER NOT NULL, " + q("label") + " VARCHAR(50), PRIMARY KEY (" + q("tenant") + ", "
                            + q("number") + "))",
                    "CREATE TABLE " + table("booking") + " (" + q("id") + " INTEGER NOT NULL PRIMARY KEY, "
                            + q("account_tenant") + " INTEGER NOT NULL, " + q("account_number") + " INTEGER NOT NULL, "
                            + q("reference") + " VARCHAR(40) NOT NULL, " + q("amount") + " DECIMAL(10,2), "
                            + q("booked") + " " + timestampType() + ")",
                    "CREATE UNIQUE INDEX " + q("booking_reference_key") + " ON " + table("booking") + " ("
                            + q("reference") + ")",
                    "CREATE INDEX " + q("booking_account_idx") + " ON " + table("booking") + " ("
                            + q("account_tenant") + ", " + q("account_number") + ")",
                    "CREATE INDEX " + q("booking_booked_idx") + " ON " + table("booking") + " (" + q("booked") + ", "
                            + q("amount") + ")",
                    // Added after the index so that MariaDB reuses it instead of creating one of its own.
                    "ALTER TABLE " + table("booking") + " ADD CONSTRAINT " + q("booking_account_fk") + " FOREIGN KEY ("
                            + q("account_tenant") + ", " + q("account_number") + ") REFERENCES " + table("account")
                            + " (" + q("tenant") + ", " + q("number") + ")",
                    "CREATE VIEW " + table("booking_view") + " AS SELECT " + q("id") + ", " + q("amount") + " FROM "
                            + table("booking"));
        }
    }

    @AfterEach
    void dropFixtureDatabase() throws Exception {
        if (fixture != null) {
            dropFixture(fixture);
        }
    }

    @Test
    void listsTheFixtureSchemaAndNoSystemSchema() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            List<String> schemas = driver().schemas(connection);
            assertTrue(schemas.contains(fixture.schema()), schemas::toString);
            assertTrue(schemas.stream().noneMatch(SYSTEM_SCHEMAS::contains), schemas::toString);
        }
    }

    @Test
    void listsTablesAndViewsWithKindsAndEstimatedRows() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            insertBookings(connection, 40);
            execute(connection, analyze(table("account")), analyze(table("booking")));
            Map<String, TableRef> tables = driver().tables(connection, fixture.schema()).stream()
                    .collect(Collectors.toMap(TableRef::name, Function.identity()));
            assertEquals(Set.of("account", "booking", "booking_view"), tables.keySet());
            assertEquals(TableRef.Kind.TABLE, tables.get("booking").kind());
            assertEquals(TableRef.Kind.VIEW, tables.get("booking_view").kind());
            assertEquals(-1, tables.get("booking_view").estimatedRows());
            long estimate = tables.get("booking").estimatedRows();
            assertTrue(estimate >= 20 && estimate <= 80, "estimate for 40 rows: " + estimate);
            assertEquals(fixture.schema(), tables.get("booking").schema());
        }
    }

    @Test
    void describesColumnsInOrderWithTypesNullabilityAndPrimaryKey() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            TableDescription booking = driver().describe(connection, ref("booking"));
            List<ColumnDescription> columns = booking.columns();
            assertEquals(List.of("id", "account_tenant", "account_number", "reference", "amount", "booked"),
                    columns.stream().map(ColumnDescription::name).toList());
            assertEquals(List.of(1, 2, 3, 4, 5, 6), columns.stream().map(ColumnDescription::position).toList());
            assertEquals(List.of(Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.VARCHAR),
                    columns.subList(0, 4).stream().map(ColumnDescription::jdbcType).toList());
            assertTrue(Set.of(Types.NUMERIC, Types.DECIMAL).contains(columns.get(4).jdbcType()));
            assertEquals(Types.TIMESTAMP, columns.get(5).jdbcType());
            assertTrue(columns.stream().noneMatch(c -> c.databaseType() == null || c.databaseType().isBlank()));
            assertEquals(List.of(false, false, false, false, true, true),
                    columns.stream().map(ColumnDescription::nullable).toList());
            assertEquals(List.of(true, false, false, false, false, false),
                    columns.stream().map(ColumnDescription::primaryKey).toList());

            TableDescription account = driver().describe(connection, ref("account"));
            assertEquals(List.of(true, true, false),
                    account.columns().stream().map(ColumnDescription::primaryKey).toList());
        }
    }

    @Test
    void describesCompositeForeignKeysInKeyOrder() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            List<ForeignKeyDescription> keys = driver().describe(connection, ref("booking")).foreignKeys();
            assertEquals(List.of(new ForeignKeyDescription("booking_account_fk", List.of("account_tenant",
                    "account_number"), fixture.schema(), "account", List.of("tenant", "number"))), keys);
            assertEquals(List.of(), driver().describe(connection, ref("account")).foreignKeys());
        }
    }

    @Test
    void describesIndexesInColumnOrderWithoutThePrimaryKey() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            Set<IndexDescription> indexes = Set.copyOf(driver().describe(connection, ref("booking")).indexes());
            assertEquals(Set.of(
                    new IndexDescription("booking_reference_key", true, List.of("reference")),
                    new IndexDescription("booking_account_idx", false, List.of("account_tenant", "account_number")),
                    new IndexDescription("booking_booked_idx", false, List.of("booked", "amount"))), indexes);
            assertEquals(List.of(), driver().describe(connection, ref("account")).indexes());
        }
    }

    @Test
    void describesViews() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            TableDescription view = driver().describe(connection, ref("booking_view"));
            assertEquals(List.of("id", "amount"), view.columns().stream().map(ColumnDescription::name).toList());
            assertEquals(List.of(), view.indexes());
            assertThrows(SQLException.class, () -> driver().describe(connection, ref("no_such_table")));
        }
    }

    @Test
    void describesAWholeSchemaInOneGoLikeTableByTable() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            List<TableRef> tables = driver().tables(connection, fixture.schema());
            List<TableDescription> oneByOne = new ArrayList<>();
            for (TableRef table : tables) {
                oneByOne.add(driver().describe(connection, table));
            }
            assertEquals(oneByOne, driver().describeSchema(connection, fixture.schema()));
            assertEquals(List.of("account", "booking", "booking_view"),
                    oneByOne.stream().map(d -> d.table().name()).toList());
        }
    }

    @Test
    void quotesOddIdentifiersSoTheyRoundTrip() throws Exception {
        String tableName = "Odd \"Table\" `x` [y] Größe 客户";
        List<String> columns = List.of("order", "select", "user", "with space", "quote\"d", "back`tick", "]bracket[",
                "Größe", "客户");
        TableRef odd = ref(tableName);
        try (Connection connection = connect(fixture.target())) {
            execute(connection, "CREATE TABLE " + driver().qualify(odd) + " ("
                    + columns.stream().map(c -> q(c) + " VARCHAR(30)").collect(Collectors.joining(", ")) + ")");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + driver().qualify(odd) + " ("
                    + columns.stream().map(this::q).collect(Collectors.joining(", ")) + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")")) {
                for (int i = 0; i < columns.size(); i++) {
                    insert.setString(i + 1, "value of " + columns.get(i));
                }
                insert.executeUpdate();
            }
            assertTrue(driver().tables(connection, fixture.schema()).stream().anyMatch(t -> t.name().equals(tableName)));
            assertEquals(columns, driver().describe(connection, odd).columns().stream()
                    .map(ColumnDescription::name).toList());
            List<List<String>> rows = sample(connection, odd, columns.stream().map(this::q).toList(), 5);
            assertEquals(List.of(columns.stream().map(c -> "value of " + c).toList()), rows);
        }
    }

    @Test
    void truncatesDatesToIsoWeeksAndGrainsCountsDaysAndTellsTheDayOfTheWeek() throws Exception {
        LocalDateTime sunday = LocalDateTime.of(2024, 5, 19, 23, 59, 59);
        LocalDateTime monday = LocalDateTime.of(2024, 5, 13, 0, 0, 0);
        LocalDateTime wednesday = LocalDateTime.of(2024, 2, 14, 8, 7, 6);
        try (Connection connection = connect(fixture.target())) {
            execute(connection, "CREATE TABLE " + table("moment") + " (" + q("id") + " INTEGER NOT NULL PRIMARY KEY, "
                    + q("at") + " " + timestampType() + ")");
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table("moment") + " VALUES (?, ?)")) {
                int id = 1;
                for (LocalDateTime at : List.of(sunday, monday, wednesday)) {
                    insert.setInt(1, id++);
                    insert.setObject(2, at);
                    insert.executeUpdate();
                }
            }
            assertAll(
                    () -> assertTruncated(connection, 1, TimeGrain.MINUTE, "2024-05-19T23:59"),
                    () -> assertTruncated(connection, 1, TimeGrain.HOUR, "2024-05-19T23:00"),
                    () -> assertTruncated(connection, 1, TimeGrain.DAY, "2024-05-19T00:00"),
                    () -> assertTruncated(connection, 1, TimeGrain.WEEK, "2024-05-13T00:00"),
                    () -> assertTruncated(connection, 2, TimeGrain.WEEK, "2024-05-13T00:00"),
                    () -> assertTruncated(connection, 3, TimeGrain.WEEK, "2024-02-12T00:00"),
                    () -> assertTruncated(connection, 1, TimeGrain.MONTH, "2024-05-01T00:00"),
                    () -> assertTruncated(connection, 1, TimeGrain.QUARTER, "2024-04-01T00:00"),
                    () -> assertTruncated(connection, 3, TimeGrain.QUARTER, "2024-01-01T00:00"),
                    () -> assertTruncated(connection, 1, TimeGrain.YEAR, "2024-01-01T00:00"),
                    () -> assertTruncated(connection, 3, TimeGrain.MINUTE, "2024-02-14T08:07"),
                    // whole calendar days, the time of day aside (Feb 14 08:07 → May 19 23:59 is 95, 2024 a leap year)
                    () -> assertDays(connection, 3, 1, 95),
                    () -> assertDays(connection, 1, 2, -6),
                    () -> assertDays(connection, 2, 2, 0),
                    () -> assertDaysToToday(connection, 2, monday.toLocalDate()),
                    // ISO days whatever the server's locale: Sunday 7, Monday 1, Wednesday 3
                    () -> assertDayOfWeek(connection, 1, 7),
                    () -> assertDayOfWeek(connection, 2, 1),
                    () -> assertDayOfWeek(connection, 3, 3));
        }
    }

    private void assertDays(Connection connection, int from, int to, long expected) throws SQLException {
        String sql = "SELECT " + driver().daysBetween("a." + q("at"), "b." + q("at")) + " FROM " + table("moment")
                + " a, " + table("moment") + " b WHERE a." + q("id") + " = ? AND b." + q("id") + " = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, from);
            query.setInt(2, to);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(expected, rows.getLong(1), sql);
            }
        }
    }

    private void assertDayOfWeek(Connection connection, int id, int expected) throws SQLException {
        String sql = "SELECT " + driver().isoDayOfWeek(q("at")) + " FROM " + table("moment") + " WHERE " + q("id")
                + " = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(expected, rows.getInt(1), sql);
            }
        }
    }

    /** Against the server's own date, read in the same statement, so a test run across midnight still agrees. */
    private void assertDaysToToday(Connection connection, int from, java.time.LocalDate day) throws SQLException {
        String sql = "SELECT " + driver().daysBetween(q("at"), driver().today()) + ", " + driver().today() + " FROM "
                + table("moment") + " WHERE " + q("id") + " = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, from);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                java.time.LocalDate today = rows.getObject(2, java.time.LocalDate.class);
                assertEquals(java.time.temporal.ChronoUnit.DAYS.between(day, today), rows.getLong(1), sql);
            }
        }
    }

    @Test
    void samplesAtMostTheRowsAskedFor() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            insertBookings(connection, 40);
            List<String> columns = List.of(q("id"), q("amount"));
            assertEquals(10, sample(connection, ref("booking"), columns, 10).size());
            assertEquals(0, sample(connection, ref("booking"), columns, 0).size());
            assertEquals(40, sample(connection, ref("booking"), List.of(), 100).size());
        }
    }

    /** What decides whether an export runs in the background: the planner's guess, with the query's bind values. */
    @Test
    void estimatesTheRowsOfAQueryWithoutRunningIt() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            insertBookings(connection, 400);
            execute(connection, analyze(table("account")), analyze(table("booking")));
            String sql = "SELECT " + q("id") + ", " + q("reference") + " FROM " + table("booking") + " WHERE "
                    + q("amount") + " >= ?";
            OptionalLong all = driver().estimateRows(connection, sql, List.of(BigDecimal.ZERO));
            assertTrue(all.isPresent(), "an estimate");
            assertTrue(all.getAsLong() >= 200 && all.getAsLong() <= 800, "estimate for 400 rows: " + all);
        }
    }

    /** What a pool does for a source without "allow writes": the session then refuses to change anything. */
    @Test
    void readOnlySessionsRefuseWrites() throws Exception {
        try (Connection connection = connect(fixture.target())) {
            connection.setReadOnly(true);
            if (driver().readOnlySessionSql().isPresent()) {
                execute(connection, driver().readOnlySessionSql().get());
            }
            assertThrows(SQLException.class, () -> execute(connection, "INSERT INTO " + table("account")
                    + " VALUES (1, 1, 'x')"));
            assertThrows(SQLException.class, () -> execute(connection, "CREATE TABLE " + table("intruder")
                    + " (" + q("id") + " INTEGER)"));
        }
        try (Connection connection = connect(fixture.target())) {
            execute(connection, "INSERT INTO " + table("account") + " VALUES (2, 2, 'writable')");
        }
    }

    @Test
    void explainsAWrongPassword() {
        ConnectionTarget target = fixture.target();
        String wrong = "wrong-" + uniqueSuffix();
        ConnectionTarget wrongPassword = new ConnectionTarget(target.host(), target.port(), target.database(),
                target.username(), wrong, target.sslMode(), target.options(), target.connectTimeout());
        SQLException error = assertThrows(SQLException.class, () -> connect(wrongPassword).close());
        ConnectionProblem problem = ConnectionProblems.classify(error, driver());
        assertEquals(ConnectionProblem.Kind.WRONG_CREDENTIALS, problem.kind(), () -> "for: " + error);
        assertFalse(problem.message().contains(wrong));
    }

    @Test
    void explainsAMissingDatabase() {
        ConnectionTarget target = fixture.target();
        ConnectionTarget missing = new ConnectionTarget(target.host(), target.port(), "driver_contract_missing_"
                + uniqueSuffix(), target.username(), target.password(), target.sslMode(), target.options(),
                target.connectTimeout());
        SQLException error = assertThrows(SQLException.class, () -> connect(missing).close());
        assertEquals(ConnectionProblem.Kind.DATABASE_MISSING, ConnectionProblems.classify(error, driver()).kind(),
                () -> "for: " + error);
    }

    protected Connection connect(ConnectionTarget target) throws SQLException {
        try {
            Class.forName(driver().driverClassName());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("JDBC driver missing from the test classpath", e);
        }
        return DriverManager.getConnection(driver().jdbcUrl(target), driver().connectionProperties(target));
    }

    protected static void execute(Connection connection, String... statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private void assertTruncated(Connection connection, int id, TimeGrain grain, String expected) throws SQLException {
        String sql = "SELECT " + driver().dateTrunc(grain, q("at")) + " FROM " + table("moment") + " WHERE " + q("id")
                + " = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setInt(1, id);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue(rows.next());
                assertEquals(LocalDateTime.parse(expected), rows.getObject(1, LocalDateTime.class), grain + ": " + sql);
            }
        }
    }

    private void insertBookings(Connection connection, int count) throws SQLException {
        execute(connection, "INSERT INTO " + table("account") + " VALUES (1, 7, 'main')");
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table("booking")
                + " VALUES (?, 1, 7, ?, ?, ?)")) {
            for (int i = 1; i <= count; i++) {
                insert.setInt(1, i);
                insert.setString(2, "R-" + i);
                insert.setBigDecimal(3, BigDecimal.valueOf(i * 100 + 5, 2));
                insert.setObject(4, LocalDateTime.of(2024, 1, 1, 0, 0).plusHours(i));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private List<List<String>> sample(Connection connection, TableRef table, List<String> quotedColumns, int rows)
            throws SQLException {
        List<List<String>> sampled = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(driver().sampleQuery(table, quotedColumns, rows))) {
            int width = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    row.add(result.getString(i));
                }
                sampled.add(row);
            }
        }
        return sampled;
    }

    private TableRef ref(String name) {
        return new TableRef(fixture.schema(), name);
    }

    private String table(String name) {
        return driver().qualify(ref(name));
    }

    private String q(String identifier) {
        return driver().quote(identifier);
    }
}
