package com.insightiq.dashboard.control;

import com.insightiq.tenancy.entity.Slug;

/**
 * Fired (synchronously, inside the deleting transaction) when a dashboard is deleted for good: whatever points at it
 * from outside its row — its public link in the control schema, the embedding's runner setting — goes with it.
 * {@code Dashboards.delete} fires it with {@code Event<DashboardDeleted>}; {@link PublicLinks} observes it.
 */
public record DashboardDeleted(Slug tenant, long dashboardId) {
}
