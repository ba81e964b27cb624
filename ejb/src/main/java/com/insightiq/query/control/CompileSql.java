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
            // One row more than the page, to know whether more follow.
            List<Object> binds = new ArrayList<>(compiled.binds());
            binds.addAll(driver.pageBinds(spec.limit() + 1L, spec.offset()));
            sent = new CompiledSql(driver.pageSql(compiled.sql()), binds);
        }
        return spec.withCompiled(compiled, sent, classified.tables());
    }

    static String withoutTrailingSemicolons(String sql) {
        String text = sql.stripTrailing();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).stripTrailing();
        }
        return text;
    }
}
