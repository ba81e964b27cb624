package com.insightiq.system.drivers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.insightiq.connection.control.ConnectionTarget;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.MySqlDriver;
import com.insightiq.connection.entity.SslMode;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract against a MariaDB (or MySQL) server. INSIGHTIQ_TEST_MARIADB_URL names it and makes it mandatory (CI
 * sets it); without it the local default is tried and the tests are skipped when nothing answers, so the README's
 * test command works on a machine with only a JDK and Maven.
 */
class MariaDbDriverIT extends DriverContract {

    private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/";
    private final MySqlDriver driver = new MySqlDriver();

    @BeforeAll
    static void serverAnswers() {
        String configured = System.getenv("INSIGHTIQ_TEST_MARIADB_URL");
        try (Connection ignored = new MariaDbDriverIT().connect(server(""))) {
            return;
        } catch (SQLException | RuntimeException e) {
            if (configured != null && !configured.isBlank()) {
                fail("INSIGHTIQ_TEST_MARIADB_URL=" + configured + " is set but the server cannot be used: " + e, e);
            }
            Assumptions.abort("No MariaDB at " + DEFAULT_URL + " (" + e.getMessage() + "); set "
                    + "INSIGHTIQ_TEST_MARIADB_URL (and _USER, _PASSWORD) to run the MariaDB driver contract.");
        }
    }

    @Override
    protected Driver driver() {
        return driver;
    }

    /** MariaDB's schema is the database: the fixture is one database, listed alone by schemas(). */
    @Override
    protected Fixture createFixture() throws Exception {
        String database = "driver_contract_" + uniqueSuffix();
        try (Connection admin = connect(server(""))) {
            execute(admin, "CREATE DATABASE " + driver.quote(database) + " CHARACTER SET utf8mb4");
        }
        return new Fixture(server(database), database);
    }

    @Override
    protected void dropFixture(Fixture fixture) throws Exception {
        try (Connection admin = connect(server(""))) {
            execute(admin, "DROP DATABASE IF EXISTS " + driver.quote(fixture.schema()));
        }
    }

    @Override
    protected String timestampType() {
        return "datetime";
    }

    @Override
    protected String analyze(String qualifiedTable) {
        return "ANALYZE TABLE " + qualifiedTable;
    }

    @Test
    void listsOnlyTheConnectedDatabase() throws Exception {
        try (Connection connection = connect(fixture().target())) {
            assertEquals(List.of(fixture().schema()), driver.schemas(connection));
        }
    }

    private static ConnectionTarget server(String database) {
        String url = System.getenv().getOrDefault("INSIGHTIQ_TEST_MARIADB_URL", "");
        URI server = URI.create((url.isBlank() ? DEFAULT_URL : url).substring("jdbc:".length()));
        String user = System.getenv().getOrDefault("INSIGHTIQ_TEST_MARIADB_USER", "root");
        String password = System.getenv().getOrDefault("INSIGHTIQ_TEST_MARIADB_PASSWORD", "");
        return new ConnectionTarget(server.getHost(), server.getPort() < 0 ? 3306 : server.getPort(), database, user,
                password, SslMode.PREFER, Map.of(), Duration.ofSeconds(5));
    }
}
