package com.insightiq.query.view;

import com.insightiq.catalog.boundary.SchemaOutlines;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;

/**
 * The catalog of the chosen data source as the page uses it: the schema pane lists its tables, the editor's
 * autocomplete and formatter read it as JSON (names, types, the text to insert, the formatter's SQL dialect).
 */
public record SchemaOutline(String engine, List<SchemaOutlines.Table> tables) {
    /** sql-formatter's dialect names for our engines (its default, standard SQL, for anything else). */
    private static final Map<String, String> DIALECTS = Map.of("postgresql", "postgresql", "mysql", "mariadb",
            "sqlserver", "transactsql", "trino", "trino");

    static SchemaOutline empty() {
        return new SchemaOutline(null, List.of());
    }

    public String json() {
        JsonArrayBuilder tableArray = Json.createArrayBuilder();
        for (SchemaOutlines.Table table : tables) {
            JsonArrayBuilder columns = Json.createArrayBuilder();
            table.columns().forEach(c -> columns.add(Json.createObjectBuilder().add("name", c.name())
                    .add("type", c.type() == null ? "" : c.type()).add("sql", c.sql())));
            tableArray.add(Json.createObjectBuilder().add("name", table.name()).add("schema", table.schema())
                    .add("kind", table.kind()).add("sql", table.sql()).add("columns", columns));
        }
        return Json.createObjectBuilder().add("dialect", DIALECTS.getOrDefault(engine, "sql"))
                .add("tables", tableArray).build().toString();
    }

    /** Columns a field filter can stand for, labelled "table.column". */
    public List<FieldChoice> fieldChoices() {
        return tables.stream().flatMap(t -> t.columns().stream()
                .map(c -> new FieldChoice(c.id(), t.name() + "." + c.name(), c.type()))).toList();
    }

    public record FieldChoice(long columnId, String label, String type) {
    }
}
