package com.insightiq.query.control;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bounds the rows this server keeps cached, least recently used out first: the cache's own entry limits count
 * entries, and an entry can be ten thousand rows. Thread-safe.
 */
final class CacheBudget {
    private final long maxRows;
    private final LinkedHashMap<String, Integer> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long rows;

    CacheBudget(long maxRows) {
        this.maxRows = maxRows;
    }

    /** Records an entry; returns the entries to drop to stay within the budget (never the new one). */
    synchronized List<String> admit(String entry, int entryRows) {
        Integer before = entries.put(entry, entryRows);
        rows += entryRows - (before == null ? 0 : before);
        List<String> evicted = new ArrayList<>();
        Iterator<Map.Entry<String, Integer>> oldest = entries.entrySet().iterator();
        while (rows > maxRows && oldest.hasNext()) {
            Map.Entry<String, Integer> e = oldest.next();
            if (e.getKey().equals(entry)) {
                continue;
            }
            rows -= e.getValue();
            evicted.add(e.getKey());
            oldest.remove();
        }
        return evicted;
    }

    synchronized void touch(String entry) {
        entries.get(entry);
    }

    synchronized void forget(String entry) {
        Integer gone = entries.remove(entry);
        if (gone != null) {
            rows -= gone;
        }
    }

    synchronized void forgetPrefix(String prefix) {
        entries.entrySet().removeIf(e -> {
            if (e.getKey().startsWith(prefix)) {
                rows -= e.getValue();
                return true;
            }
            return false;
        });
    }

    synchronized long rows() {
        return rows;
    }
}
