package com.insightiq.tenancy.api;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the application database (control and tenant schemas) answers. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(5);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", c.getMetaData().getDatabaseProductVersion()).build();
        } catch (SQLException e) {
            return HealthCheckResponse.named("database").down().withData("error", e.getMessage()).build();
        }
    }
}
