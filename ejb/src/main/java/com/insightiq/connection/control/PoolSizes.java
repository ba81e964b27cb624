package com.insightiq.connection.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How many connections one data source may hold: the tenant's setting when a tenant admin chose one, else the
 * operator's default; never above the operator's ceiling, so one tenant cannot exhaust the machine.
 */
@ApplicationScoped
public class PoolSizes {
    public static final String SETTING = "pool.max-size";

    @Inject
    @ConfigProperty(name = "insightiq.datasource.pool-size", defaultValue = "5")
    int defaultSize;

    @Inject
    @ConfigProperty(name = "insightiq.datasource.pool-size-ceiling", defaultValue = "20")
    int ceiling;

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    public int forTenant(Slug tenant) {
        String sql = "SELECT value FROM \"" + tenant.schema() + "\".tenant_setting WHERE name = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return bounded(rs.next() ? Integer.parseInt(rs.getString(1)) : defaultSize);
            }
        } catch (SQLException | NumberFormatException e) {
            return bounded(defaultSize);
        }
    }

    public int ceiling() {
        return ceiling;
    }

    int bounded(int wanted) {
        return Math.max(1, Math.min(wanted, ceiling));
    }
}
