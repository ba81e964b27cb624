package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executions by id, for polling, paging and cancelling. Finished ones are kept a while (their first page in memory),
 * then forgotten: at most {@link #KEEP_FINISHED} of them, none older than {@link #KEEP_FOR}. History stays in the
 * database.
 */
@ApplicationScoped
public class Executions {
    static final Duration KEEP_FOR = Duration.ofMinutes(15);
    static final int KEEP_FINISHED = 500;

    private final Map<String, Execution> byId = new ConcurrentHashMap<>();

    public void register(Execution execution) {
        sweep();
        byId.put(execution.id(), execution);
    }

    /** Only the tenant's own executions exist for a caller: another tenant's id is simply unknown. */
    public Optional<Execution> find(Slug tenant, String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id)).filter(e -> e.tenant().equals(tenant));
    }

    void sweep() {
        long now = System.nanoTime();
        byId.values().removeIf(e -> e.isFinished() && now - e.finishedNanos() > KEEP_FOR.toNanos());
        long finished = byId.values().stream().filter(Execution::isFinished).count();
        if (finished > KEEP_FINISHED) {
            byId.values().stream().filter(Execution::isFinished)
                    .sorted(Comparator.comparingLong(Execution::finishedNanos))
                    .limit(finished - KEEP_FINISHED)
                    .toList()
                    .forEach(e -> byId.remove(e.id()));
        }
    }

    int size() {
        return byId.size();
    }
}
