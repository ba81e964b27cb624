package com.insightiq.dashboard.boundary;

import com.insightiq.dashboard.control.CardRunner;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs a dashboard's cards for a signed-in member (contract for issue 6; the runs helper fills it in): VIEW on the
 * dashboard is enough to run its question cards (as Metabase: the dashboard's curator chose them). Checks commit
 * first; no transaction is held while queries run. Filter values: see the package documentation; defaults of unset
 * filters apply; a required filter without value and default is 400.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DashboardRuns {

    @Inject
    DashboardRunAccess access;

    @Inject
    CardRunner runner;

    /** One card (any kind); a failing query is a {@link CardResult} with status "error", not an exception. */
    public CardResult run(String slug, long dashboardId, long cardId, Map<String, Object> filters, Locale locale) {
        return runner.run(access.forRun(slug, dashboardId, locale), cardId, filters);
    }

    /**
     * Every card of the dashboard (of {@code tab}, or all tabs when null) in parallel on the managed card executor,
     * each handed to {@code each} as soon as it is answered (from the executor's threads, one at a time); returns when
     * all are answered. The tenant's cap on concurrent card queries applies.
     */
    public void runAll(String slug, long dashboardId, String tab, Map<String, Object> filters, Locale locale,
                       Consumer<CardResult> each) {
        runner.runAll(access.forRun(slug, dashboardId, locale), tab, filters, each);
    }

    /**
     * As {@link #runAll}, but the checks and the filter values are done now (bad input throws here, before a streamed
     * answer starts) and the cards run when the returned run is started.
     */
    public CardRunner.PreparedRun prepareAll(String slug, long dashboardId, String tab, Map<String, Object> filters,
                                             Locale locale) {
        return runner.prepareAll(access.forRun(slug, dashboardId, locale), tab, filters);
    }

    /**
     * The values a category (or id) filter offers: the catalog's field values of its column, those containing
     * {@code search} (case-insensitive) when given, narrowed by the current values of the filters it is linked to;
     * at most 1,000.
     */
    public List<FilterChoice> choices(String slug, long dashboardId, String filterId, String search,
                                      Map<String, Object> filters) {
        return runner.choices(access.forRun(slug, dashboardId, null), filterId, search, filters);
    }
}
