package com.insightiq.dashboard.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.collection.control.CollectionPolicy;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.control.CollectionStore;
import com.insightiq.collection.control.DashboardItems;
import com.insightiq.collection.entity.BookmarkKind;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.dashboard.control.CardQuestions;
import com.insightiq.dashboard.control.DashboardChecks;
import com.insightiq.dashboard.control.DashboardJson;
import com.insightiq.dashboard.control.DashboardLinks;
import com.insightiq.dashboard.control.DashboardReferences;
import com.insightiq.dashboard.control.DashboardRevisions;
import com.insightiq.dashboard.control.DashboardStore;
import com.insightiq.dashboard.control.DashboardSummary;
import com.insightiq.dashboard.entity.Dashboard;
import com.insightiq.dashboard.entity.DashboardCard;
import com.insightiq.dashboard.entity.DashboardRevision;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.question.boundary.RevisionInfo;
import com.insightiq.question.control.QuestionChecks;
import com.insightiq.question.control.QuestionStore;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Tenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Dashboards of a tenant. Viewing needs {@code dashboard:view} and VIEW on the dashboard's collection; editing
 * {@code dashboard:edit} and CURATE there (and on a collection it moves to). Another tenant's id, or a dashboard in a
 * collection the caller cannot see, is 404. Every content change writes a revision (1 = creation) whose snapshot is
 * the dashboard's JSON after the change. Question cards must name questions of this tenant the caller can view (else
 * 400 naming the card); a card whose question went away later keeps loading and says so ({@link CardInfo#problem}).
 * Everything sent is checked before anything is written, so a refused change leaves the dashboard as it was.
 */
@Stateless
public class Dashboards {
    static final String RESOURCE = "dashboard";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Inject
    CollectionStore collections;

    @Inject
    DashboardItems items;

    @Inject
    QuestionStore questions;

    @Inject
    DashboardStore store;

    @Inject
    DashboardRevisions revisions;

    @Inject
    DashboardReferences references;

    @Inject
    CardQuestions cardQuestions;

    @Inject
    DashboardLinks links;

    @Inject
    @ConfigProperty(name = "insightiq.dashboard.max-cards", defaultValue = "200")
    int maxCards;

    public DashboardInfo create(String slug, DashboardForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        DashboardForm checked = DashboardChecks.form(form, maxCards);
        checked.cards().stream().filter(c -> c.id() != null).findFirst().ifPresent(c -> {
            throw new InvalidInputException("Card " + c.id() + " is not a card of this new dashboard; send new cards "
                    + "without id.");
        });
        rights.requireFilingTarget(slug, checked.collectionId());
        CollectionPolicy policy = rights.policy(slug);
        references.check(slug, policy, checked, Map.of(), false);
        Dashboard dashboard = new Dashboard(caller.userId());
        define(dashboard, checked);
        em.persist(dashboard);
        em.flush();
        store.replaceCards(dashboard, checked.cards());
        return saved(tenant, policy, dashboard, DashboardSummary.CREATED);
    }

    public DashboardInfo get(String slug, long id) {
        Dashboard dashboard = visible(slug, id);
        return info(access.enter(slug, RESOURCE, "view"), rights.policy(slug), dashboard);
    }

    /** Dashboards filed directly in the collection (null: "Our analytics"), not in the trash. */
    public List<DashboardInfo> list(String slug, Long collectionId) {
        Tenant tenant = access.enter(slug, RESOURCE, "view");
        if (collectionId != null && questions.collectionState(collectionId).isEmpty()) {
            throw new NotFoundException("There is no collection " + collectionId + " in '" + slug + "'.");
        }
        rights.require(slug, collectionId, CollectionAccess.VIEW);
        CollectionPolicy policy = rights.policy(slug);
        List<Dashboard> found = collectionId == null
                ? em.createNamedQuery(Dashboard.IN_ROOT, Dashboard.class).getResultList()
                : em.createNamedQuery(Dashboard.IN_COLLECTION, Dashboard.class)
                .setParameter("collection", collectionId).getResultList();
        return found.stream().map(d -> info(tenant, policy, d)).toList();
    }

    /** Whole content (cards, filters, tabs); a stale {@code version} is 409. */
    public DashboardInfo update(String slug, long id, DashboardForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = editable(slug, id);
        if (form != null && form.version() != null && form.version() != dashboard.version()) {
            throw new ConflictException("Dashboard " + id + " was changed by someone else (version "
                    + dashboard.version() + ", you sent " + form.version() + "); reload it and edit again.");
        }
        DashboardForm checked = DashboardChecks.form(form, maxCards);
        return change(tenant, dashboard, checked, null, false);
    }

    /** A copy with its cards, filters and tabs (the questions are shared, not copied); nulls: "… (copy)", same place. */
    public DashboardInfo duplicate(String slug, long id, String name, Long collectionId) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard original = store.find(slug, id);
        rights.require(slug, original.collectionId().orElse(null), CollectionAccess.VIEW);
        Long target = collectionId != null ? collectionId : original.collectionId().orElse(null);
        String copyName = name == null ? QuestionChecks.copyName(original.name())
                : QuestionChecks.name(name, "The name");
        rights.requireFilingTarget(slug, target);
        Dashboard copy = new Dashboard(caller.userId());
        copy.define(copyName, original.description().orElse(null), target, original.tabsJson(),
                original.filtersJson(), original.autoRefreshMinutes().orElse(null));
        em.persist(copy);
        em.flush();
        store.replaceCards(copy, store.cards(original.id()).stream().map(DashboardJson::form)
                .map(c -> new CardForm(null, c.kind(), c.questionId(), c.tab(), c.col(), c.row(), c.width(),
                        c.height(), c.title(), c.text(), c.url(), c.mappings(), c.click())).toList());
        return saved(tenant, rights.policy(slug), copy, DashboardSummary.copied(original.name()));
    }

    public DashboardInfo move(String slug, long id, Long collectionId) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = editable(slug, id);
        rights.requireFilingTarget(slug, collectionId);
        if (Objects.equals(collectionId, dashboard.collectionId().orElse(null))) {
            return info(tenant, rights.policy(slug), dashboard);
        }
        dashboard.moveTo(collectionId);
        return saved(tenant, rights.policy(slug), dashboard, "Moved");
    }

    /** To the trash (nothing else changes; the dashboard keeps its place to be restored to). */
    public DashboardInfo archive(String slug, long id) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = curated(slug, id);
        if (!dashboard.archived()) {
            dashboard.archive(caller.userId());
        }
        em.flush();
        return info(tenant, rights.policy(slug), dashboard);
    }

    public DashboardInfo restore(String slug, long id) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = curated(slug, id);
        dashboard.collectionId().flatMap(questions::collectionState).filter(QuestionStore.CollectionState::archived)
                .ifPresent(c -> {
                    throw new InvalidInputException("Its collection '" + c.name() + "' is in the trash; restore that "
                            + "one first.");
                });
        dashboard.restoreFromTrash();
        em.flush();
        return info(tenant, rights.policy(slug), dashboard);
    }

    /** For good, from the trash only (else 409); its revisions, public link, bookmarks and recent views go with it. */
    public void delete(String slug, long id) {
        access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = curated(slug, id);
        if (!dashboard.archived()) {
            throw new ConflictException("Dashboard " + id + " is not in the trash: archive it first, then delete it "
                    + "for good.");
        }
        collections.dropBookmarks(BookmarkKind.DASHBOARD, id);
        items.delete(id);
    }

    public DashboardInfo pin(String slug, long id, boolean pinned) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = curated(slug, id);
        dashboard.pin(pinned);
        em.flush();
        return info(tenant, rights.policy(slug), dashboard);
    }

    /** Newest first, with who saved each revision and what changed. */
    public List<RevisionInfo> revisions(String slug, long id) {
        Dashboard dashboard = visible(slug, id);
        List<DashboardRevision> all = revisions.of(dashboard.id());
        Map<Long, String> names = questions.names(all.stream().map(DashboardRevision::userId)
                .collect(Collectors.toSet()));
        return all.stream().map(r -> new RevisionInfo(r.number(), r.userId(), names.get(r.userId()), r.createdAt(),
                r.summary())).toList();
    }

    /**
     * Makes a revision's content current again, as a new revision "Restored revision N". Cards that still exist keep
     * their ids, the others come back as new cards; a collection gone or in the trash is not restored (the dashboard
     * stays where it is); cards whose question went away come back and say so.
     */
    public DashboardInfo restoreRevision(String slug, long id, int number) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Dashboard dashboard = editable(slug, id);
        DashboardForm old = DashboardJson.contentOf(revisions.find(dashboard.id(), number).snapshot());
        Set<Long> current = store.cardIds(dashboard.id());
        Long target = old.collectionId();
        if (target != null && !questions.collectionState(target).map(c -> !c.archived()).orElse(false)) {
            target = dashboard.collectionId().orElse(null);
        }
        List<CardForm> cards = old.cards().stream().map(c -> current.contains(c.id()) ? c
                : new CardForm(null, c.kind(), c.questionId(), c.tab(), c.col(), c.row(), c.width(), c.height(),
                c.title(), c.text(), c.url(), c.mappings(), c.click())).toList();
        DashboardForm form = new DashboardForm(old.name(), old.description(), target, old.tabs(), old.filters(),
                cards, old.autoRefreshMinutes(), null);
        DashboardForm checked = DashboardChecks.form(form, Math.max(maxCards, cards.size()));
        return change(tenant, dashboard, checked, DashboardSummary.restored(number), true);
    }

    /** Whether the caller may change the dashboard: the edit permission, curate rights there, not in the trash. */
    public boolean mayEdit(String slug, long id) {
        Dashboard dashboard = visible(slug, id);
        return mayEdit(slug, rights.policy(slug), dashboard);
    }

    private DashboardInfo change(Tenant tenant, Dashboard dashboard, DashboardForm checked, String fixedSummary,
                                 boolean restoring) {
        String slug = tenant.slug();
        if (!Objects.equals(checked.collectionId(), dashboard.collectionId().orElse(null))) {
            rights.requireFilingTarget(slug, checked.collectionId());
        }
        List<DashboardCard> stored = store.cards(dashboard.id());
        Map<Long, CardForm> storedById = stored.stream().map(DashboardJson::form)
                .collect(Collectors.toMap(CardForm::id, c -> c));
        for (CardForm card : checked.cards()) {
            if (card.id() != null && !storedById.containsKey(card.id())) {
                throw new InvalidInputException("Card " + card.id() + " is not a card of this dashboard; send new "
                        + "cards without id.");
            }
        }
        CollectionPolicy policy = rights.policy(slug);
        references.check(slug, policy, checked, storedById, restoring);
        String summary = fixedSummary != null ? fixedSummary
                : DashboardSummary.of(DashboardJson.form(dashboard, stored), checked);
        if (summary.isEmpty()) {
            return info(tenant, policy, dashboard);
        }
        define(dashboard, checked);
        store.replaceCards(dashboard, checked.cards());
        return saved(tenant, policy, dashboard, summary);
    }

    private static void define(Dashboard dashboard, DashboardForm checked) {
        dashboard.define(checked.name(), checked.description(), checked.collectionId(),
                DashboardJson.tabs(checked.tabs()), DashboardJson.filters(checked.filters()),
                checked.autoRefreshMinutes());
    }

    private DashboardInfo saved(Tenant tenant, CollectionPolicy policy, Dashboard dashboard, String summary) {
        em.flush();
        DashboardInfo info = info(tenant, policy, dashboard);
        revisions.write(dashboard.id(), caller.userId(), summary, DashboardJson.snapshot(info));
        return info;
    }

    private DashboardInfo info(Tenant tenant, CollectionPolicy policy, Dashboard dashboard) {
        List<DashboardCard> cards = store.cards(dashboard.id());
        boolean mayEdit = mayEdit(tenant.slug(), policy, dashboard);
        return store.info(dashboard, cards, cardQuestions.of(DashboardStore.questionIds(cards), tenant.slug(), policy),
                mayEdit, mayEdit ? links.publicToken(tenant.id(), dashboard.id()) : null);
    }

    private boolean mayEdit(String slug, CollectionPolicy policy, Dashboard dashboard) {
        return !dashboard.archived() && caller.isPermitted(RolePermissions.of(slug, RESOURCE, "edit"))
                && accessOf(policy, slug, dashboard.collectionId().orElse(null)) == CollectionAccess.CURATE;
    }

    private CollectionAccess accessOf(CollectionPolicy policy, String slug, Long collectionId) {
        try {
            return rights.accessOf(policy, slug, collectionId);
        } catch (NotFoundException invisible) {
            return CollectionAccess.NONE;
        }
    }


    private Dashboard visible(String slug, long id) {
        access.enter(slug, RESOURCE, "view");
        Dashboard dashboard = store.find(slug, id);
        rights.require(slug, dashboard.collectionId().orElse(null), CollectionAccess.VIEW);
        return dashboard;
    }

    private Dashboard curated(String slug, long id) {
        Dashboard dashboard = store.find(slug, id);
        rights.require(slug, dashboard.collectionId().orElse(null), CollectionAccess.CURATE);
        return dashboard;
    }

    /** Curated and not in the trash: content can change. */
    private Dashboard editable(String slug, long id) {
        Dashboard dashboard = curated(slug, id);
        if (dashboard.archived()) {
            throw new ConflictException("Dashboard " + id + " is in the trash; restore it before editing.");
        }
        return dashboard;
    }
}
