package com.insightiq.query.control;

import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Executions by id, for polling, paging and cancelling. Finished ones are kept a while (their first page in memory),
 * then forgotten: at most {@link #KEEP_FINISHED} of them holding {@link #KEEP_ROWS} rows, none older than
 * {@link #KEEP_FOR}. History stays in the database.
 */
@ApplicationScoped
public class Executions {
    static final Duration KEEP_FOR = Duration.ofMinutes(15);
    static final int KEEP_FINISHED = 500;
    /** First pages held in memory, at most: about 2,000 rows per execution, newest kept. */
    static final long KEEP_ROWS = 200_000;

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
        List<Execution> finished = byId.values().stream().filter(Execution::isFinished)
                .sorted(Comparator.comparingLong(Execution::finishedNanos).reversed()).toList();
        long rows = 0;
        int kept = 0;
        for (Execution e : finished) {
            rows += e.result().map(ResultPage::rowCount).orElse(0);
            if (++kept > KEEP_FINISHED || rows > KEEP_ROWS) {
                byId.remove(e.id());
            }
        }
    }

    int size() {
        return byId.size();
    }
}
