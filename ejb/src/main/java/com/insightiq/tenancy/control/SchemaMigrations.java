package com.insightiq.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * Flyway, once for the control schema and once per tenant schema. Runs outside JTA: every schema migrates and commits on
 * its own, and PostgreSQL's transactional DDL keeps a failed migration from leaving half a schema.
 */
@ApplicationScoped
public class SchemaMigrations {
    public static final String CONTROL_SCHEMA = "control";
    public static final String CONTROL_LOCATION = "classpath:db/control";
    public static final String TENANT_LOCATION = "classpath:db/tenant";

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrateControl() {
        flyway(CONTROL_SCHEMA, CONTROL_LOCATION).migrate();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrateTenant(String schema) {
        migrateTenant(schema, TENANT_LOCATION);
    }

    /**
     * Brings every listed tenant schema to the newest tenant migration and returns how many needed Flyway. A schema
     * whose history already ends, successfully, at the newest version is left alone: Flyway's scan and validation of
     * every schema made each deploy slower with every tenant (hundreds of milliseconds each). The control schema and
     * new tenants still go through Flyway in full.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int migrateTenants(List<String> schemas) {
        if (schemas.isEmpty()) {
            return 0;
        }
        Optional<MigrationVersion> newest = Arrays.stream(flyway(schemas.get(0), TENANT_LOCATION).info().all())
                .map(MigrationInfo::getVersion).filter(v -> v != null).max(MigrationVersion::compareTo);
        List<String> behind = new ArrayList<>();
        for (String schema : schemas) {
            if (newest.isEmpty() || !newest.get().equals(appliedVersion(schema).orElse(null))) {
                behind.add(schema);
            }
        }
        behind.forEach(this::migrateTenant);
        return behind.size();
    }

    /** The version a schema's last successful migration reached; empty when unknown (Flyway then decides). */
    private Optional<MigrationVersion> appliedVersion(String schema) {
        if (!schema.matches("[a-z0-9_]{1,63}")) {
            return Optional.empty();
        }
        String sql = "SELECT version, success FROM \"" + schema + "\".flyway_schema_history"
                + " WHERE version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            return row.next() && row.getBoolean("success")
                    ? Optional.of(MigrationVersion.fromVersion(row.getString("version"))) : Optional.empty();
        } catch (SQLException missingHistory) {
            return Optional.empty();
        }
    }

    /** The location is a parameter so that a test can prove a failing migration leaves nothing behind. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void migrateTenant(String schema, String location) {
        flyway(schema, location).migrate();
    }

    private Flyway flyway(String schema, String location) {
        return Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .schemas(schema)
                .createSchemas(true)
                .locations(location)
                .failOnMissingLocations(true)
                .load();
    }
}
