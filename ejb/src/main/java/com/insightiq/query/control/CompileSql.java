package com.insightiq.query.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.Drivers;
import com.insightiq.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Step 5: the template becomes SQL with bind markers (snippets expanded, values bound, never spliced), is classified
 * (one reading statement, or refused), and — for a later page — is wrapped in the engine's paging SQL.
 */
@ApplicationScoped
public class CompileSql implements QueryStep {
    @Inject
    Drivers drivers;

    @Inject
    TenantSnippets snippets;

    @Inject
    CatalogLookups catalog;

    @Override
    public Phase phase() {
        return Phase.PLAN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        Driver driver = drivers.forEngine(spec.source().engine());
        CompiledSql templated = SqlTemplates.compile(spec.sql(), spec.parameters(), snippets.of(spec.tenant()),
                catalog.fields(spec.tenant(), spec.source().id()), driver);
        Classified classified;
        try {
            classified = SqlStatements.classify(templated.sql());
        } catch (InvalidInputException refused) {
            throw new QueryFailedException(QueryProblem.NOT_READ_ONLY, refused.getMessage());
        }
        CompiledSql compiled = new CompiledSql(withoutTrailingSemicolons(templated.sql()), templated.binds());
        CompiledSql sent = compiled;
        if (spec.interactive() && spec.offset() > 0) {
            sent = paged(driver.pageSql(compiled.sql()), compiled.binds(), spec.limit() + 1L, spec.offset());
        }
        return spec.withCompiled(compiled, sent, classified.tables());
    }

    /**
     * The paging SQL has two more markers, for the page size and the offset, in whichever order the engine's syntax
     * puts them ({@code LIMIT ? OFFSET ?} or {@code OFFSET ? ROWS FETCH NEXT ? ROWS}).
     */
    static CompiledSql paged(String pageSql, List<Object> binds, long rows, long offset) {
        String upper = pageSql.toUpperCase(java.util.Locale.ROOT);
        int limitAt = Math.max(upper.lastIndexOf("LIMIT ?"), upper.lastIndexOf("FETCH NEXT ?"));
        int offsetAt = upper.lastIndexOf("OFFSET ?");
        List<Object> all = new ArrayList<>(binds);
        if (offsetAt >= 0 && offsetAt < limitAt) {
            all.add(offset);
            all.add(rows);
        } else {
            all.add(rows);
            all.add(offset);
        }
        return new CompiledSql(pageSql, all);
    }

    static String withoutTrailingSemicolons(String sql) {
        String text = sql.stripTrailing();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }
}
