package com.insightiq.query.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Step 6: a complete result of the same SQL and values on the same version of the source, kept by the tenant's
 * cache, makes executing unnecessary — for the editor and for exports alike (Metabase #8616).
 */
@ApplicationScoped
public class LookUpCache implements QueryStep {
    @Inject
    ResultCache cache;

    @Override
    public Phase phase() {
        return Phase.PLAN;
    }

    @Override
    public QuerySpec apply(QuerySpec spec) {
        if (spec.cacheTtlSeconds() <= 0) {
            return spec.withCache(null, null);
        }
        String key = ResultKeys.of(spec.tenant(), spec.source().id(), spec.source().version(), spec.compiled());
        return spec.withCache(key, cache.get(spec.tenant(), key).orElse(null));
    }
}
