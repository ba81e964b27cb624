package com.insightiq.home.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.catalog.entity.CatalogTable;
import com.insightiq.collection.boundary.CollectionForm;
import com.insightiq.collection.boundary.CollectionInfo;
import com.insightiq.collection.boundary.Collections;
import com.insightiq.collection.control.CollectionStore;
import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.dashboard.boundary.CardForm;
import com.insightiq.dashboard.boundary.DashboardForm;
import com.insightiq.dashboard.boundary.Dashboards;
import com.insightiq.home.control.CatalogFacts;
import com.insightiq.home.control.XRay;
import com.insightiq.home.control.XRayPlan;
import com.insightiq.home.control.XRayTable;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.question.boundary.QuestionForm;
import com.insightiq.question.boundary.Questions;
import com.insightiq.sample.boundary.SampleSource;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Home's first-run tour: a dashboard from one table in three clicks. Offered to analysts and admins (they may read the
 * catalog and save questions and dashboards) until they created a dashboard or dismissed it. The generated questions go
 * into a new collection named after the table in the member's personal collection; everything is saved through the
 * collections, questions and dashboards boundaries, with their checks.
 */
@Stateless
public class Tour {
    static final int MAX_TABLES = 200;
    private static final String DISMISSED = "home.tour.dismissed.";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CatalogFacts catalog;

    @Inject
    CollectionStore collectionStore;

    @Inject
    Collections collections;

    @Inject
    Questions questions;

    @Inject
    Dashboards dashboards;

    @Inject
    Drivers drivers;

    public TourState state(String slug) {
        Tenant tenant = access.enter(slug, "collection", "view");
        if (!mayBuild(slug) || dismissed(tenant) || madeADashboard(tenant)) {
            return TourState.HIDDEN;
        }
        List<TableChoice> tables = new ArrayList<>();
        Long preferred = null;
        for (DataSource source : em.createNamedQuery(DataSource.ALL, DataSource.class).getResultList()) {
            for (CatalogTable t : catalog.tables(source.getId())) {
                if (tables.size() < MAX_TABLES) {
                    tables.add(new TableChoice(t.id(), source.getName() + " · " + t.displayName()));
                }
                if (preferred == null && SampleSource.NAME.equals(source.getName()) && t.name().equals("orders")) {
                    preferred = t.id();
                }
            }
        }
        if (tables.isEmpty()) {
            return TourState.HIDDEN;
        }
        return new TourState(true, tables, preferred != null ? preferred : tables.get(0).id());
    }

    /** Hides the tour for the calling member for good. */
    public void dismiss(String slug) {
        Tenant tenant = access.enter(slug, "collection", "view");
        em.createNativeQuery("INSERT INTO \"" + tenant.schema() + "\".tenant_setting (name, value) VALUES (?, 'true')"
                + " ON CONFLICT (name) DO NOTHING").setParameter(1, DISMISSED + caller.userId()).executeUpdate();
    }

    /** Generates, saves and returns the new dashboard's id. An unknown or hidden table is 404. */
    public long build(String slug, long tableId) {
        access.enter(slug, "dashboard", "edit");
        access.enter(slug, "catalog", "view");
        XRayTable table = catalog.table(tableId).filter(t -> catalog.tables(t.dataSourceId()).stream()
                        .anyMatch(v -> v.id().equals(t.id())))
                .orElseThrow(() -> new NotFoundException("There is no table " + tableId + " in '" + slug + "'."));
        DataSource source = em.find(DataSource.class, table.dataSourceId());
        XRayPlan plan = XRay.plan(table, drivers.forEngine(source.getEngine()));
        long personal = collectionStore.personalOf(caller.userId()).id();
        CollectionInfo folder = collections.create(slug, new CollectionForm(table.displayName(),
                "Questions of the dashboard \"" + plan.name() + "\", made by the Home tour.", personal, null));
        List<CardForm> cards = new ArrayList<>();
        for (XRayPlan.Card card : plan.cards()) {
            long question = questions.create(slug, new QuestionForm(card.name(), null, source.getId(), card.sql(),
                    card.parameters(), card.visualization(), folder.id(), null, null)).id();
            cards.add(new CardForm(null, "question", question, null, card.col(), card.row(), card.width(),
                    card.height(), null, null, null, card.mappings(), null));
        }
        return dashboards.create(slug, new DashboardForm(plan.name(), plan.description(), folder.id(), List.of(),
                plan.filters(), cards, null, null)).id();
    }

    private boolean mayBuild(String slug) {
        return caller.isPermitted(RolePermissions.of(slug, "dashboard", "edit"))
                && caller.isPermitted(RolePermissions.of(slug, "question", "edit"))
                && caller.isPermitted(RolePermissions.of(slug, "catalog", "view"));
    }

    private boolean dismissed(Tenant tenant) {
        return count("SELECT count(*) FROM \"" + tenant.schema() + "\".tenant_setting WHERE name = ?",
                DISMISSED + caller.userId()) > 0;
    }

    private boolean madeADashboard(Tenant tenant) {
        return count("SELECT count(*) FROM \"" + tenant.schema() + "\".dashboard WHERE created_by = ?",
                caller.userId()) > 0;
    }

    private int count(String sql, Object parameter) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, parameter).getSingleResult()).intValue();
    }
}
