package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engine's bounds: the operator's defaults and ceilings (MicroProfile Config) and each tenant's own choices
 * (tenant_setting), always kept within the ceilings so one tenant cannot take the machine.
 */
@ApplicationScoped
public class QueryLimits {
    private static final Logger LOG = Logger.getLogger(QueryLimits.class.getName());
    public static final String TIMEOUT_SETTING = "query.timeout-seconds";
    public static final String CONCURRENCY_SETTING = "query.max-concurrent";
    public static final String CACHE_TTL_SETTING = "query.cache-ttl-seconds";

    @Inject
    @ConfigProperty(name = "insightiq.query.row-cap", defaultValue = "2000")
    int rowCap;

    @Inject
    @ConfigProperty(name = "insightiq.query.timeout-seconds", defaultValue = "60")
    int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "insightiq.query.max-timeout-seconds", defaultValue = "600")
    int maxTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "insightiq.query.max-concurrent", defaultValue = "4")
    int maxConcurrent;

    @Inject
    @ConfigProperty(name = "insightiq.query.max-concurrent-ceiling", defaultValue = "16")
    int maxConcurrentCeiling;

    @Inject
    @ConfigProperty(name = "insightiq.query.cache-ttl-seconds", defaultValue = "300")
    int cacheTtlSeconds;

    @Inject
    @ConfigProperty(name = "insightiq.query.max-cache-ttl-seconds", defaultValue = "86400")
    int maxCacheTtlSeconds;

    @Inject
    @ConfigProperty(name = "insightiq.query.cache-max-rows", defaultValue = "10000")
    int cacheMaxRows;

    @Inject
    @ConfigProperty(name = "insightiq.query.max-sql-bytes", defaultValue = "100000")
    int maxSqlBytes;

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    /** What applies to one tenant now. A cache TTL of 0 turns caching off for the tenant. */
    public record TenantLimits(int timeoutSeconds, int maxConcurrent, int cacheTtlSeconds) {
    }

    /** The operator's ceilings, shown to tenant admins beside their settings. */
    public record Ceilings(int maxTimeoutSeconds, int maxConcurrent, int maxCacheTtlSeconds) {
    }

    public TenantLimits forTenant(Slug tenant) {
        Map<String, String> settings = settings(tenant);
        return new TenantLimits(
                bounded(settings.get(TIMEOUT_SETTING), timeoutSeconds, 1, maxTimeoutSeconds),
                bounded(settings.get(CONCURRENCY_SETTING), maxConcurrent, 1, maxConcurrentCeiling),
                bounded(settings.get(CACHE_TTL_SETTING), cacheTtlSeconds, 0, maxCacheTtlSeconds));
    }

    public Ceilings ceilings() {
        return new Ceilings(maxTimeoutSeconds, maxConcurrentCeiling, maxCacheTtlSeconds);
    }

    public int rowCap() {
        return rowCap;
    }

    public int cacheMaxRows() {
        return cacheMaxRows;
    }

    public int maxSqlBytes() {
        return maxSqlBytes;
    }

    public int maxTimeoutSeconds() {
        return maxTimeoutSeconds;
    }

    private Map<String, String> settings(Slug tenant) {
        Map<String, String> values = new HashMap<>();
        String sql = "SELECT name, value FROM \"" + tenant.schema() + "\".tenant_setting WHERE name LIKE 'query.%'";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.put(rs.getString(1), rs.getString(2));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Query settings of " + tenant + " unreadable; the operator's defaults apply", e);
        }
        return values;
    }

    static int bounded(String stored, int fallback, int min, int max) {
        int wanted = fallback;
        if (stored != null) {
            try {
                wanted = Integer.parseInt(stored.trim());
            } catch (NumberFormatException e) {
                wanted = fallback;
            }
        }
        return Math.max(min, Math.min(wanted, max));
    }
}
