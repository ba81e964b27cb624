package com.insightiq.query.control;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.TableRef;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What the engine asks the tenant's catalog: the column behind a field filter, and the semantic types of the columns
 * of the tables a query reads. JDBC on the tenant schema, so it works on any thread; hidden columns are not offered.
 */
@ApplicationScoped
public class CatalogLookups {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    /** Field filters may only name visible columns of the query's own data source. */
    public FieldResolver fields(Slug tenant, long dataSourceId) {
        return columnId -> field(tenant, dataSourceId, columnId);
    }

    Optional<FieldRef> field(Slug tenant, long dataSourceId, long columnId) {
        String sql = "SELECT t.schema_name, t.name, c.name, c.jdbc_type, c.database_type FROM \"" + tenant.schema()
                + "\".catalog_column c JOIN \"" + tenant.schema() + "\".catalog_table t ON t.id = c.table_id"
                + " WHERE c.id = ? AND t.data_source_id = ? AND NOT c.hidden AND NOT t.hidden";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, columnId);
            ps.setLong(2, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FieldRef(columnId, new TableRef(rs.getString(1), rs.getString(2)),
                        rs.getString(3), kind(rs.getInt(4), rs.getString(5))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read catalog column " + columnId + " of " + tenant, e);
        }
    }

    /**
     * Semantic type codes by lower-case column name, over the given tables (names as the SQL wrote them, optionally
     * schema-qualified). A name two tables give different meanings is left out: the label alone cannot tell which.
     */
    public Map<String, String> semanticTypes(Slug tenant, long dataSourceId, List<String> tables) {
        Map<String, Set<String>> meanings = new HashMap<>();
        if (tables.isEmpty()) {
            return Map.of();
        }
        String sql = "SELECT c.name, coalesce(c.semantic_type_override, c.semantic_type), t.schema_name, t.name FROM \""
                + tenant.schema() + "\".catalog_column c JOIN \"" + tenant.schema() + "\".catalog_table t"
                + " ON t.id = c.table_id WHERE t.data_source_id = ? AND lower(t.name) = ANY (?) AND NOT c.hidden";
        Map<String, String> wantedSchemas = new HashMap<>();
        for (String table : tables) {
            String[] parts = table.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "").split("\\.");
            wantedSchemas.put(parts[parts.length - 1], parts.length > 1 ? parts[parts.length - 2] : null);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            ps.setArray(2, c.createArrayOf("text", wantedSchemas.keySet().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String schema = wantedSchemas.get(rs.getString(4).toLowerCase(Locale.ROOT));
                    if (schema != null && !schema.equalsIgnoreCase(rs.getString(3))) {
                        continue;
                    }
                    String code = SemanticType.parse(rs.getString(2)).map(SemanticType::code).orElse("");
                    meanings.computeIfAbsent(rs.getString(1).toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(code);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the catalog of data source " + dataSourceId, e);
        }
        Map<String, String> types = new HashMap<>();
        meanings.forEach((column, codes) -> {
            if (codes.size() == 1 && !codes.iterator().next().isEmpty()) {
                types.put(column, codes.iterator().next());
            }
        });
        return types;
    }

    static FieldRef.Kind kind(int jdbcType, String databaseType) {
        return switch (jdbcType) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL, Types.REAL,
                 Types.FLOAT, Types.DOUBLE -> FieldRef.Kind.NUMBER;
            case Types.DATE -> FieldRef.Kind.DATE;
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> FieldRef.Kind.TIMESTAMP;
            case Types.BOOLEAN -> FieldRef.Kind.BOOLEAN;
            // PostgreSQL reports boolean as BIT; a real bit string stays text.
            case Types.BIT -> "bool".equalsIgnoreCase(databaseType) || "boolean".equalsIgnoreCase(databaseType)
                    ? FieldRef.Kind.BOOLEAN : FieldRef.Kind.TEXT;
            default -> FieldRef.Kind.TEXT;
        };
    }
}
