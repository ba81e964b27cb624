package com.insightiq.dashboard.boundary;

/** A tab of a dashboard: {@code id} a short slug unique in the dashboard ([a-z0-9-]{1,64}), cards name it. */
public record DashboardTab(String id, String name) {
}
