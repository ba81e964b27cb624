package com.insightiq.catalog.control;

import static com.insightiq.catalog.control.CatalogStore.table;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.ColumnDescription;
import com.insightiq.connection.control.ForeignKeyDescription;
import com.insightiq.connection.control.IndexDescription;
import com.insightiq.connection.control.TableDescription;
import com.insightiq.tenancy.entity.Slug;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Writes one chunk of table snapshots in a fixed number of statements, whatever its size: each statement takes
 * column arrays and {@code unnest}s them (tables, columns, keys, indexes, values, progress). No per-row JPA, no N+1.
 * Runs in the chunk's transaction, so the rows and the checkpoint commit together.
 */
@ApplicationScoped
public class CatalogUpserts {
    @Resource(lookup = "jdbc/insightiq")
    DataSource dataSource;

    /** Counts of one chunk, for the sync row. */
    public record ChunkCounts(int added, int changed, int fingerprinted) {
    }

    @Transactional
    public ChunkCounts write(Slug tenant, SyncRow sync, List<TableSnapshot> chunk, int tablesDone) {
        try (Connection c = dataSource.getConnection()) {
            Map<TableKey, Long> ids = upsertTables(c, tenant, sync, chunk);
            List<TableSnapshot> withColumns = chunk.stream()
                    .filter(s -> s.description().isPresent() && (s.rewrite() || s.fingerprinted())).toList();
            Map<Long, Map<String, Long>> columnIds = upsertColumns(c, tenant, sync, withColumns, ids);
            List<Long> rewritten = chunk.stream().filter(s -> s.description().isPresent() && s.rewrite())
                    .map(s -> ids.get(s.key())).toList();
            if (!rewritten.isEmpty()) {
                Array tableIds = c.createArrayOf("bigint", rewritten.toArray(Long[]::new));
                deleteWhere(c, "DELETE FROM " + table(tenant, "catalog_column")
                        + " WHERE table_id = ANY(?) AND last_seen_sync <> ?", tableIds, sync.id());
                deleteWhere(c, "DELETE FROM " + table(tenant, "catalog_foreign_key") + " WHERE table_id = ANY(?)",
                        tableIds, null);
                deleteWhere(c, "DELETE FROM " + table(tenant, "catalog_index") + " WHERE table_id = ANY(?)",
                        tableIds, null);
                insertKeysAndIndexes(c, tenant, chunk.stream().filter(s -> s.description().isPresent() && s.rewrite())
                        .toList(), ids);
            }
            writeValues(c, tenant, chunk.stream().filter(TableSnapshot::fingerprinted).toList(), ids, columnIds);
            ChunkCounts counts = new ChunkCounts(
                    (int) chunk.stream().filter(s -> s.change() == TableChanges.Change.ADDED).count(),
                    (int) chunk.stream().filter(s -> s.change() == TableChanges.Change.CHANGED).count(),
                    (int) chunk.stream().filter(TableSnapshot::fingerprinted).count());
            progress(c, tenant, sync, counts, tablesDone, chunk.get(chunk.size() - 1).key());
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write a catalog chunk of sync " + sync.id() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Map<TableKey, Long> upsertTables(Connection c, Slug tenant, SyncRow sync, List<TableSnapshot> chunk)
            throws SQLException {
        int n = chunk.size();
        String[] schemas = new String[n];
        String[] names = new String[n];
        String[] kinds = new String[n];
        Long[] rows = new Long[n];
        String[] hashes = new String[n];
        Boolean[] fingerprinted = new Boolean[n];
        for (int i = 0; i < n; i++) {
            TableSnapshot s = chunk.get(i);
            schemas[i] = s.key().schema();
            names[i] = s.table().name();
            kinds[i] = s.table().kind().name();
            rows[i] = s.table().estimatedRows() < 0 ? null : s.table().estimatedRows();
            hashes[i] = s.structureHash();
            fingerprinted[i] = s.fingerprinted();
        }
        String t = table(tenant, "catalog_table");
        String sql = "INSERT INTO " + t + " AS ct (data_source_id, schema_name, name, kind, estimated_rows, structure_hash,"
                + " fingerprint_hash, fingerprinted_at, last_seen_sync)"
                + " SELECT ?, u.s, u.n, u.k, u.r, u.h, CASE WHEN u.f THEN u.h END, CASE WHEN u.f THEN now() END, ?"
                + " FROM unnest(?::text[], ?::text[], ?::text[], ?::bigint[], ?::text[], ?::boolean[]) AS u(s, n, k, r, h, f)"
                + " ON CONFLICT (data_source_id, schema_name, name) DO UPDATE SET kind = EXCLUDED.kind,"
                + " estimated_rows = EXCLUDED.estimated_rows, last_seen_sync = EXCLUDED.last_seen_sync,"
                + " updated_at = CASE WHEN ct.structure_hash <> EXCLUDED.structure_hash THEN now() ELSE ct.updated_at END,"
                + " structure_hash = EXCLUDED.structure_hash,"
                + " fingerprint_hash = coalesce(EXCLUDED.fingerprint_hash, ct.fingerprint_hash),"
                + " fingerprinted_at = coalesce(EXCLUDED.fingerprinted_at, ct.fingerprinted_at)"
                + " RETURNING id, schema_name, name";
        Map<TableKey, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sync.dataSourceId());
            ps.setLong(2, sync.id());
            ps.setArray(3, c.createArrayOf("text", schemas));
            ps.setArray(4, c.createArrayOf("text", names));
            ps.setArray(5, c.createArrayOf("text", kinds));
            ps.setArray(6, c.createArrayOf("bigint", rows));
            ps.setArray(7, c.createArrayOf("text", hashes));
            ps.setArray(8, c.createArrayOf("boolean", fingerprinted));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(new TableKey(rs.getString(2), rs.getString(3)), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    private static Map<Long, Map<String, Long>> upsertColumns(Connection c, Slug tenant, SyncRow sync,
            List<TableSnapshot> tables, Map<TableKey, Long> ids) throws SQLException {
        Map<Long, Map<String, Long>> columnIds = new HashMap<>();
        if (tables.isEmpty()) {
            return columnIds;
        }
        List<Object[]> rows = new ArrayList<>();
        for (TableSnapshot s : tables) {
            long tableId = ids.get(s.key());
            for (ColumnDescription col : s.description().orElseThrow().columns()) {
                ColumnProfile p = s.profiles().get(col.name());
                SemanticType type = s.semanticTypes().get(col.name());
                rows.add(new Object[] {tableId, col.name(), col.position(), col.databaseType(), col.jdbcType(),
                        col.nullable(), col.primaryKey(), type == null ? null : type.name(), s.fingerprinted(),
                        p == null ? null : p.distinctCount(), p == null ? null : p.nullShare(),
                        p == null ? null : p.min().orElse(null), p == null ? null : p.max().orElse(null),
                        p == null ? null : p.avgLength().orElse(null), p == null ? null : p.sampledRows()});
            }
        }
        String[] types = {"bigint", "text", "integer", "text", "integer", "boolean", "boolean", "text", "boolean",
                "integer", "float8", "text", "text", "float8", "integer"};
        String t = table(tenant, "catalog_column");
        String sql = "INSERT INTO " + t + " AS cc (table_id, name, position, database_type, jdbc_type, nullable, primary_key,"
                + " semantic_type, distinct_count, null_share, min_value, max_value, avg_length, sampled_rows,"
                + " fingerprinted_at, last_seen_sync)"
                + " SELECT u.t, u.n, u.p, u.d, u.j, u.nl, u.pk, u.st, u.dc, u.ns, u.mn, u.mx, u.al, u.sr,"
                + " CASE WHEN u.f THEN now() END, ?"
                + " FROM unnest(?::bigint[], ?::text[], ?::integer[], ?::text[], ?::integer[], ?::boolean[], ?::boolean[],"
                + " ?::text[], ?::boolean[], ?::integer[], ?::float8[], ?::text[], ?::text[], ?::float8[], ?::integer[])"
                + " AS u(t, n, p, d, j, nl, pk, st, f, dc, ns, mn, mx, al, sr)"
                + " ON CONFLICT (table_id, name) DO UPDATE SET position = EXCLUDED.position,"
                + " database_type = EXCLUDED.database_type, jdbc_type = EXCLUDED.jdbc_type, nullable = EXCLUDED.nullable,"
                + " primary_key = EXCLUDED.primary_key, last_seen_sync = EXCLUDED.last_seen_sync,"
                + " semantic_type = CASE WHEN EXCLUDED.fingerprinted_at IS NOT NULL THEN EXCLUDED.semantic_type"
                + "   ELSE coalesce(EXCLUDED.semantic_type, cc.semantic_type) END,"
                + profileColumn("distinct_count") + profileColumn("null_share") + profileColumn("min_value")
                + profileColumn("max_value") + profileColumn("avg_length") + profileColumn("sampled_rows")
                + " fingerprinted_at = coalesce(EXCLUDED.fingerprinted_at, cc.fingerprinted_at)"
                + " RETURNING id, table_id, name";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sync.id());
            for (int k = 0; k < types.length; k++) {
                Object[] column = new Object[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    column[r] = rows.get(r)[k];
                }
                ps.setArray(k + 2, c.createArrayOf(types[k], typed(types[k], column)));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    columnIds.computeIfAbsent(rs.getLong(2), x -> new HashMap<>()).put(rs.getString(3), rs.getLong(1));
                }
            }
        }
        return columnIds;
    }

