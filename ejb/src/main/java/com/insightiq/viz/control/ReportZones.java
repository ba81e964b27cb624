package com.insightiq.viz.control;

import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The time zone a tenant reports in (tenant_setting {@code viz.time-zone}, an IANA id), else the operator's default
 * {@code insightiq.viz.time-zone}. Charts and tables show time values in it; the database keeps instants in UTC.
 */
@ApplicationScoped
public class ReportZones {
    private static final Logger LOG = Logger.getLogger(ReportZones.class.getName());
    public static final String SETTING = "viz.time-zone";

    @Inject
    @ConfigProperty(name = "insightiq.viz.time-zone", defaultValue = "UTC")
    String defaultZone;

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    /** The tenant's zone; an unreadable or no longer valid stored id falls back to the default. */
    public ZoneId zoneOf(Slug tenant) {
        return parse(stored(tenant).orElse(null), fallback());
    }

    /** The operator's default zone (UTC when the configured id is not a zone). */
    public ZoneId fallback() {
        return parse(defaultZone, ZoneOffset.UTC);
    }

    static ZoneId parse(String id, ZoneId fallback) {
        if (id == null || id.isBlank()) {
            return fallback;
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            return fallback;
        }
    }

    /** A zone a tenant admin sends: an IANA region id (Europe/Berlin), UTC or an offset (+02:00); else 400. */
    public static ZoneId check(String id) {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new InvalidInputException("The time zone must be an IANA zone id such as Europe/Berlin or UTC.");
        }
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new InvalidInputException("The time zone must be an IANA zone id such as Europe/Berlin or UTC.");
        }
    }

    private Optional<String> stored(Slug tenant) {
        String sql = "SELECT value FROM \"" + tenant.schema() + "\".tenant_setting WHERE name = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, SETTING);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Reporting time zone of " + tenant + " unreadable; the default applies", e);
            return Optional.empty();
        }
    }
}
