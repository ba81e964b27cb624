package com.insightiq.catalog.boundary;

import com.insightiq.catalog.boundary.CatalogViews.ColumnEdit;
import com.insightiq.catalog.boundary.CatalogViews.ColumnInfo;
import com.insightiq.catalog.boundary.CatalogViews.FieldValues;
import com.insightiq.catalog.boundary.CatalogViews.Fingerprint;
import com.insightiq.catalog.boundary.CatalogViews.ForeignKeyInfo;
import com.insightiq.catalog.boundary.CatalogViews.IndexInfo;
import com.insightiq.catalog.boundary.CatalogViews.TableDetail;
import com.insightiq.catalog.boundary.CatalogViews.TableEdit;
import com.insightiq.catalog.boundary.CatalogViews.TableSummary;
import com.insightiq.catalog.control.CatalogTexts;
import com.insightiq.catalog.entity.CatalogColumn;
import com.insightiq.catalog.entity.CatalogTable;
import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the catalog (analysts and admins) and takes tenant admins' edits of tables and columns. */
@Stateless
public class Catalog {
    static final String VIEW = "view";
    static final String EDIT = "edit";
    static final String RESOURCE = "catalog";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    public List<TableSummary> tables(String slug, long dataSourceId) {
        access.enter(slug, RESOURCE, VIEW);
        requireDataSource(slug, dataSourceId);
        List<CatalogTable> tables = em.createNamedQuery(CatalogTable.OF_SOURCE, CatalogTable.class)
                .setParameter("dataSource", dataSourceId).getResultList();
        Map<Long, Integer> columns = new HashMap<>();
        if (!tables.isEmpty()) {
            List<Object[]> counts = em.createNamedQuery(CatalogColumn.OF_TABLES, Object[].class)
                    .setParameter("tables", tables.stream().map(CatalogTable::id).toList()).getResultList();
            counts.forEach(r -> columns.put((Long) r[0], ((Number) r[1]).intValue()));
        }
        return tables.stream().map(t -> new TableSummary(t.id(), t.dataSourceId(), t.schemaName(), t.name(),
                t.kind().toLowerCase(), t.displayName(), t.description().orElse(null), t.hidden(),
                t.estimatedRows().orElse(null), columns.getOrDefault(t.id(), 0), t.fingerprintedAt().orElse(null),
                t.updatedAt())).toList();
    }

    public TableDetail table(String slug, long id) {
        Tenant tenant = access.enter(slug, RESOURCE, VIEW);
        return detail(tenant, findTable(slug, id));
    }

    public TableDetail updateTable(String slug, long id, TableEdit edit) {
        Tenant tenant = access.enter(slug, RESOURCE, EDIT);
        CatalogTable table = findTable(slug, id);
        table.describe(CatalogTexts.optionalName("display name", edit.displayName()),
                CatalogTexts.optionalText("description", edit.description(), CatalogTexts.TEXT_LENGTH),
                Boolean.TRUE.equals(edit.hidden()));
        em.flush();
        return detail(tenant, table);
    }

    public ColumnInfo column(String slug, long id) {
        access.enter(slug, RESOURCE, VIEW);
        return info(findColumn(slug, id));
    }

    public ColumnInfo updateColumn(String slug, long id, ColumnEdit edit) {
        access.enter(slug, RESOURCE, EDIT);
        CatalogColumn column = findColumn(slug, id);
        SemanticType override = null;
        if (edit.semanticType() != null && !edit.semanticType().isBlank()) {
            override = SemanticType.parse(edit.semanticType()).orElseThrow(() -> new InvalidInputException(
                    "Unknown semantic type. Use one of: " + SemanticType.codes() + " (or null for the inferred one)."));
        }
        Long fkOverride = edit.fkTargetColumnId();
        if (fkOverride != null) {
            CatalogColumn target = em.find(CatalogColumn.class, fkOverride);
            CatalogTable own = em.find(CatalogTable.class, column.tableId());
            CatalogTable targetTable = target == null ? null : em.find(CatalogTable.class, target.tableId());
            if (target == null || targetTable == null || !targetTable.dataSourceId().equals(own.dataSourceId())
                    || fkOverride.equals(column.id())) {
                throw new InvalidInputException("The foreign-key target must be another column of the same data source.");
            }
        }
        column.describe(CatalogTexts.optionalName("display name", edit.displayName()),
                CatalogTexts.optionalText("description", edit.description(), CatalogTexts.TEXT_LENGTH),
                Boolean.TRUE.equals(edit.hidden()), override, fkOverride);
        em.flush();
        return info(column);
    }

