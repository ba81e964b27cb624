package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.cache.Cache;
import javax.cache.CacheException;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.expiry.CreatedExpiryPolicy;
import javax.cache.expiry.Duration;

/**
 * Results in JCache (Payara's Hazelcast), one cache per tenant so a tenant's TTL is the cache's expiry and no key of
 * one tenant can ever address another's entry. Values are plain JDK arrays (see {@link CachedResult}).
 */
final class JCacheResults implements ResultCache {
    static final String PREFIX = "insightiq-query-results-";
    private final CacheManager manager;
    private final CacheBudget budget;

    JCacheResults(CacheManager manager, long maxRows) {
        this.manager = manager;
        this.budget = new CacheBudget(maxRows);
    }

    @Override
    public Optional<CachedResult> get(Slug tenant, String key) {
        Cache<String, Object[]> cache = manager.getCache(name(tenant), String.class, Object[].class);
        if (cache == null) {
            return Optional.empty();
        }
        Object[] value = cache.get(key);
        if (value == null) {
            budget.forget(name(tenant) + "/" + key);
            return Optional.empty();
        }
        budget.touch(name(tenant) + "/" + key);
        return Optional.of(CachedResult.fromCacheValue(value));
    }

    @Override
    public void put(Slug tenant, String key, CachedResult result, int ttlSeconds) {
        if (ttlSeconds <= 0) {
            return;
        }
        Cache<String, Object[]> cache = cache(tenant, ttlSeconds);
        cache.put(key, result.toCacheValue());
        for (String evicted : budget.admit(name(tenant) + "/" + key, Math.max(1, result.rowCount()))) {
            int slash = evicted.indexOf('/');
            Cache<String, Object[]> owner = manager.getCache(evicted.substring(0, slash), String.class, Object[].class);
            if (owner != null) {
                owner.remove(evicted.substring(slash + 1));
            }
        }
    }

    @Override
    public void clear(Slug tenant) {
        budget.forgetPrefix(name(tenant) + "/");
        if (manager.getCache(name(tenant), String.class, Object[].class) != null) {
            manager.destroyCache(name(tenant));
        }
    }

    @Override
    public String description() {
        return "JCache (" + manager.getCachingProvider().getClass().getSimpleName() + ", " + manager.getURI() + ")";
    }

    private Cache<String, Object[]> cache(Slug tenant, int ttlSeconds) {
        String name = name(tenant);
        Cache<String, Object[]> cache = manager.getCache(name, String.class, Object[].class);
        if (cache != null) {
            return cache;
        }
        MutableConfiguration<String, Object[]> config = new MutableConfiguration<String, Object[]>()
                .setTypes(String.class, Object[].class)
                .setStoreByValue(true)
                .setExpiryPolicyFactory(CreatedExpiryPolicy.factoryOf(new Duration(TimeUnit.SECONDS, ttlSeconds)));
        try {
            return manager.createCache(name, config);
        } catch (CacheException e) {
            // Another thread or cluster member created it first.
            Cache<String, Object[]> existing = manager.getCache(name, String.class, Object[].class);
            if (existing == null) {
                throw e;
            }
            return existing;
        }
    }

    static String name(Slug tenant) {
        return PREFIX + tenant.schema();
    }
}
