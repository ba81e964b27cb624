package com.insightiq.catalog.boundary;

import com.insightiq.catalog.entity.CatalogColumn;
import com.insightiq.catalog.entity.CatalogTable;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.OpenSource;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.connection.control.SourceUnavailableException;
import com.insightiq.connection.control.TableRef;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The first rows of a catalogued table, as text for Browse Data. Reads through the source's bounded, read-only pool;
 * a database that cannot be reached or refuses the query is an answer with the problem, not an error.
 */
@Stateless
public class TablePreviews {
    private static final Logger LOG = Logger.getLogger(TablePreviews.class.getName());
    public static final int ROWS = 50;
    static final int MAX_CELL = 200;
    static final int QUERY_TIMEOUT_SECONDS = 30;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    SourcePools pools;

    /** Column names in table order and up to {@link #ROWS} rows; {@code problem} says why there are none. */
    public record Preview(List<String> columns, List<List<String>> rows, String problem) {
    }

    public Preview firstRows(String slug, long tableId) {
        Tenant tenant = access.enter(slug, "datasource", "view");
        CatalogTable table = em.find(CatalogTable.class, tableId);
        if (table == null) {
            throw new NotFoundException("There is no catalog table " + tableId + " in '" + slug + "'.");
        }
        List<String> columns = em.createNamedQuery(CatalogColumn.OF_TABLE, CatalogColumn.class)
                .setParameter("table", table.id()).getResultStream().map(CatalogColumn::name).toList();
        TableRef ref = new TableRef(table.schemaName(), table.name());
        try (OpenSource source = pools.open(new Slug(tenant.slug()), table.dataSourceId())) {
            Driver driver = source.driver();
            String sql = driver.sampleQuery(ref, columns.stream().map(driver::quote).toList(), ROWS);
            try (Statement statement = source.connection().createStatement()) {
                statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
                statement.setMaxRows(ROWS);
                try (ResultSet rs = statement.executeQuery(sql)) {
                    return new Preview(columns, read(rs, columns.size()), null);
                }
            }
        } catch (SourceUnavailableException e) {
            return new Preview(columns, List.of(), e.problem().message());
        } catch (SQLException e) {
            LOG.log(Level.FINE, "Preview of catalog table " + tableId + " failed", e);
            return new Preview(columns, List.of(), "The database refused to read this table: "
                    + shorten(String.valueOf(e.getMessage())));
        }
    }

    private static List<List<String>> read(ResultSet rs, int width) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        while (rs.next() && rows.size() < ROWS) {
            List<String> row = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                Object value = rs.getObject(i);
                row.add(value == null ? null : shorten(value instanceof byte[] bytes
                        ? "(" + bytes.length + " bytes)" : value.toString()));
            }
            rows.add(row);
        }
        return rows;
    }

    static String shorten(String text) {
        return text.length() <= MAX_CELL ? text : text.substring(0, MAX_CELL - 1) + "…";
    }
}
