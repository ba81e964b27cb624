package com.insightiq.tenancy.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

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