    private static String profileColumn(String name) {
        return " " + name + " = CASE WHEN EXCLUDED.fingerprinted_at IS NOT NULL THEN EXCLUDED." + name + " ELSE cc."
                + name + " END,";
    }

    private static void insertKeysAndIndexes(Connection c, Slug tenant, List<TableSnapshot> tables,
            Map<TableKey, Long> ids) throws SQLException {
        List<Object[]> keys = new ArrayList<>();
        List<Object[]> indexes = new ArrayList<>();
        for (TableSnapshot s : tables) {
            long tableId = ids.get(s.key());
            TableDescription d = s.description().orElseThrow();
            for (ForeignKeyDescription fk : d.foreignKeys()) {
                for (int i = 0; i < fk.columns().size() && i < fk.targetColumns().size(); i++) {
                    keys.add(new Object[] {tableId, fk.name(), i + 1, fk.columns().get(i),
                            fk.targetSchema() == null ? "" : fk.targetSchema(), fk.targetTable(), fk.targetColumns().get(i)});
                }
            }
            for (IndexDescription index : d.indexes()) {
                JsonArrayBuilder columns = Json.createArrayBuilder();
                index.columns().forEach(columns::add);
                indexes.add(new Object[] {tableId, index.name(), index.unique(), columns.build().toString()});
            }
        }
        insert(c, "INSERT INTO " + table(tenant, "catalog_foreign_key")
                + " (table_id, name, ordinal, column_name, target_schema, target_table, target_column)"
                + " SELECT * FROM unnest(?::bigint[], ?::text[], ?::integer[], ?::text[], ?::text[], ?::text[], ?::text[])",
                new String[] {"bigint", "text", "integer", "text", "text", "text", "text"}, keys);
        insert(c, "INSERT INTO " + table(tenant, "catalog_index") + " (table_id, name, is_unique, columns)"
                + " SELECT * FROM unnest(?::bigint[], ?::text[], ?::boolean[], ?::text[])",
                new String[] {"bigint", "text", "boolean", "text"}, indexes);
    }

