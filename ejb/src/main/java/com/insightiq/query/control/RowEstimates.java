package com.insightiq.query.control;

import com.insightiq.connection.control.OpenSource;
import com.insightiq.connection.control.SourcePools;
import com.insightiq.connection.control.SourceUnavailableException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.query.entity.QueryPurpose;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import java.util.logging.Logger;

/**
 * How many rows an export will write, as the source's planner guesses it. The query is planned exactly as the engine
 * will run it (role, source, template values, read-only check), so a bad request fails here; the guess itself is
 * best-effort: an engine without estimates, or one that cannot explain this statement, gives none.
 */
@ApplicationScoped
public class RowEstimates {
    private static final Logger LOG = Logger.getLogger(RowEstimates.class.getName());

    @Inject
    QueryPipeline pipeline;

    @Inject
    SourcePools pools;

    public OptionalLong estimate(Slug tenant, long userId, QueryForm form) {
        QuerySpec planned;
        try {
            planned = pipeline.plan(QuerySpec.of(tenant, userId, form.dataSourceId(), form.sql(), form.parameters(),
                    QueryPurpose.EXPORT, null, null));
        } catch (InvalidInputException e) {
            throw new QueryFailedException(QueryProblem.INVALID_INPUT, e.getMessage());
        }
        if (planned.cached() != null) {
            return OptionalLong.of(planned.cached().rows().size());
        }
        try (OpenSource source = pools.open(planned.source())) {
            Connection connection = source.connection();
            boolean autoCommit = connection.getAutoCommit();
            try {
                connection.setAutoCommit(false);
                connection.setReadOnly(!planned.source().allowWrites());
                return source.driver().estimateRows(connection, planned.compiled().sql(),
                        planned.compiled().binds());
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SourceUnavailableException e) {
            throw new QueryFailedException(QueryProblem.SOURCE_UNAVAILABLE, e.problem().message());
        } catch (SQLException e) {
            LOG.fine(() -> "No row estimate for an export in " + tenant + ": " + e.getMessage());
            return OptionalLong.empty();
        }
    }
}
