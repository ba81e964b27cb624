package com.insightiq.nlq.control;

import com.insightiq.catalog.entity.DisplayNames;
import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.entity.Engine;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Reads a {@link SchemaLexicon} for one data source of the current tenant from the catalog (visible tables and
 * columns, foreign keys, field values), the tenant's NLQ synonyms for that source and its glossary.
 * <p>
 * Runs inside a boundary's transaction after {@code TenantAccess.enter}: the tenant schema is the one that transaction
 * points at (it came from the tenant row, never from the request). A lexicon is cached per (schema, data source) under
 * a stamp read with one query on every call — the last completed sync, the admins' catalog edits, synonyms and
 * glossary — so any change that could alter the lexicon builds a new one and no tenant ever sees another's.
 */
@ApplicationScoped
public class LexiconSource {
    /** More entries than this and the cache starts afresh: lexicons are cheap to rebuild, memory is not free. */
    static final int MAX_CACHED = 200;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    private record Cached(String stamp, SchemaLexicon lexicon) {
    }

    public SchemaLexicon load(long dataSourceId) {
        String schema = schema();
        try (Connection c = dataSource.getConnection()) {
            Stamp stamp = stamp(c, schema, dataSourceId);
            String key = schema + "/" + dataSourceId;
            Cached cached = cache.get(key);
            if (cached != null && cached.stamp().equals(stamp.text())) {
                return cached.lexicon();
            }
            SchemaLexicon lexicon = read(c, schema, dataSourceId, stamp.engine());
            if (cache.size() >= MAX_CACHED) {
                cache.clear();
            }
            cache.put(key, new Cached(stamp.text(), lexicon));
            return lexicon;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the catalog of data source " + dataSourceId, e);
        }
    }

