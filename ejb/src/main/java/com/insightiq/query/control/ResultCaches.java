package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.cache.CacheManager;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The engine's result cache: JCache as Payara provides it (Hazelcast), or — when the server runs without Hazelcast —
 * a bounded in-process store behind the same interface. Chosen once, on first use, and said in the log. A failing
 * cache never fails a query: it is then a miss.
 */
@ApplicationScoped
public class ResultCaches implements ResultCache {
    private static final Logger LOG = Logger.getLogger(ResultCaches.class.getName());

    /** Where Payara binds its JCache manager when CDI does not offer one. */
    static final String PAYARA_JNDI = "payara/CacheManager";

    @Inject
    Instance<CacheManager> managers;

    @Inject
    @ConfigProperty(name = "insightiq.query.cache-total-rows", defaultValue = "500000")
    long totalRows;

    @Inject
    Event<ResultsCleared> cleared;

    private volatile ResultCache chosen;

    @Override
    public Optional<CachedResult> get(Slug tenant, String key) {
        try {
            return store().get(tenant, key);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Result cache read failed; running the query instead", e);
            return Optional.empty();
        }
    }

    @Override
    public void put(Slug tenant, String key, CachedResult result, int ttlSeconds) {
        try {
            store().put(tenant, key, result, ttlSeconds);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Result cache write failed; the result is not kept", e);
        }
    }

    @Override
    public void clear(Slug tenant) {
        try {
            store().clear(tenant);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Result cache of " + tenant + " could not be cleared", e);
        }
        cleared.fire(new ResultsCleared(tenant));
    }

    @Override
    public String description() {
        return store().description();
    }

    private ResultCache store() {
        ResultCache store = chosen;
        if (store == null) {
            synchronized (this) {
                if (chosen == null) {
                    chosen = choose();
                    LOG.info("Query results are cached in " + chosen.description());
                }
                store = chosen;
            }
        }
        return store;
    }

    private ResultCache choose() {
        try {
            CacheManager manager = managers.isResolvable() ? managers.get() : InitialContext.doLookup(PAYARA_JNDI);
            manager.getCacheNames();
            return new JCacheResults(manager, totalRows);
        } catch (NamingException e) {
            LOG.warning("No JCache CacheManager in this server (is Hazelcast enabled?): " + e);
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "JCache is not usable here (is Hazelcast enabled?): " + e, e);
        }
        return new LocalResults(totalRows, System::currentTimeMillis);
    }
}
