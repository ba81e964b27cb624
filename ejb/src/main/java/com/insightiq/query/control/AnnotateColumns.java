package com.insightiq.query.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Step 8: names and types the result's columns — the label, the database's type in lower case with PostgreSQL's
 * internal names spelled as SQL does ({@code int4} → {@code integer}), and the catalog's semantic type when a column
 * of the tables the query reads has that name.
 */
@ApplicationScoped
public class AnnotateColumns implements QueryStep {
    private static final Map<String, String> SQL_NAMES = Map.ofEntries(
            Map.entry("int2", "smallint"), Map.entry("int4", "integer"), Map.entry("int8", "bigint"),
            Map.entry("float4", "real"), Map.entry("float8", "double precision"), Map.entry("bool", "boolean"),
            Map.entry("bpchar", "char"), Map.entry("serial", "integer"), Map.entry("bigserial", "bigint"),
            Map.entry("int", "integer"));

    @Inject
    CatalogLookups catalog;

    @Override
    public Phase phase() {
        return Phase.RUN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        if (spec.cached() != null) {
            return spec.withColumns(spec.cached().columns());
        }
        try {
            ResultSetMetaData meta = spec.cursor().rows().getMetaData();
            Map<String, String> semantics = catalog.semanticTypes(spec.tenant(), spec.source().id(), spec.tables());
            List<ResultColumn> columns = new ArrayList<>(meta.getColumnCount());
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String label = meta.getColumnLabel(i);
                columns.add(new ResultColumn(label, typeName(meta.getColumnTypeName(i)),
                        label == null ? null : semantics.get(label.toLowerCase(Locale.ROOT))));
            }
            return spec.withColumns(columns);
        } catch (SQLException e) {
            throw new QueryFailedException(SqlErrors.explain(e, spec.control(), spec.sql(), spec.sent().sql(),
                    (int) spec.timeout().toSeconds()));
        }
    }

    static String typeName(String databaseName) {
        if (databaseName == null || databaseName.isBlank()) {
            return "unknown";
        }
        String name = databaseName.toLowerCase(Locale.ROOT);
        if (name.startsWith("_")) {
            return SQL_NAMES.getOrDefault(name.substring(1), name.substring(1)) + "[]";
        }
        return SQL_NAMES.getOrDefault(name, name);
    }
}
