package com.insightiq.tenancy.boundary;

import java.time.Instant;
import java.util.List;

/** A tenant as platform administrators see it. */
public record TenantInfo(long id, String slug, String name, String status, Instant createdAt, List<String> hosts,
                         long members) {
}
