package com.insightiq.home.view;

import com.insightiq.home.boundary.Recents;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pages call this when a member opens a question or dashboard, so Home lists it under "Recent". Recording a view must
 * never break the page it happens on: a refusal (the page shows its own) or a fault is logged and dropped.
 */
@ApplicationScoped
public class Visits {
    private static final Logger LOG = Logger.getLogger(Visits.class.getName());

    @Inject
    Recents recents;

    /** {@code kind}: "question" or "dashboard". */
    public void opened(String slug, String kind, long id) {
        if (slug == null || id <= 0) {
            return;
        }
        try {
            recents.viewed(slug, kind, id);
        } catch (RuntimeException e) {
            Level level = e instanceof EJBException ? Level.WARNING : Level.FINE;
            LOG.log(level, "Could not record that " + kind + " " + id + " was opened", e);
        }
    }
}
