package com.insightiq.search.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.control.CollectionStore;
import com.insightiq.collection.entity.Collection;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.search.control.SearchHitRow;
import com.insightiq.search.control.SearchQuery;
import com.insightiq.search.control.SearchTerms;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top bar's search: questions, dashboards and collections the caller may open (not in the trash), and for members
 * who may read the catalog ({@code catalog:view}; viewers may not) its tables and columns that are not hidden. Ranked, at most 50.
 */
@Stateless
public class Search {
    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Inject
    CollectionStore store;

    @Inject
    SearchQuery query;

    /** The kinds a search can be limited to. */
    public static Set<String> kinds() {
        return SearchQuery.kinds();
    }

    public List<SearchHit> find(String slug, String text, String kind) {
        Tenant tenant = access.enter(slug, Collections.RESOURCE, "view");
        if (text != null && text.length() > SearchTerms.MAX_LENGTH) {
            throw new InvalidInputException("A search is at most " + SearchTerms.MAX_LENGTH + " characters.");
        }
        if (kind != null && !kind.isBlank() && !kinds().contains(kind)) {
            throw new InvalidInputException("kind is one of " + String.join(", ", kinds()) + ".");
        }
        Optional<SearchTerms> terms = SearchTerms.of(text);
        if (terms.isEmpty()) {
            return List.of();
        }
        CollectionPolicy policy = rights.policy(slug);
        Set<Long> open = store.all().stream().filter(c -> !c.archival().archived() && policy.visible(c)
                && policy.accessOf(c) != CollectionAccess.NONE).map(Collection::id).collect(Collectors.toSet());
        boolean catalog = caller.isPermitted(RolePermissions.of(tenant.slug(), "catalog", "view"));
        List<String> asked = kind == null || kind.isBlank() ? List.copyOf(kinds()) : List.of(kind);
        SearchQuery.Scope scope = new SearchQuery.Scope(open, policy.root() != CollectionAccess.NONE, catalog);
        return query.run(tenant.schema(), terms.get(), asked, scope).stream().map(Search::hit).toList();
    }

    /** Catalog hits name their table; everything else (questions, dashboards, collections) its collection. */
    private static SearchHit hit(SearchHitRow r) {
        return switch (r.kind()) {
            case "table" -> new SearchHit(r.kind(), r.id(), r.name(), r.description(), null, r.parentName(), r.score(),
                    "/browse-table.xhtml?id=" + r.id());
            case "column" -> new SearchHit(r.kind(), r.id(), r.name(), r.description(), null, r.parentName(),
                    r.score(), "/browse-table.xhtml?id=" + r.parentId());
            case "collection" -> new SearchHit(r.kind(), r.id(), r.name(), r.description(), place(r), null, r.score(),
                    "/collection/" + r.id());
            case "dashboard" -> new SearchHit(r.kind(), r.id(), r.name(), r.description(), place(r), null, r.score(),
                    "/dashboard/" + r.id());
            default -> new SearchHit(r.kind(), r.id(), r.name(), r.description(), place(r), null, r.score(),
                    "/" + r.kind() + ".xhtml?id=" + r.id());
        };
    }

    private static SearchHit.Place place(SearchHitRow r) {
        return new SearchHit.Place(r.parentId(), r.parentId() == null ? Collections.ROOT_NAME : r.parentName());
    }
}
