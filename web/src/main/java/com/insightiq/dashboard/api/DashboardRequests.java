package com.insightiq.dashboard.api;

/** The small request bodies of the dashboards API besides the dashboard itself. */
public final class DashboardRequests {
    private DashboardRequests() {
    }

    /** POST …/dashboards/{id}/duplicate: both optional ("… (copy)" in the same collection). */
    public record Duplicate(String name, Long collectionId) {
    }

    /** POST …/dashboards/{id}/move: the target collection (null: "Our analytics"). */
    public record Move(Long collectionId) {
    }

    /** POST …/dashboards/{id}/pin: pin (true, also when absent) or unpin (false). */
    public record Pin(Boolean pinned) {
    }
}
