package com.insightiq.dashboard.boundary;

import java.util.List;

/**
 * A dashboard as sent by POST (create) and PUT (replace everything: cards missing from {@code cards} are removed,
 * cards without id are added). {@code version}: the version the sender edited (stale: 409); null on create. Null lists
 * are empty; {@code autoRefreshMinutes}: null, 1, 5, 10, 30 or 60. At most {@code insightiq.dashboard.max-cards}
 * (default 200) cards and 20 filters and 20 tabs.
 */
public record DashboardForm(String name, String description, Long collectionId, List<DashboardTab> tabs,
                            List<DashboardFilter> filters, List<CardForm> cards, Integer autoRefreshMinutes,
                            Integer version) {
}
