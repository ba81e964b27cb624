package com.insightiq.dashboard.control;

import com.insightiq.dashboard.boundary.CardResult;
import com.insightiq.dashboard.boundary.DashboardFilter;
import com.insightiq.query.control.ResultsCleared;
import com.insightiq.tenancy.entity.Slug;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Rendered question cards kept as long as the engine keeps their rows, so a warm dashboard is answered without a card
 * slot, the engine's planning steps, the rows' replay or the chart's rendering. An answer is reused only for exactly
 * what made it: the same member and way in (member, public link, embedding), dashboard, card as planned (its question's
 * SQL, parameters and visualization; its mappings), dashboard filters and their values, locale and zone. The boundary
 * has checked access before anything is looked up here. Entries end with the engine's cache entry (its TTL), when
 * the tenant's results are cleared, or least recently used first beyond {@code insightiq.dashboard.rendered-cards}.
 */
@ApplicationScoped
public class CardAnswers {
    @Inject
    @ConfigProperty(name = "insightiq.dashboard.rendered-cards", defaultValue = "1000")
    int capacity;

    Clock clock = Clock.systemUTC();

    private final Map<Key, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);

    /** What a rendered card depends on. */
    public record Key(String tenant, long userId, String origin, long dashboardId, DashboardPlan.Card card,
                      List<DashboardFilter> filters, Map<String, FilterValue> values, Locale locale, ZoneId zone) {
        static Key of(CardRunContext context, DashboardPlan plan, DashboardPlan.Card card,
                      Map<String, FilterValue> values, ZoneId zone) {
            return new Key(context.tenant().schema(), context.userId(), context.origin(), context.dashboardId(), card,
                    plan.filters(), Collections.unmodifiableMap(new HashMap<>(values)), context.locale(), zone);
        }
    }

    private record Kept(CardResult result, Instant until) {
    }

    /** A fresh rendered answer, marked as cached and taking no server time. */
    public Optional<CardResult> fresh(Key key) {
        Kept hit;
        synchronized (kept) {
            hit = kept.get(key);
            if (hit != null && !clock.instant().isBefore(hit.until())) {
                kept.remove(key);
                hit = null;
            }
        }
        if (hit == null) {
            return Optional.empty();
        }
        CardResult r = hit.result();
        return Optional.of(new CardResult(r.cardId(), r.status(), r.error(), r.errorCode(), r.viz(), r.html(),
                r.updatedAt(), true, 0, r.applied()));
    }

    /** Keeps an answer until {@code until}; only successful answers are kept (a failure is asked again). */
    public void keep(Key key, CardResult result, Instant until) {
        if (!CardResult.OK.equals(result.status()) || capacity <= 0 || !clock.instant().isBefore(until)) {
            return;
        }
        synchronized (kept) {
            kept.put(key, new Kept(result, until));
            var eldest = kept.entrySet().iterator();
            while (kept.size() > capacity && eldest.hasNext()) {
                eldest.next();
                eldest.remove();
            }
        }
    }

    void clear(@Observes ResultsCleared cleared) {
        forget(cleared.tenant());
    }

    void forget(Slug tenant) {
        synchronized (kept) {
            kept.keySet().removeIf(k -> k.tenant().equals(tenant.schema()));
        }
    }

    int size() {
        synchronized (kept) {
            return kept.size();
        }
    }
}
