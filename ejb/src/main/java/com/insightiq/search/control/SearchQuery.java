package com.insightiq.search.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The one ranked statement across kinds. Each kind is a SELECT of (kind, id, name, description, parent id, parent
 * name, score) over its table's {@code search_vector}. The tsquery ORs the 'simple', 'english' and 'german' readings of the words; an exact name match adds 10, a name that
 * starts with the text 1, on top of {@code ts_rank_cd} (weights D 0.05, C 0.2, B 0.4, A 1).
 */
@ApplicationScoped
public class SearchQuery {
    public static final int LIMIT = 50;

    private static final String SCORE = "ts_rank_cd('{0.05,0.2,0.4,1.0}', x.search_vector, q.query)"
            + " + CASE WHEN lower(x.name) = q.exact THEN 10 WHEN lower(x.name) LIKE q.starts THEN 1 ELSE 0 END";

    /** Kind → SELECT; {@code %s} is the schema; filters: ?1 visible collection ids, ?2 root visible. */
    static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("question", "SELECT 'question', x.id, x.name, x.description, c.id, c.name, " + SCORE
                + " FROM \"%1$s\".question x LEFT JOIN \"%1$s\".collection c ON c.id = x.collection_id, q"
                + " WHERE x.search_vector @@ q.query AND x.archived_at IS NULL"
                + " AND (x.collection_id = ANY(q.collections) OR (x.collection_id IS NULL AND q.root))");
        KINDS.put("dashboard", "SELECT 'dashboard', x.id, x.name, x.description, c.id, c.name, " + SCORE
                + " FROM \"%1$s\".dashboard x LEFT JOIN \"%1$s\".collection c ON c.id = x.collection_id, q"
                + " WHERE x.search_vector @@ q.query AND x.archived_at IS NULL"
                + " AND (x.collection_id = ANY(q.collections) OR (x.collection_id IS NULL AND q.root))");
        KINDS.put("collection", "SELECT 'collection', x.id, x.name, x.description, p.id, p.name, " + SCORE
                + " FROM \"%1$s\".collection x LEFT JOIN \"%1$s\".collection p ON p.id = x.parent_id, q"
                + " WHERE x.search_vector @@ q.query AND x.id = ANY(q.collections)");
        KINDS.put("table", "SELECT 'table', x.id, coalesce(x.display_name, x.name), x.description, NULL, x.schema_name"
                + " || '.' || x.name, " + SCORE.replace("lower(x.name)", "lower(coalesce(x.display_name, x.name))")
                + " FROM \"%1$s\".catalog_table x, q WHERE x.search_vector @@ q.query AND NOT x.hidden AND q.catalog");
        KINDS.put("column", "SELECT 'column', x.id, coalesce(x.display_name, x.name), x.description, t.id,"
                + " coalesce(t.display_name, t.name), "
                + SCORE.replace("lower(x.name)", "lower(coalesce(x.display_name, x.name))")
                + " FROM \"%1$s\".catalog_column x JOIN \"%1$s\".catalog_table t ON t.id = x.table_id, q"
                + " WHERE x.search_vector @@ q.query AND NOT x.hidden AND NOT t.hidden AND q.catalog");
    }

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    /** The kinds there are, in the order a person reads them. */
    public static Set<String> kinds() {
        return KINDS.keySet();
    }

    /** What the caller may see: collections they may open, whether the root items, whether the catalog. */
    public record Scope(Set<Long> collections, boolean root, boolean catalog) {
    }

    /** The statement for these kinds; {@code schema} comes from the tenant row, never from a request. */
    static String sql(String schema, List<String> kinds) {
        String union = String.join("\nUNION ALL\n", kinds.stream().map(k -> KINDS.get(k).formatted(schema)).toList());
        return "WITH q AS (SELECT (to_tsquery('simple', ?) || to_tsquery('english', ?) || to_tsquery('german', ?))"
                + " AS query, ?::bigint[] AS collections, ?::boolean AS root, ?::boolean AS catalog,"
                + " lower(?) AS exact, replace(replace(replace(lower(?), '\\', '\\\\'), '%', '\\%'), '_', '\\_')"
                + " || '%' AS starts)\n"
                + "SELECT * FROM (" + union + ") hits (kind, id, name, description, parent_id, parent_name, score)"
                + " ORDER BY score DESC, lower(name), id LIMIT " + LIMIT;
    }

    public List<SearchHitRow> run(String schema, SearchTerms terms, List<String> kinds, Scope scope) {
        String sql = sql(schema, kinds);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            String query = terms.prefixQuery();
            ps.setString(1, query);
            ps.setString(2, query);
            ps.setString(3, query);
            Array ids = c.createArrayOf("bigint", scope.collections().toArray());
            ps.setArray(4, ids);
            ps.setBoolean(5, scope.root());
            ps.setBoolean(6, scope.catalog());
            ps.setString(7, terms.text());
            ps.setString(8, terms.text());
            List<SearchHitRow> hits = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long parent = rs.getLong(5);
                    // at once: wasNull speaks of the last column read
                    Long parentId = rs.wasNull() ? null : parent;
                    hits.add(new SearchHitRow(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            parentId, rs.getString(6), rs.getDouble(7)));
                }
            }
            return hits;
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed in " + schema + ": " + e.getMessage(), e);
        }
    }
}
