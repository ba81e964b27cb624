package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** A tenant's SQL snippets for {@code {{snippet: name}}}, read with JDBC so exports outside a request can use them. */
@ApplicationScoped
public class TenantSnippets {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    public SnippetSource of(Slug tenant) {
        return name -> find(tenant, name);
    }

    Optional<String> find(Slug tenant, String name) {
        String sql = "SELECT content FROM \"" + tenant.schema() + "\".sql_snippet WHERE lower(name) = lower(?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, name.strip());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read snippet '" + name + "' of " + tenant, e);
        }
    }
}
