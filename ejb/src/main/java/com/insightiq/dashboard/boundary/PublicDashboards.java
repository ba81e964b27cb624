package com.insightiq.dashboard.boundary;

import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Public links (contract for issue 6; the sharing helper fills it in). {@code share}/{@code unshare} need
 * {@code dashboard:edit} and CURATE on the dashboard; the token-based methods need no sign-in: an unknown or revoked
 * token, or one whose dashboard is in the trash, is 404. The public view shows only that dashboard (cards' question
 * ids and SQL are not revealed: {@link #get} blanks questionId, mappings' parameters and click targets other than
 * filters and URLs).
 */
@Stateless
public class PublicDashboards {

    /** Creates the dashboard's public link (or returns the existing one): the token. */
    public String share(String slug, long dashboardId) {
        throw new UnsupportedOperationException("issue 6");
    }

    public void unshare(String slug, long dashboardId) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo get(String token) {
        throw new UnsupportedOperationException("issue 6");
    }

    public CardResult run(String token, long cardId, Map<String, Object> filters, Locale locale) {
        throw new UnsupportedOperationException("issue 6");
    }

    public void runAll(String token, String tab, Map<String, Object> filters, Locale locale,
                       Consumer<CardResult> each) {
        throw new UnsupportedOperationException("issue 6");
    }

    public List<FilterChoice> choices(String token, String filterId, String search, Map<String, Object> filters) {
        throw new UnsupportedOperationException("issue 6");
    }
}
