package com.insightiq.query.control;

import com.insightiq.access.entity.Role;
import com.insightiq.connection.control.SourceDefinitions;
import com.insightiq.platform.control.ForbiddenException;
import com.insightiq.platform.control.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Step 2: the user may write SQL in this tenant (an analyst or admin member, now — background exports are checked
 * again when they run) and the data source is this tenant's. A saved question's run (its {@link QueryOrigin}) is open
 * to every member role holding {@code question:run}, viewers included: the question boundary has checked the
 * question's collection, and the SQL is the saved one, not the caller's. A dashboard's own queries (linked filter
 * choices) likewise: the dashboard boundary checked the dashboard, and the SQL is generated, not the caller's.
 */
@ApplicationScoped
public class CheckPermission implements QueryStep {
    @Inject
    MemberRoles roles;

    @Inject
    SourceDefinitions sources;

    @Override
    public Phase phase() {
        return Phase.PLAN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        Role role = roles.roleOf(spec.tenant(), spec.userId()).orElseThrow(() ->
                new ForbiddenException("You are not a member of tenant '" + spec.tenant() + "'."));
        QueryOrigin origin = spec.control().origin();
        boolean savedQuestion = origin.questionId() != null || origin.dashboardId() != null;
        if (!savedQuestion && role != Role.ADMIN && role != Role.ANALYST) {
            throw new ForbiddenException("Viewers cannot run SQL in '" + spec.tenant()
                    + "'; ask an admin for the analyst role, or run a saved question.");
        }
        return spec.withSource(sources.find(spec.tenant(), spec.dataSourceId()).orElseThrow(() ->
                new NotFoundException("There is no data source " + spec.dataSourceId() + " in '" + spec.tenant()
                        + "'.")));
    }
}
