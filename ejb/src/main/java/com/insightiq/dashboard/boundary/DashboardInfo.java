package com.insightiq.dashboard.boundary;

import java.time.Instant;
import java.util.List;

/**
 * A dashboard as the API and pages see it. {@code publicToken}: the public link's token when one exists and the
 * caller may edit the dashboard (else null); {@code mayEdit}: whether the caller may change it.
 */
public record DashboardInfo(long id, String name, String description, Long collectionId, long ownerId,
                            String ownerName, List<DashboardTab> tabs, List<DashboardFilter> filters,
                            List<CardInfo> cards, Integer autoRefreshMinutes, boolean pinned, boolean archived,
                            boolean embeddingEnabled, String publicToken, boolean mayEdit, Instant createdAt,
                            Instant updatedAt, int version) {
}
