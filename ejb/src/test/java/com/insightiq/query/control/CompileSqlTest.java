package com.insightiq.query.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.insightiq.connection.control.Drivers;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.tenancy.entity.Slug;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompileSqlTest {
    private final CompileSql step = new CompileSql();

    CompileSqlTest() {
        step.drivers = new Drivers();
        step.snippets = new TenantSnippets() {
            @Override
            public SnippetSource of(Slug tenant) {
                return name -> name.equals("recent") ? Optional.of("created > now() - interval '7 days'")
                        : Optional.empty();
            }
        };
        step.catalog = new CatalogLookups() {
            @Override
            public FieldResolver fields(Slug tenant, long dataSourceId) {
                return id -> Optional.empty();
            }
        };
    }

    private QuerySpec spec(String sql, long offset, ParameterForm... forms) {
        QuerySpec request = QuerySpec.of(QueryFixtures.TENANT, 1, 1L, sql, List.of(forms),
                offset > 0 ? QueryPurpose.PAGE : QueryPurpose.INTERACTIVE, offset, 100);
        return new ReadParameters().apply(request.withSource(QueryFixtures.source()))
                .withLimits(offset, 100, Duration.ofSeconds(60), 300);
    }

    @Test
    void valuesBecomeBindsAndSnippetsText() {
        QuerySpec compiled = step.apply(spec("SELECT * FROM orders WHERE {{snippet: recent}} AND status = {{s}};",
                0, new ParameterForm("s", "text", "paid'; DROP TABLE x; --", null, null)));
        assertEquals("SELECT * FROM orders WHERE created > now() - interval '7 days' AND status = ?",
                compiled.compiled().sql(), "trailing semicolons go; values never enter the text");
        assertEquals(List.of("paid'; DROP TABLE x; --"), compiled.compiled().binds());
        assertSame(compiled.compiled(), compiled.sent(), "page 0 sends the SQL as compiled");
        assertEquals(List.of("orders"), compiled.tables());
    }

    @Test
    void laterPagesAreWrappedWithTheirBinds() {
        QuerySpec page = step.apply(spec("SELECT id FROM t WHERE id > {{n}}", 200,
                new ParameterForm("n", "number", new java.math.BigDecimal("5"), null, null)));
        assertTrue(page.sent().sql().contains("SELECT id FROM t WHERE id > ?"), page.sent().sql());
        assertTrue(page.sent().sql().endsWith("LIMIT ? OFFSET ?"), page.sent().sql());
        assertEquals(List.of(5L, 101L, 200L), page.sent().binds(), "one row more than the page, to see if more follow");
        assertEquals("SELECT id FROM t WHERE id > ?", page.compiled().sql(), "the cache key ignores paging");
    }

    @Test
    void writesAreRefusedWithTheirOwnCode() {
        QueryFailedException e = assertThrows(QueryFailedException.class,
                () -> step.apply(spec("UPDATE t SET x = 1", 0)));
        assertEquals(QueryProblem.NOT_READ_ONLY, e.problem().code());
    }
}
