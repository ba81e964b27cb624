package com.insightiq.search.api;

import com.insightiq.search.boundary.Search;
import com.insightiq.tenancy.api.CurrentTenant;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** GET /t/{slug}/api/v1/search?q=…&kind=…: ranked hits of every kind the caller may open, at most 50. */
@Path("v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {
    @Inject
    Search search;

    @Inject
    CurrentTenant tenant;

    @GET
    public List<SearchResult> find(@QueryParam("q") String q, @QueryParam("kind") String kind) {
        String slug = tenant.require();
        String base = tenant.base();
        return search.find(slug, q, kind).stream().map(h -> SearchResult.of(h, base)).toList();
    }
}
