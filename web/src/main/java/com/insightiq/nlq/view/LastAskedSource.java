package com.insightiq.nlq.view;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The data source a person last asked about, per tenant, so the ask box offers it first next time. */
@SessionScoped
public class LastAskedSource implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Long> bySlug = new HashMap<>();

    public synchronized void remember(String slug, long dataSourceId) {
        bySlug.put(slug, dataSourceId);
    }

    public synchronized Optional<Long> of(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }
}
