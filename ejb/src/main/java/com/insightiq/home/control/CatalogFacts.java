package com.insightiq.home.control;

import com.insightiq.catalog.entity.CatalogColumn;
import com.insightiq.catalog.entity.CatalogTable;
import com.insightiq.catalog.entity.SemanticType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Reads a catalog table as the x-ray needs it. Runs in the caller's transaction after the tenant's schema was chosen;
 * checks no rights.
 */
@ApplicationScoped
public class CatalogFacts {
    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    public Optional<XRayTable> table(long tableId) {
        CatalogTable table = em.find(CatalogTable.class, tableId);
        if (table == null) {
            return Optional.empty();
        }
        List<XRayTable.Column> columns = em.createNamedQuery(CatalogColumn.OF_TABLE, CatalogColumn.class)
                .setParameter("table", tableId).getResultStream()
                .map(c -> new XRayTable.Column(c.id(), c.name(), c.displayName(),
                        c.effectiveSemanticType().map(SemanticType::code).orElse(null),
                        c.distinctCount().orElse(null), c.hidden())).toList();
        return Optional.of(new XRayTable(table.id(), table.dataSourceId(), table.schemaName(), table.name(),
                table.displayName(), columns));
    }

    /** Visible tables of the data source, by schema and name. */
    public List<CatalogTable> tables(long dataSourceId) {
        return em.createNamedQuery(CatalogTable.OF_SOURCE, CatalogTable.class).setParameter("dataSource", dataSourceId)
                .getResultStream().filter(t -> !t.hidden()).toList();
    }
}
