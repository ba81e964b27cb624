package com.insightiq.collection.boundary;

/** New grants of a collection: "none", "view", "curate", or null to inherit from the parent (the root: defaults). */
public record GrantsForm(String analyst, String viewer) {
}
