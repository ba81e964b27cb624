package com.insightiq.jobs.control;

import java.util.Map;
import java.util.Optional;

/**
 * The jobs the MDB may start, by the name of their Jakarta Batch job XML, with the permission each needs. A request
 * naming anything else is refused before it reaches the broker. Jobs that need more than a name (a catalog sync needs
 * its data source, an export its query) are not {@code requestable} through the generic jobs endpoint; their capability
 * queues them.
 */
public final class JobCatalog {
    public record JobDefinition(String name, String resource, String action, String title, boolean requestable) {
    }

    private static final Map<String, JobDefinition> JOBS = Map.of(
            "tenant-usage-report", new JobDefinition("tenant-usage-report", "member", "manage",
                    "Tenant usage report", true),
            "catalog-sync", new JobDefinition("catalog-sync", "datasource", "sync", "Catalog sync", false),
            "query-export", new JobDefinition("query-export", "query", "run", "Query export", false));

    private JobCatalog() {
    }

    public static Optional<JobDefinition> find(String name) {
        return Optional.ofNullable(name).map(JOBS::get);
    }

    /** A job the generic jobs endpoint may request by name. */
    public static Optional<JobDefinition> requestable(String name) {
        return find(name).filter(JobDefinition::requestable);
    }
}
