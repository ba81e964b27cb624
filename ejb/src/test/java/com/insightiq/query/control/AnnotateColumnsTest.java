package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.tenancy.entity.Slug;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnnotateColumnsTest {
    private final AnnotateColumns step = new AnnotateColumns();

    AnnotateColumnsTest() {
        step.catalog = new CatalogLookups() {
            @Override
            public Map<String, String> semanticTypes(Slug tenant, long dataSourceId, List<String> tables) {
                return tables.contains("people") ? Map.of("id", "pk", "email", "email") : Map.of();
            }
        };
    }

    @Test
    void labelsTypesAndMeaningFromTheCatalog() throws Exception {
        ExecuteSql execute = new ExecuteSql();
        execute.pools = QueryFixtures.poolOf(QueryFixtures.h2(
                "CREATE TABLE people (id INT, email VARCHAR(100), born DATE)"));
        CompiledSql sql = new CompiledSql("SELECT id, email AS Email, born FROM people", List.of());
        QuerySpec spec = execute.apply(QueryFixtures.planned(sql.sql(), 5, 0).withCompiled(sql, sql,
                List.of("people")));
        try (ResultCursor cursor = spec.cursor()) {
            List<ResultColumn> columns = step.apply(spec).columns();
            assertEquals(List.of(new ResultColumn("ID", "integer", "pk"), new ResultColumn("EMAIL",
                    "character varying", "email"), new ResultColumn("BORN", "date", null)), columns);
        }
    }

    @Test
    void postgresInternalTypeNamesAreSpelledAsSql() {
        assertEquals("integer", AnnotateColumns.typeName("int4"));
        assertEquals("bigint", AnnotateColumns.typeName("INT8"));
        assertEquals("integer[]", AnnotateColumns.typeName("_int4"));
        assertEquals("text[]", AnnotateColumns.typeName("_text"));
        assertEquals("timestamptz", AnnotateColumns.typeName("timestamptz"));
        assertEquals("numeric", AnnotateColumns.typeName("numeric"));
        assertEquals("unknown", AnnotateColumns.typeName(null));
    }

    @Test
    void aCachedResultKeepsItsColumns() {
        List<ResultColumn> columns = List.of(new ResultColumn("x", "integer", null));
        QuerySpec cached = QueryFixtures.planned("SELECT 1", 5, 0).withCache("k", new CachedResult(columns,
                List.of(), 0));
        assertEquals(columns, step.apply(cached).columns());
    }
}
