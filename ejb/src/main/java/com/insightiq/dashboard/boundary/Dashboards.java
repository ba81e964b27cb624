package com.insightiq.dashboard.boundary;

import com.insightiq.question.boundary.RevisionInfo;
import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Dashboards of a tenant (contract for issue 6; the core helper fills it in). Viewing needs {@code dashboard:view}
 * and VIEW on the dashboard's collection; editing {@code dashboard:edit} and CURATE there. Another tenant's id, or a
 * dashboard in a collection the caller cannot see, is 404. Every content change writes a revision (1 = creation).
 * Question cards must name questions of this tenant the caller can view (else 400 naming the card).
 */
@Stateless
public class Dashboards {
    static final String RESOURCE = "dashboard";

    public DashboardInfo create(String slug, DashboardForm form) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo get(String slug, long id) {
        throw new UnsupportedOperationException("issue 6");
    }

    /** Dashboards filed directly in the collection (null: "Our analytics"), not in the trash. */
    public List<DashboardInfo> list(String slug, Long collectionId) {
        throw new UnsupportedOperationException("issue 6");
    }

    /** Whole content (cards, filters, tabs); a stale {@code version} is 409. */
    public DashboardInfo update(String slug, long id, DashboardForm form) {
        throw new UnsupportedOperationException("issue 6");
    }

    /** A copy with its cards, filters and tabs (the questions are shared, not copied); nulls: "… (copy)", same place. */
    public DashboardInfo duplicate(String slug, long id, String name, Long collectionId) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo move(String slug, long id, Long collectionId) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo archive(String slug, long id) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo restore(String slug, long id) {
        throw new UnsupportedOperationException("issue 6");
    }

    /** For good, from the trash only (else 409); its public link and bookmarks go with it. */
    public void delete(String slug, long id) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo pin(String slug, long id, boolean pinned) {
        throw new UnsupportedOperationException("issue 6");
    }

    public List<RevisionInfo> revisions(String slug, long id) {
        throw new UnsupportedOperationException("issue 6");
    }

    public DashboardInfo restoreRevision(String slug, long id, int number) {
        throw new UnsupportedOperationException("issue 6");
    }

    public boolean mayEdit(String slug, long id) {
        throw new UnsupportedOperationException("issue 6");
    }
}
