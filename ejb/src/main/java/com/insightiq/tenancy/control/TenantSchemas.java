package com.insightiq.tenancy.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** The PostgreSQL schemas behind tenants. Names only ever come from a validated {@link Slug}. */
@ApplicationScoped
public class TenantSchemas {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public boolean exists(Slug slug) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT 1 FROM information_schema.schemata WHERE schema_name = ?")) {
            ps.setString(1, slug.schema());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not look up schema " + slug.schema(), e);
        }
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void drop(Slug slug) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS \"" + slug.schema() + "\" CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop schema " + slug.schema(), e);
        }
    }
}
