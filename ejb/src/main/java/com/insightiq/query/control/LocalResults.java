package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Results kept in this server's memory, bounded by a row budget, expiring by TTL: the fallback when JCache is not
 * available (Hazelcast disabled). Not shared with other cluster members.
 */
final class LocalResults implements ResultCache {
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final CacheBudget budget;
    private final LongSupplier clock;

    private record Entry(Object[] value, long expiresAtMillis) {
    }

    LocalResults(long maxRows, LongSupplier clock) {
        this.budget = new CacheBudget(maxRows);
        this.clock = clock;
    }

    @Override
    public Optional<CachedResult> get(Slug tenant, String key) {
        String id = id(tenant, key);
        Entry entry = entries.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (clock.getAsLong() >= entry.expiresAtMillis()) {
            entries.remove(id);
            budget.forget(id);
            return Optional.empty();
        }
        budget.touch(id);
        return Optional.of(CachedResult.fromCacheValue(entry.value()));
    }

    @Override
    public void put(Slug tenant, String key, CachedResult result, int ttlSeconds) {
        if (ttlSeconds <= 0) {
            return;
        }
        String id = id(tenant, key);
        entries.put(id, new Entry(result.toCacheValue(), clock.getAsLong() + ttlSeconds * 1000L));
        budget.admit(id, Math.max(1, result.rowCount())).forEach(entries::remove);
    }

    @Override
    public void clear(Slug tenant) {
        String prefix = tenant.schema() + "/";
        entries.keySet().removeIf(id -> id.startsWith(prefix));
        budget.forgetPrefix(prefix);
    }

    @Override
    public String description() {
        return "in-process memory of this server (JCache unavailable)";
    }

    private static String id(Slug tenant, String key) {
        return tenant.schema() + "/" + key;
    }
}
