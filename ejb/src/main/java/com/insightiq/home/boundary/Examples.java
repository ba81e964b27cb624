package com.insightiq.home.boundary;

import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.home.control.CatalogFacts;
import com.insightiq.home.control.ExampleQuestions;
import com.insightiq.home.control.SystemContent;
import com.insightiq.home.control.XRay;
import com.insightiq.home.control.XRayPlan;
import com.insightiq.home.control.XRayTable;
import com.insightiq.sample.boundary.SampleSource;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.control.TenantScope;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The demo tenant's examples on its sample database: an "Examples" collection with the generated Orders dashboard
 * (pinned, date and status filters) and a few hand-written questions on it. Written once per tenant, after the sample's
 * first sync completed (the generator needs the catalog); a tenant setting records it, so restarts add nothing and a
 * tenant that deletes the examples does not get them back.
 */
@Stateless
public class Examples {
    static final String SEEDED = "home.examples.seeded";
    public static final String COLLECTION = "Examples";
    public static final String DASHBOARD = "Orders overview";

    public enum Outcome { WAITING, DONE, NOT_APPLICABLE }

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantRegistry registry;

    @Inject
    TenantScope scope;

    @Inject
    CatalogFacts catalog;

    @Inject
    SystemContent content;

    @Inject
    Drivers drivers;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Outcome seedIfReady(String slug) {
        Optional<Tenant> tenant = registry.bySlug(slug);
        if (tenant.isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        String schema = tenant.get().schema();
        scope.enter(em, schema);
        String settings = "\"" + schema + "\".tenant_setting";
        if (((Number) em.createNativeQuery("SELECT count(*) FROM " + settings + " WHERE name = ?")
                .setParameter(1, SEEDED).getSingleResult()).intValue() > 0) {
            return Outcome.DONE;
        }
        Optional<DataSource> sample = em.createNamedQuery(DataSource.BY_NAME, DataSource.class)
                .setParameter("name", SampleSource.NAME).getResultStream().findFirst();
        if (sample.isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        long sourceId = sample.get().getId();
        if (((Number) em.createNativeQuery("SELECT count(*) FROM \"" + schema + "\".catalog_sync"
                + " WHERE data_source_id = ? AND status = 'COMPLETED'").setParameter(1, sourceId).getSingleResult())
                .intValue() == 0) {
            return Outcome.WAITING;
        }
        Optional<XRayTable> orders = catalog.tables(sourceId).stream().filter(t -> t.name().equals("orders"))
                .findFirst().flatMap(t -> catalog.table(t.id()));
        if (orders.isEmpty()) {
            return Outcome.NOT_APPLICABLE;
        }
        if (em.createNativeQuery("INSERT INTO " + settings + " (name, value) VALUES (?, 'true')"
                + " ON CONFLICT (name) DO NOTHING").setParameter(1, SEEDED).executeUpdate() == 0) {
            return Outcome.DONE;
        }
        write(sourceId, orders.get(), sample.get());
        return Outcome.DONE;
    }

    private void write(long sourceId, XRayTable orders, DataSource sample) {
        XRayPlan plan = XRay.plan(orders, drivers.forEngine(sample.getEngine()));
        int below = plan.cards().stream().mapToInt(c -> c.row() + c.height()).max().orElse(0);
        List<XRayPlan.Card> cards = new ArrayList<>(plan.cards());
        cards.addAll(ExampleQuestions.cards(orders.schema(), plan.filters(), below));
        long collection = content.collection(COLLECTION, "Example questions and a dashboard on the Sample Database.");
        List<SystemContent.PlacedQuestion> placed = new ArrayList<>();
        for (XRayPlan.Card card : cards) {
            long question = content.question(sourceId, collection, card.name(), null, card.sql(), card.parameters(),
                    card.visualization());
            placed.add(new SystemContent.PlacedQuestion(card, question));
        }
        content.dashboard(DASHBOARD, "Orders of the sample shop: how many, how much, when and in which status. "
                + "Change the filters at the top.", collection, plan.filters(), placed, true);
    }
}
