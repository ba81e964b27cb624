package com.insightiq.search.api;

import com.insightiq.search.boundary.SearchHit;

/** A search hit as JSON, with the absolute link of its page in the tenant. */
public record SearchResult(String kind, long id, String name, String description, SearchHit.Place collection,
                           String tableName, double score, String url) {
    static SearchResult of(SearchHit hit, String tenantBase) {
        return new SearchResult(hit.kind(), hit.id(), hit.name(), hit.description(), hit.collection(),
                hit.tableName(), hit.score(), tenantBase + hit.path());
    }
}
