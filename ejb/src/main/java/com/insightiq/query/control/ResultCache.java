package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import java.util.Optional;

/** Complete results of a tenant's queries, kept for a while; each tenant's results are apart from every other's. */
public interface ResultCache {

    Optional<CachedResult> get(Slug tenant, String key);

    /** Keeps a result for {@code ttlSeconds}; a tenant's TTL is fixed until {@link #clear} (its settings changed). */
    void put(Slug tenant, String key, CachedResult result, int ttlSeconds);

    /** Forgets every result of a tenant. */
    void clear(Slug tenant);

    /** Which store holds the results, for the log and the settings page. */
    String description();
}
