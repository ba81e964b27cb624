package com.insightiq.question.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.collection.control.CollectionRights;
import com.insightiq.collection.entity.Bookmark;
import com.insightiq.collection.entity.BookmarkKind;
import com.insightiq.collection.entity.CollectionAccess;
import com.insightiq.connection.control.SourceDefinitions;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.boundary.ParameterForm;
import com.insightiq.question.control.QuestionChecks;
import com.insightiq.question.control.QuestionJson;
import com.insightiq.question.control.QuestionRevisions;
import com.insightiq.question.control.QuestionStore;
import com.insightiq.question.control.RevisionSummary;
import com.insightiq.question.entity.Question;
import com.insightiq.question.entity.QuestionContent;
import com.insightiq.question.entity.QuestionRevision;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.viz.boundary.RenderedViz;
import com.insightiq.viz.boundary.Visualization;
import com.insightiq.viz.boundary.Visualizations;
import com.insightiq.viz.boundary.VizData;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Saved questions of a tenant. Viewing needs {@code question:view} and VIEW on the question's collection; editing
 * {@code question:edit} (analysts, admins) and CURATE there (and CURATE on a collection it moves to). Another tenant's
 * id, or a question in a collection the caller cannot see, is unknown (404). Every content change writes a revision
 * (1 = creation) whose snapshot is the question's JSON after the change.
 *
 * <p>Signatures for pages (all throw the platform's 400/403/404/409 exceptions):
 * <pre>
 * QuestionInfo create(String slug, QuestionForm form)
 * QuestionInfo get(String slug, long id)
 * List&lt;QuestionInfo&gt; list(String slug, Long collectionId)        // null: "Our analytics"
 * List&lt;QuestionInfo&gt; archived(String slug)                      // the trash
 * QuestionInfo update(String slug, long id, QuestionForm form)    // whole content; stale version: 409
 * QuestionInfo duplicate(String slug, long id, String name, Long collectionId)  // nulls: "… (copy)", same place
 * QuestionInfo move(String slug, long id, Long collectionId)
 * QuestionInfo archive / restore(String slug, long id);  void delete(String slug, long id)  // from the trash only
 * QuestionInfo pin(String slug, long id, boolean pinned)
 * List&lt;RevisionInfo&gt; revisions(String slug, long id);  QuestionInfo restoreRevision(String slug, long id, int n)
 * QuestionRun run(String slug, long id, List&lt;ParameterForm&gt; values)         // in {@link QuestionRuns}
 * RenderedViz visualize(String slug, long id, List&lt;ParameterForm&gt; values, Locale locale)  // idem
 * VizData chartRows(String slug, long id, List&lt;ParameterForm&gt; values)  // idem: the rows, for the page to render
 * </pre>
 */
@Stateless
public class Questions {
    static final String RESOURCE = "question";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    Caller caller;

    @Inject
    CollectionRights rights;

    @Inject
    SourceDefinitions sources;

    @Inject
    Visualizations visualizations;

    @Inject
    QuestionStore store;

    @Inject
    QuestionRevisions revisions;

    @Inject
    QuestionRuns runs;

    public QuestionInfo create(String slug, QuestionForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        QuestionContent content = content(tenant, required(form));
        Question question = new Question(caller.userId());
        question.define(content);
        em.persist(question);
        return saved(question, RevisionSummary.CREATED);
    }

    public QuestionInfo get(String slug, long id) {
        return store.info(visible(slug, id));
    }

    /** Whether the caller may change the question: the edit permission and curate rights on its collection. */
    public boolean mayEdit(String slug, long id) {
        Question question = visible(slug, id);
        return caller.isPermitted(RolePermissions.of(slug, RESOURCE, "edit"))
                && accessOf(slug, question.collectionId().orElse(null)) == CollectionAccess.CURATE;
    }

    public List<QuestionInfo> list(String slug, Long collectionId) {
        access.enter(slug, RESOURCE, "view");
        if (collectionId != null && store.collectionState(collectionId).isEmpty()) {
            throw new NotFoundException("There is no collection " + collectionId + " in '" + slug + "'.");
        }
        rights.require(slug, collectionId, CollectionAccess.VIEW);
        List<Question> found = collectionId == null
                ? em.createNamedQuery(Question.IN_ROOT, Question.class).getResultList()
                : em.createNamedQuery(Question.IN_COLLECTION, Question.class).setParameter("collection", collectionId)
                .getResultList();
        return store.infos(found);
    }

    /** The trash: archived questions in collections the caller may view, newest first. */
    public List<QuestionInfo> archived(String slug) {
        access.enter(slug, RESOURCE, "view");
        return store.infos(em.createNamedQuery(Question.ARCHIVED, Question.class).getResultStream()
                .filter(q -> mayView(slug, q.collectionId().orElse(null))).toList());
    }

    public QuestionInfo update(String slug, long id, QuestionForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Question question = editable(slug, id);
        QuestionForm sent = required(form);
        if (sent.version() != null && sent.version() != question.version()) {
            throw new ConflictException("Question " + id + " was changed by someone else (version "
                    + question.version() + ", you sent " + sent.version() + "); reload it and edit again.");
        }
        return change(question, content(tenant, sent), null);
    }

    public QuestionInfo duplicate(String slug, long id, String name, Long collectionId) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Question original = store.find(slug, id);
        rights.require(slug, original.collectionId().orElse(null), CollectionAccess.VIEW);
        QuestionContent from = original.content();
        Long target = collectionId != null ? collectionId : from.collectionId();
        rights.requireFilingTarget(slug, target);
        String copyName = name == null ? QuestionChecks.copyName(from.name()) : QuestionChecks.name(name, "The name");
        Question copy = new Question(caller.userId());
        copy.define(new QuestionContent(copyName, from.description(), from.dataSourceId(), from.sql(),
                from.parametersJson(), from.visualizationType(), from.visualizationSettingsJson(), target,
                from.cacheTtlSeconds()));
        em.persist(copy);
        return saved(copy, RevisionSummary.copied(from.name()));
    }

    public QuestionInfo move(String slug, long id, Long collectionId) {
        access.enter(slug, RESOURCE, "edit");
        Question question = editable(slug, id);
        rights.requireFilingTarget(slug, collectionId);
        QuestionContent c = question.content();
        return change(question, new QuestionContent(c.name(), c.description(), c.dataSourceId(), c.sql(),
                c.parametersJson(), c.visualizationType(), c.visualizationSettingsJson(), collectionId,
                c.cacheTtlSeconds()), null);
    }

    /** To the trash (nothing else changes; the question keeps its place to be restored to). */
    public QuestionInfo archive(String slug, long id) {
        access.enter(slug, RESOURCE, "edit");
        Question question = curated(slug, id);
        if (!question.archived()) {
            question.archive(caller.userId());
        }
        em.flush();
        return store.info(question);
    }

    public QuestionInfo restore(String slug, long id) {
        access.enter(slug, RESOURCE, "edit");
        Question question = curated(slug, id);
        question.restoreFromTrash();
        em.flush();
        return store.info(question);
    }

    /** Deletes a question for good, with its revisions and bookmarks; only from the trash (else 409). */
    public void delete(String slug, long id) {
        access.enter(slug, RESOURCE, "edit");
        Question question = curated(slug, id);
        if (!question.archived()) {
            throw new ConflictException("Question " + id + " is not in the trash: archive it first, then delete it "
                    + "for good.");
        }
        em.createNamedQuery(Bookmark.OF_ITEM, Bookmark.class).setParameter("type", BookmarkKind.QUESTION)
                .setParameter("item", id).getResultList().forEach(em::remove);
        em.createQuery("DELETE FROM QuestionRevision r WHERE r.questionId = :question")
                .setParameter("question", id).executeUpdate();
        em.remove(question);
    }

    public QuestionInfo pin(String slug, long id, boolean pinned) {
        access.enter(slug, RESOURCE, "edit");
        Question question = curated(slug, id);
        question.pin(pinned);
        em.flush();
        return store.info(question);
    }

    /** Newest first, with who saved each revision (their name from the control schema) and what changed. */
    public List<RevisionInfo> revisions(String slug, long id) {
        Question question = visible(slug, id);
        List<QuestionRevision> all = revisions.of(question.id());
        Map<Long, String> names = store.names(all.stream().map(QuestionRevision::userId)
                .collect(Collectors.toSet()));
        return all.stream().map(r -> new RevisionInfo(r.number(), r.userId(), names.get(r.userId()), r.createdAt(),
                r.summary())).toList();
    }

    /**
     * Makes a revision's content current again and records that as a new revision "Restored revision N". A
     * collection that no longer exists (or is in the trash) is not restored: the question stays where it is.
     */
    public QuestionInfo restoreRevision(String slug, long id, int number) {
        Tenant tenant = access.enter(slug, RESOURCE, "edit");
        Question question = editable(slug, id);
        QuestionForm old = QuestionJson.contentOf(revisions.find(question.id(), number).snapshot());
        Long target = old.collectionId();
        if (target != null && !store.collectionState(target).map(c -> !c.archived()).orElse(false)) {
            target = question.collectionId().orElse(null);
        }
        QuestionForm form = new QuestionForm(old.name(), old.description(), old.dataSourceId(), old.sql(),
                old.parameters(), old.visualization(), target, old.cacheTtlSeconds(), null);
        return change(question, content(tenant, form), RevisionSummary.restored(number));
    }

    /** Runs the question with {@code values} over its defaults; the first page (see {@link QuestionRuns#run}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public QuestionRun run(String slug, long id, List<ParameterForm> values) {
        return runs.run(slug, id, values);
    }

    /** Reads up to the chart row limit and renders the question's visualization (see {@link QuestionRuns}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public RenderedViz visualize(String slug, long id, List<ParameterForm> values, Locale locale) {
        return runs.visualize(slug, id, values, locale);
    }

    /** The rows the question's visualization draws, up to the chart row limit (see {@link QuestionRuns}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public VizData chartRows(String slug, long id, List<ParameterForm> values) {
        return runs.chartRows(slug, id, values);
    }

    private QuestionInfo change(Question question, QuestionContent content, String fixedSummary) {
        String summary = fixedSummary != null ? fixedSummary : RevisionSummary.of(question.content(), content);
        if (summary.isEmpty()) {
            return store.info(question);
        }
        question.define(content);
        return saved(question, summary);
    }

    private QuestionInfo saved(Question question, String summary) {
        em.flush();
        QuestionInfo info = store.info(question);
        revisions.write(question.id(), caller.userId(), summary, QuestionJson.snapshot(info));
        return info;
    }

    /** Checks every part a person sent; the collection must exist here and be curated by the caller. */
    private QuestionContent content(Tenant tenant, QuestionForm form) {
        String name = QuestionChecks.name(form.name(), "The name");
        String description = QuestionChecks.description(form.description());
        if (form.dataSourceId() == null) {
            throw new InvalidInputException("dataSourceId is required: which data source does the question ask?");
        }
        if (sources.find(new Slug(tenant.slug()), form.dataSourceId()).isEmpty()) {
            throw new NotFoundException("There is no data source " + form.dataSourceId() + " in '" + tenant.slug()
                    + "'.");
        }
        String sql = QuestionChecks.sql(form.sql());
        List<QuestionParameter> parameters = QuestionChecks.parameters(sql, form.parameters());
        Visualization viz = visualizations.check(form.visualization() == null
                ? new Visualization("table", Map.of()) : form.visualization());
        Integer ttl = QuestionChecks.cacheTtl(form.cacheTtlSeconds());
        rights.requireFilingTarget(tenant.slug(), form.collectionId());
        return new QuestionContent(name, description, form.dataSourceId(), sql, QuestionJson.parameters(parameters),
                viz.type(), QuestionJson.settings(viz.settings()), form.collectionId(), ttl);
    }


    private Question visible(String slug, long id) {
        access.enter(slug, RESOURCE, "view");
        Question question = store.find(slug, id);
        rights.require(slug, question.collectionId().orElse(null), CollectionAccess.VIEW);
        return question;
    }

    private Question curated(String slug, long id) {
        Question question = store.find(slug, id);
        rights.require(slug, question.collectionId().orElse(null), CollectionAccess.CURATE);
        return question;
    }

    /** Curated and not in the trash: content can change. */
    private Question editable(String slug, long id) {
        Question question = curated(slug, id);
        if (question.archived()) {
            throw new ConflictException("Question " + id + " is in the trash; restore it before editing.");
        }
        return question;
    }

    private boolean mayView(String slug, Long collectionId) {
        return accessOf(slug, collectionId).allows(CollectionAccess.VIEW);
    }

    private CollectionAccess accessOf(String slug, Long collectionId) {
        try {
            return rights.accessOf(slug, collectionId);
        } catch (NotFoundException invisible) {
            return CollectionAccess.NONE;
        }
    }

    private static QuestionForm required(QuestionForm form) {
        if (form == null) {
            throw new InvalidInputException("Send the question: {\"name\", \"dataSourceId\", \"sql\", …}.");
        }
        return form;
    }
}