    public FieldValues values(String slug, long columnId) {
        Tenant tenant = access.enter(slug, RESOURCE, VIEW);
        findColumn(slug, columnId);
        @SuppressWarnings("unchecked")
        List<Object> values = em.createNativeQuery("SELECT value FROM " + table(tenant, "field_value")
                + " WHERE column_id = ? ORDER BY position").setParameter(1, columnId).getResultList();
        return new FieldValues(columnId, values.stream().map(String::valueOf).toList());
    }

    void requireDataSource(String slug, long dataSourceId) {
        if (em.find(DataSource.class, dataSourceId) == null) {
            throw new NotFoundException("There is no data source " + dataSourceId + " in '" + slug + "'.");
        }
    }

    private CatalogTable findTable(String slug, long id) {
        CatalogTable table = em.find(CatalogTable.class, id);
        if (table == null) {
            throw new NotFoundException("There is no catalog table " + id + " in '" + slug + "'.");
        }
        return table;
    }

    private CatalogColumn findColumn(String slug, long id) {
        CatalogColumn column = em.find(CatalogColumn.class, id);
        if (column == null) {
            throw new NotFoundException("There is no catalog column " + id + " in '" + slug + "'.");
        }
        return column;
    }

    private TableDetail detail(Tenant tenant, CatalogTable t) {
        List<ColumnInfo> columns = em.createNamedQuery(CatalogColumn.OF_TABLE, CatalogColumn.class)
                .setParameter("table", t.id()).getResultStream().map(Catalog::info).toList();
        return new TableDetail(t.id(), t.dataSourceId(), t.schemaName(), t.name(), t.kind().toLowerCase(),
                t.displayName(), t.description().orElse(null), t.hidden(), t.estimatedRows().orElse(null),
                t.fingerprintedAt().orElse(null), t.updatedAt(), columns, foreignKeys(tenant, t.id()),
                indexes(tenant, t.id()));
    }

    @SuppressWarnings("unchecked")
    private List<ForeignKeyInfo> foreignKeys(Tenant tenant, long tableId) {
        List<Object[]> rows = em.createNativeQuery("SELECT coalesce(name, ''), column_name, target_schema, target_table,"
                + " target_column FROM " + table(tenant, "catalog_foreign_key") + " WHERE table_id = ?"
                + " ORDER BY name, ordinal").setParameter(1, tableId).getResultList();
        Map<String, List<Object[]>> byName = new LinkedHashMap<>();
        rows.forEach(r -> byName.computeIfAbsent((String) r[0] + "\u0000" + r[2] + "\u0000" + r[3],
                k -> new ArrayList<>()).add(r));
        return byName.values().stream().map(parts -> new ForeignKeyInfo((String) parts.get(0)[0],
                parts.stream().map(p -> (String) p[1]).toList(), (String) parts.get(0)[2], (String) parts.get(0)[3],
                parts.stream().map(p -> (String) p[4]).toList())).toList();
    }

    @SuppressWarnings("unchecked")
    private List<IndexInfo> indexes(Tenant tenant, long tableId) {
        List<Object[]> rows = em.createNativeQuery("SELECT name, is_unique, columns FROM "
                + table(tenant, "catalog_index") + " WHERE table_id = ? ORDER BY name").setParameter(1, tableId)
                .getResultList();
        return rows.stream().map(r -> new IndexInfo((String) r[0], (Boolean) r[1], strings((String) r[2]))).toList();
    }

    static List<String> strings(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.stream().map(v -> v instanceof JsonString s ? s.getString() : v.toString()).toList();
        }
    }

    /** Native SQL names the tenant schema; it comes from the tenant row TenantAccess checked, built from a Slug. */
    private static String table(Tenant tenant, String name) {
        return "\"" + tenant.schema() + "\"." + name;
    }

    static ColumnInfo info(CatalogColumn c) {
        Fingerprint fingerprint = c.fingerprintedAt().isEmpty() ? null : new Fingerprint(c.sampledRows().orElse(null),
                c.distinctCount().orElse(null), c.nullShare().orElse(null), c.minValue().orElse(null),
                c.maxValue().orElse(null), c.avgLength().orElse(null), c.fingerprintedAt().orElse(null));
        return new ColumnInfo(c.id(), c.tableId(), c.name(), c.position(), c.databaseType(), c.jdbcType(), c.nullable(),
                c.primaryKey(), c.displayName(), c.description().orElse(null), c.hidden(),
                c.effectiveSemanticType().map(SemanticType::code).orElse(null),
                c.semanticType().map(SemanticType::code).orElse(null),
                c.semanticTypeOverride().map(SemanticType::code).orElse(null), c.effectiveFkTarget().orElse(null),
                c.fkTargetColumnId().orElse(null), c.fkOverrideColumnId().orElse(null), fingerprint);
    }
}
