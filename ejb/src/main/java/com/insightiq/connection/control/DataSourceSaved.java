package com.insightiq.connection.control;

import com.insightiq.tenancy.entity.Slug;

/**
 * Fired (synchronously, inside the saving transaction) when a data source was created or now points at another
 * database, so capabilities that depend on its structure — the catalog — react without the connection layer knowing
 * them.
 */
public record DataSourceSaved(Slug tenant, long dataSourceId, long userId, boolean created) {
}
