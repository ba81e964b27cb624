package com.insightiq.dashboard.control;

import com.insightiq.connection.control.TableRef;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * What a filter's choices need from the tenant's catalog: the column, its field values, and how two tables join by
 * one foreign key the catalog knows (a synced key or an admin's override). JDBC on the tenant schema: runs on any
 * thread; hidden columns and tables are not offered.
 */
@ApplicationScoped
public class ChoiceColumns {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    public record Column(long id, long tableId, long dataSourceId, TableRef table, String name) {
    }

    /** {@code from.column = to.column}: the join of one foreign-key hop. */
    public record Hop(String fromColumn, String toColumn) {
    }

    public Optional<Column> column(Slug tenant, long columnId) {
        String sql = "SELECT c.id, t.id, t.data_source_id, t.schema_name, t.name, c.name FROM " + table(tenant,
                "catalog_column") + " c JOIN " + table(tenant, "catalog_table") + " t ON t.id = c.table_id"
                + " WHERE c.id = ? AND NOT c.hidden AND NOT t.hidden";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, columnId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Column(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        new TableRef(rs.getString(4), rs.getString(5)), rs.getString(6))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read catalog column " + columnId + " of " + tenant, e);
        }
    }

    /** The field values the last sync kept for the column, in their order. */
    public List<String> fieldValues(Slug tenant, long columnId) {
        String sql = "SELECT value FROM " + table(tenant, "field_value") + " WHERE column_id = ? ORDER BY position";
        List<String> values = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, columnId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the field values of column " + columnId, e);
        }
        return values;
    }

    /** A column of table {@code from} whose foreign key points at a column of table {@code to}. */
    public Optional<Hop> hop(Slug tenant, long fromTableId, long toTableId) {
        String sql = "SELECT c.name, target.name FROM " + table(tenant, "catalog_column") + " c JOIN "
                + table(tenant, "catalog_column") + " target ON target.id = coalesce(c.fk_override_column_id,"
                + " c.fk_target_column_id) WHERE c.table_id = ? AND target.table_id = ? ORDER BY c.id LIMIT 1";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, fromTableId);
            ps.setLong(2, toTableId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Hop(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the foreign keys of table " + fromTableId, e);
        }
    }

    private static String table(Slug tenant, String name) {
        return "\"" + tenant.schema() + "\"." + name;
    }
}
