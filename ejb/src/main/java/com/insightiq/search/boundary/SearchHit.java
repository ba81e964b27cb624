package com.insightiq.search.boundary;

/**
 * One search result. {@code collection} is where a question or collection is filed (null: "Our analytics" or n/a),
 * {@code tableName} the table of a column or the qualified name of a table; {@code path} the page in the tenant.
 */
public record SearchHit(String kind, long id, String name, String description, Place collection, String tableName,
                        double score, String path) {
    /** A collection a hit lives in. */
    public record Place(Long id, String name) {
    }
}
