package com.insightiq.catalog.boundary;

import com.insightiq.catalog.control.SqlNames;
import com.insightiq.catalog.entity.CatalogColumn;
import com.insightiq.catalog.entity.CatalogTable;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every visible table of a data source with its columns in two queries, for SQL editors: the schema pane and
 * autocomplete. Each name comes with the text to insert into SQL (quoted only where the engine needs it).
 */
@Stateless
public class SchemaOutlines {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Drivers drivers;

    public record Column(long id, String name, String type, String sql) {
    }

    public record Table(long id, String schema, String name, String kind, String sql, List<Column> columns) {
    }

    public List<Table> outline(String slug, long dataSourceId) {
        access.enter(slug, Catalog.RESOURCE, Catalog.VIEW);
        DataSource source = em.find(DataSource.class, dataSourceId);
        if (source == null) {
            throw new NotFoundException("There is no data source " + dataSourceId + " in '" + slug + "'.");
        }
        Driver driver = drivers.forEngine(source.getEngine());
        List<CatalogTable> tables = em.createNamedQuery(CatalogTable.OF_SOURCE, CatalogTable.class)
                .setParameter("dataSource", dataSourceId).getResultStream().filter(t -> !t.hidden()).toList();
        if (tables.isEmpty()) {
            return List.of();
        }
        Map<Long, List<CatalogColumn>> columns = em.createQuery("SELECT c FROM CatalogColumn c WHERE c.tableId IN"
                        + " :tables AND c.hidden = false ORDER BY c.tableId, c.position", CatalogColumn.class)
                .setParameter("tables", tables.stream().map(CatalogTable::id).toList()).getResultStream()
                .collect(Collectors.groupingBy(CatalogColumn::tableId));
        boolean qualify = tables.stream().map(CatalogTable::schemaName).distinct().count() > 1;
        return tables.stream().map(t -> new Table(t.id(), t.schemaName(), t.name(), t.kind().toLowerCase(),
                SqlNames.table(driver, t.schemaName(), t.name(), qualify),
                columns.getOrDefault(t.id(), List.of()).stream().map(c -> new Column(c.id(), c.name(),
                        c.databaseType(), SqlNames.name(driver, c.name()))).toList())).toList();
    }
}