    private static void writeValues(Connection c, Slug tenant, List<TableSnapshot> sampled, Map<TableKey, Long> ids,
            Map<Long, Map<String, Long>> columnIds) throws SQLException {
        if (sampled.isEmpty()) {
            return;
        }
        Array tableIds = c.createArrayOf("bigint", sampled.stream().map(s -> ids.get(s.key())).toArray(Long[]::new));
        deleteWhere(c, "DELETE FROM " + table(tenant, "field_value") + " WHERE column_id IN (SELECT id FROM "
                + table(tenant, "catalog_column") + " WHERE table_id = ANY(?))", tableIds, null);
        List<Object[]> values = new ArrayList<>();
        for (TableSnapshot s : sampled) {
            Map<String, Long> columns = columnIds.getOrDefault(ids.get(s.key()), Map.of());
            s.profiles().forEach((column, profile) -> {
                Long columnId = columns.get(column);
                for (int i = 0; columnId != null && i < profile.values().size(); i++) {
                    values.add(new Object[] {columnId, i + 1, profile.values().get(i)});
                }
            });
        }
        insert(c, "INSERT INTO " + table(tenant, "field_value") + " (column_id, position, value)"
                + " SELECT * FROM unnest(?::bigint[], ?::integer[], ?::text[])",
                new String[] {"bigint", "integer", "text"}, values);
    }

    private static void progress(Connection c, Slug tenant, SyncRow sync, ChunkCounts counts, int tablesDone,
            TableKey last) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + table(tenant, "catalog_sync")
                + " SET tables_done = ?, added = added + ?, changed = changed + ?, fingerprinted = fingerprinted + ?,"
                + " resume_schema = ?, resume_name = ? WHERE id = ?")) {
            ps.setInt(1, tablesDone);
            ps.setInt(2, counts.added());
            ps.setInt(3, counts.changed());
            ps.setInt(4, counts.fingerprinted());
            ps.setString(5, last.schema());
            ps.setString(6, last.name());
            ps.setLong(7, sync.id());
            ps.executeUpdate();
        }
    }

    private static void insert(Connection c, String sql, String[] types, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int k = 0; k < types.length; k++) {
                Object[] column = new Object[rows.size()];
                for (int r = 0; r < rows.size(); r++) {
                    column[r] = rows.get(r)[k];
                }
                ps.setArray(k + 1, c.createArrayOf(types[k], typed(types[k], column)));
            }
            ps.executeUpdate();
        }
    }

    /** The JDBC driver encodes arrays by their element class: give it Long[], not Object[] holding Longs. */
    static Object[] typed(String type, Object[] values) {
        Object[] out = switch (type) {
            case "bigint" -> new Long[values.length];
            case "integer" -> new Integer[values.length];
            case "boolean" -> new Boolean[values.length];
            case "float8" -> new Double[values.length];
            default -> new String[values.length];
        };
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            out[i] = v == null ? null : switch (type) {
                case "bigint" -> ((Number) v).longValue();
                case "integer" -> ((Number) v).intValue();
                case "boolean" -> (Boolean) v;
                case "float8" -> ((Number) v).doubleValue();
                default -> v.toString();
            };
        }
        return out;
    }

    private static void deleteWhere(Connection c, String sql, Array ids, Long syncId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, ids);
            if (syncId != null) {
                ps.setLong(2, syncId);
            } else if (sql.chars().filter(ch -> ch == '?').count() > 1) {
                ps.setNull(2, Types.BIGINT);
            }
            ps.executeUpdate();
        }
    }
}