    /** The tenant schema the caller's transaction serves; a lexicon outside a tenant is a programming error. */
    private String schema() {
        Object schema = em.getProperties().get(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
        if (!(schema instanceof String s) || s.isBlank()) {
            throw new IllegalStateException("LexiconSource needs a transaction that entered a tenant first");
        }
        return s;
    }

    private record Stamp(String text, Engine engine) {
    }

    /** What the lexicon depends on, in one statement; also the 404 and the "not synced yet" answers. */
    private static Stamp stamp(Connection c, String schema, long dataSourceId) throws SQLException {
        String sql = "SELECT d.name, d.engine,"
                + " (SELECT max(id) FROM " + table(schema, "catalog_sync")
                + "   WHERE data_source_id = d.id AND status = 'COMPLETED'),"
                + " (SELECT count(*) || ':' || coalesce(sum(version), 0) || ':' || coalesce(max(updated_at)::text, '')"
                + "   FROM " + table(schema, "catalog_table") + " WHERE data_source_id = d.id),"
                + " (SELECT coalesce(sum(c.version), 0) FROM " + table(schema, "catalog_column") + " c JOIN "
                + table(schema, "catalog_table") + " t ON t.id = c.table_id WHERE t.data_source_id = d.id),"
                + " (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0)"
                + "   FROM " + table(schema, "nlq_synonym") + " WHERE data_source_id = d.id),"
                + " (SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') || ':' || coalesce(sum(version), 0)"
                + "   FROM " + table(schema, "glossary_term") + ")"
                + " FROM " + table(schema, "data_source") + " d WHERE d.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new NotFoundException("There is no data source " + dataSourceId + " here.");
                }
                long sync = rs.getLong(3);
                if (rs.wasNull()) {
                    throw new ConflictException("The catalog of " + rs.getString(1)
                            + " has not been read yet; sync it first.");
                }
                Engine engine = Engine.valueOf(rs.getString(2));
                return new Stamp(sync + "|" + rs.getString(4) + "|" + rs.getLong(5) + "|" + rs.getString(6) + "|"
                        + rs.getString(7) + "|" + engine, engine);
            }
        }
    }

    private static SchemaLexicon read(Connection c, String schema, long dataSourceId, Engine engine)
            throws SQLException {
        List<SchemaLexicon.Table> tables = tables(c, schema, dataSourceId);
        Map<Long, List<String>> values = values(c, schema, dataSourceId);
        List<SchemaLexicon.Column> columns = columns(c, schema, dataSourceId, values);
        Set<Long> tableIds = new HashSet<>();
        tables.forEach(t -> tableIds.add(t.id()));
        Set<Long> columnIds = new HashSet<>();
        columns.forEach(col -> columnIds.add(col.id()));
        return new SchemaLexicon(dataSourceId, engine, tables, columns,
                synonyms(c, schema, dataSourceId, tableIds, columnIds), glossary(c, schema, columnIds));
    }

    private static List<SchemaLexicon.Table> tables(Connection c, String schema, long dataSourceId)
            throws SQLException {
        // A freshly loaded table has no planner estimate yet (PostgreSQL: -1 until ANALYZE); the rows its sample read
        // are a lower bound that does not depend on when the server last analysed, so key detection is repeatable.
        String sql = "SELECT t.id, t.schema_name, t.name, t.display_name, t.description,"
                + " greatest(t.estimated_rows, (SELECT max(c.sampled_rows) FROM " + table(schema, "catalog_column")
                + " c WHERE c.table_id = t.id)) FROM " + table(schema, "catalog_table")
                + " t WHERE t.data_source_id = ? AND NOT t.hidden ORDER BY t.schema_name, t.name";
        List<SchemaLexicon.Table> tables = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = rs.getString(3);
                    String display = rs.getString(4);
                    long rows = rs.getLong(6);
                    // read at once: wasNull speaks of the last column read, and the description comes next
                    Long estimatedRows = rs.wasNull() || rows < 0 ? null : rows;
                    tables.add(new SchemaLexicon.Table(rs.getLong(1), rs.getString(2), name,
                            display != null ? display : DisplayNames.of(name), rs.getString(5), estimatedRows));
                }
            }
        }
        return tables;
    }

    /** Visible columns of visible tables; an FK pointing at a hidden column is left out, as the column itself is. */
    private static List<SchemaLexicon.Column> columns(Connection c, String schema, long dataSourceId,
            Map<Long, List<String>> values) throws SQLException {
        String sql = "SELECT c.id, c.table_id, c.name, c.display_name, c.description,"
                + " coalesce(c.semantic_type_override, c.semantic_type), c.jdbc_type, c.database_type, c.primary_key,"
                + " coalesce(c.fk_override_column_id, c.fk_target_column_id), c.distinct_count FROM "
                + table(schema, "catalog_column") + " c JOIN " + table(schema, "catalog_table") + " t ON t.id = c.table_id"
                + " WHERE t.data_source_id = ? AND NOT t.hidden AND NOT c.hidden ORDER BY t.schema_name, t.name, c.position";
        List<SchemaLexicon.Column> read = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    String name = rs.getString(3);
                    String display = rs.getString(4);
                    SemanticType type = SemanticType.parse(rs.getString(6)).orElse(null);
                    long fk = rs.getLong(10);
                    Long fkTarget = rs.wasNull() ? null : fk;
                    int distinct = rs.getInt(11);
                    Integer distinctCount = rs.wasNull() ? null : distinct;
                    read.add(new SchemaLexicon.Column(id, rs.getLong(2), name,
                            display != null ? display : DisplayNames.of(name), rs.getString(5), type, rs.getInt(7),
                            rs.getString(8), rs.getBoolean(9), fkTarget, distinctCount,
                            values.getOrDefault(id, List.of())));
                }
            }
        }
        Set<Long> visible = new HashSet<>();
        read.forEach(col -> visible.add(col.id()));
        return read.stream().map(col -> col.fkTargetColumnId() == null || visible.contains(col.fkTargetColumnId())
                ? col : new SchemaLexicon.Column(col.id(), col.tableId(), col.name(), col.displayName(),
                col.description(), col.semanticType(), col.jdbcType(), col.databaseType(), col.primaryKey(), null,
                col.distinctCount(), col.values())).toList();
    }

    private static Map<Long, List<String>> values(Connection c, String schema, long dataSourceId) throws SQLException {
        String sql = "SELECT v.column_id, v.value FROM " + table(schema, "field_value") + " v JOIN "
                + table(schema, "catalog_column") + " c ON c.id = v.column_id JOIN " + table(schema, "catalog_table")
                + " t ON t.id = c.table_id WHERE t.data_source_id = ? AND NOT t.hidden AND NOT c.hidden"
                + " ORDER BY v.column_id, v.position";
        Map<Long, List<String>> values = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        return values;
    }

    /** The source's synonyms whose target is still visible in the lexicon. */
    private static List<SchemaLexicon.Synonym> synonyms(Connection c, String schema, long dataSourceId,
            Set<Long> tableIds, Set<Long> columnIds) throws SQLException {
        String sql = "SELECT phrase, phrase_key, target_kind, table_id, column_id, value FROM "
                + table(schema, "nlq_synonym") + " WHERE data_source_id = ? ORDER BY phrase_key, id";
        List<SchemaLexicon.Synonym> synonyms = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, dataSourceId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long t = rs.getLong(4);
                    Long tableId = rs.wasNull() ? null : t;
                    long col = rs.getLong(5);
                    Long columnId = rs.wasNull() ? null : col;
                    boolean visible = tableId != null ? tableIds.contains(tableId) : columnIds.contains(columnId);
                    if (visible) {
                        synonyms.add(new SchemaLexicon.Synonym(rs.getString(1), rs.getString(2), rs.getString(3),
                                tableId, columnId, rs.getString(6)));
                    }
                }
            }
        }
        return synonyms;
    }

    /** Glossary terms that map to a visible column of this source, or to no column at all. */
    private static List<SchemaLexicon.Term> glossary(Connection c, String schema, Set<Long> columnIds)
            throws SQLException {
        String sql = "SELECT term, synonyms, definition, column_id, expression FROM " + table(schema, "glossary_term")
                + " ORDER BY lower(term), id";
        List<SchemaLexicon.Term> terms = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long col = rs.getLong(4);
                Long columnId = rs.wasNull() ? null : col;
                if (columnId == null || columnIds.contains(columnId)) {
                    terms.add(new SchemaLexicon.Term(rs.getString(1), strings(rs.getString(2)), rs.getString(3),
                            columnId, rs.getString(5)));
                }
            }
        }
        return terms;
    }

    static List<String> strings(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readArray().stream().filter(JsonString.class::isInstance)
                    .map(v -> ((JsonString) v).getString()).toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** The schema comes from the tenant row the boundary entered, built from a validated slug. */
    private static String table(String schema, String name) {
        return "\"" + schema + "\"." + name;
    }
}
