package com.insightiq.query.control;

import com.insightiq.access.entity.Role;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * A user's role in an active tenant, read from the control schema. Background exports run without a signed-in
 * caller, so the engine asks the database, not Shiro: a member demoted or removed since the request stops here.
 */
@ApplicationScoped
public class MemberRoles {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    public Optional<Role> roleOf(Slug tenant, long userId) {
        String sql = "SELECT m.role FROM control.membership m JOIN control.tenant t ON t.id = m.tenant_id"
                + " WHERE t.slug = ? AND t.status = 'ACTIVE' AND m.user_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, tenant.value());
            ps.setLong(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Role.valueOf(rs.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the role of user " + userId + " in " + tenant, e);
        }
    }
}
