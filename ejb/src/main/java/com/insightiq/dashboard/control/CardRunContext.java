package com.insightiq.dashboard.control;

import com.insightiq.tenancy.entity.Slug;
import java.util.Locale;
import java.util.Map;

/**
 * Who runs a dashboard's cards, once the boundary has checked access: the tenant, the member whose rights the
 * queries use (the signed-in member; for a public link its creator; for an embedding the tenant admin who enabled
 * it), the dashboard, the locale to format in, and {@code locked} filter values that override whatever the request
 * says (signed embeddings). {@code origin} is written into the query history: "dashboard", "public" or "embed".
 */
public record CardRunContext(Slug tenant, long userId, long dashboardId, Locale locale, Map<String, Object> locked,
                             String origin) {
}
