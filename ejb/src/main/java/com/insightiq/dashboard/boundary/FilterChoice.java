package com.insightiq.dashboard.boundary;

/** One value a category filter offers: the value sent back, and how it reads (the catalog's display value). */
public record FilterChoice(String value, String label) {
}
