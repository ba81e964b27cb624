package com.insightiq.jobs.control;

import java.util.Map;
import java.util.Optional;

/**
 * The jobs people may request, by the name of their Jakarta Batch job XML, with the permission each needs. A request
 * naming anything else is refused before it reaches the broker.
 */
public final class JobCatalog {
    public record JobDefinition(String name, String resource, String action, String title) {
    }

    private static final Map<String, JobDefinition> JOBS = Map.of(
            "tenant-usage-report", new JobDefinition("tenant-usage-report", "member", "manage",
                    "Tenant usage report"));

    private JobCatalog() {
    }

    public static Optional<JobDefinition> find(String name) {
        return Optional.ofNullable(name).map(JOBS::get);
    }
}
