package com.insightiq.dashboard.boundary;

/** Wires a dashboard filter to one {@code {{parameter}}} of a question card (a plain variable or a field filter). */
public record CardMapping(String filterId, String parameter) {
}
