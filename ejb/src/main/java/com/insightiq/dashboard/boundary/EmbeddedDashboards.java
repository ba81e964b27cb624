package com.insightiq.dashboard.boundary;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Signed embedding (contract for issue 6; the sharing helper fills it in). A tenant admin turns embedding on per
 * dashboard and reads the tenant's secret; the host application signs an HS256 JWT (Nimbus JOSE) with claims
 * {@code {"tenant": slug, "resource": {"dashboard": id}, "params": {filterId: value}, "exp": …}}; the params are
 * locked: they override the viewer's values and their filters are hidden. A bad signature, an expired token, another
 * tenant's dashboard or embedding turned off: 404 (nothing about why leaks to the embedding page beyond "invalid or
 * expired embedding token").
 */
@Stateless
public class EmbeddedDashboards {

    /** The tenant's embedding secret (created on first call); tenant admins only. */
    public String secret(String slug) {
        throw new UnsupportedOperationException("issue 6");
    }

    /** A new secret: every token signed with the old one stops working. */
    public String rotateSecret(String slug) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo enable(String slug, long dashboardId, boolean enabled) {
        throw new UnsupportedOperationException("issue 6");
    }

    /** The dashboard the token opens, without the locked filters. */
    public DashboardInfo get(String jwt) {
        throw new UnsupportedOperationException("issue 6");
    }

    public CardResult run(String jwt, long cardId, Map<String, Object> filters, Locale locale) {
        throw new UnsupportedOperationException("issue 6");
    }

    public void runAll(String jwt, String tab, Map<String, Object> filters, Locale locale, Consumer<CardResult> each) {
        throw new UnsupportedOperationException("issue 6");
    }

    public List<FilterChoice> choices(String jwt, String filterId, String search, Map<String, Object> filters) {
        throw new UnsupportedOperationException("issue 6");
    }
}
