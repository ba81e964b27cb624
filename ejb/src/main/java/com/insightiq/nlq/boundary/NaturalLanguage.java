package com.insightiq.nlq.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.access.control.RolePermissions;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.Drivers;
import com.insightiq.connection.entity.DataSource;
import com.insightiq.nlq.control.ChartSuggestion;
import com.insightiq.nlq.control.LanguagePipeline;
import com.insightiq.nlq.control.LexiconSource;
import com.insightiq.nlq.control.NlQuery;
import com.insightiq.nlq.control.NlqEngine;
import com.insightiq.nlq.control.ParsedQuestion;
import com.insightiq.nlq.control.PipelineState;
import com.insightiq.nlq.control.QueryJson;
import com.insightiq.nlq.control.QuestionKeys;
import com.insightiq.nlq.control.QuestionLimits;
import com.insightiq.nlq.control.SchemaLexicon;
import com.insightiq.nlq.entity.VerifiedAnswer;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import com.insightiq.query.boundary.ExecutionState;
import com.insightiq.query.boundary.Queries;
import com.insightiq.query.boundary.QueryForm;
import com.insightiq.tenancy.control.TenantAccess;
import com.insightiq.tenancy.control.TenantRegistry;
import com.insightiq.tenancy.entity.Slug;
import com.insightiq.tenancy.entity.Tenant;
import com.insightiq.viz.control.ReportZones;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Natural-language questions of one tenant. Permissions: {@code nlq:ask} (analysts, admins) for
 * translate/ask/compile/feedback; {@code nlq:curate} (admins) for synonyms, verified answers and reviewing feedback
 * ({@link Curation}). Every method enters the tenant first; a data source of another tenant is unknown (404).
 * {@code ask} holds no transaction while the query runs: the translation commits first, then the query engine runs
 * the template with its values bound, exactly as the SQL editor does.
 */
@Stateless
public class NaturalLanguage {
    public static final String RESOURCE = "nlq";
    public static final String ASK = "ask";
    public static final String CURATE = "curate";

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    TenantAccess access;

    @Inject
    TenantRegistry registry;

    @Inject
    Caller caller;

    @Inject
    LanguagePipeline pipeline;

    @Inject
    LexiconSource lexicons;

    @Inject
    NlqEngine engine;

    @Inject
    Answers answers;

    @Inject
    Drivers drivers;

    @Inject
    ReportZones zones;

    @Inject
    Queries queries;

    @Inject
    Curation curation;

    @Inject
    @ConfigProperty(name = "insightiq.nlq.ask-wait-seconds", defaultValue = "10")
    int askWaitSeconds;

    @Resource
    SessionContext context;

    public NlqAnswer translate(String slug, TranslateForm form) {
        Tenant tenant = access.enter(slug, RESOURCE, ASK);
        TranslateForm request = form == null ? new TranslateForm(null, null, null, null) : form;
        long sourceId = requireSource(slug, request.dataSourceId());
        String question = QuestionLimits.question(request.question());
        String guidance = QuestionLimits.context(request.context());
        LocalDate reference = QuestionLimits.referenceDate(request.referenceDate(),
                LocalDate.now(zones.zoneOf(new Slug(tenant.slug()))));
        SchemaLexicon lexicon = lexicons.load(sourceId);
        Driver driver = drivers.forEngine(lexicon.engine());
        ParsedQuestion parsed = pipeline.parse(question, reference);
        Optional<NlqAnswer> verified = verifiedAnswer(question, parsed, lexicon, driver);
        if (verified.isPresent()) {
            return verified.get();
        }
        ParsedQuestion parsedContext = guidance == null ? null : pipeline.parse(guidance, reference);
        return answers.of(question, lexicon, driver, engine.translate(parsed, parsedContext, lexicon));
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AskResult ask(String slug, TranslateForm form) {
        return run(slug, self().translate(slug, form));
    }

    public NlqAnswer compile(String slug, CompileForm form) {
        access.enter(slug, RESOURCE, ASK);
        CompileForm request = form == null ? new CompileForm(null, null, null) : form;
        long sourceId = requireSource(slug, request.dataSourceId());
        String question = QuestionLimits.question(request.question());
        NlQuery query = requireQuery(request.query());
        SchemaLexicon lexicon = lexicons.load(sourceId);
        return answers.given(question, lexicon, drivers.forEngine(lexicon.engine()), query, null);
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public AskResult askCompiled(String slug, CompileForm form) {
        return run(slug, self().compile(slug, form));
    }

    public FeedbackInfo report(String slug, FeedbackForm form) {
        access.enter(slug, RESOURCE, ASK);
        return curation.report(slug, form);
    }

    public List<FeedbackInfo> feedback(String slug, String state) {
        access.enter(slug, RESOURCE, CURATE);
        return curation.feedback(state);
    }

    public FeedbackInfo review(String slug, long feedbackId, String state) {
        access.enter(slug, RESOURCE, CURATE);
        return curation.review(slug, feedbackId, state);
    }

    public List<SynonymInfo> synonyms(String slug, long dataSourceId) {
        access.enter(slug, RESOURCE, CURATE);
        return curation.synonyms(requireSource(slug, dataSourceId));
    }

    public SynonymInfo addSynonym(String slug, SynonymForm form) {
        access.enter(slug, RESOURCE, CURATE);
        SynonymForm request = form == null ? new SynonymForm(null, null, null, null, null, null) : form;
        return curation.addSynonym(requireSource(slug, request.dataSourceId()), request);
    }

    public void deleteSynonym(String slug, long id) {
        access.enter(slug, RESOURCE, CURATE);
        curation.deleteSynonym(slug, id);
    }

    public List<VerifiedInfo> verifiedAnswers(String slug, long dataSourceId) {
        access.enter(slug, RESOURCE, CURATE);
        return curation.verifiedAnswers(requireSource(slug, dataSourceId));
    }

    public VerifiedInfo verify(String slug, VerifiedForm form) {
        access.enter(slug, RESOURCE, CURATE);
        VerifiedForm request = form == null ? new VerifiedForm(null, null, null) : form;
        return curation.verify(requireSource(slug, request.dataSourceId()), request);
    }

    public void deleteVerified(String slug, long id) {
        access.enter(slug, RESOURCE, CURATE);
        curation.deleteVerified(slug, id);
    }

    /** Whether questions can be answered now (the pipeline loads in the background): any member may ask this. */
    public PipelineState pipelineState(String slug) {
        Tenant tenant = registry.activeBySlug(slug);
        caller.require(RolePermissions.enter(tenant.slug()), "You are not a member of tenant '" + tenant.slug() + "'.");
        return pipeline.state();
    }

    /** The data source id when it is one of this tenant's; 400 when missing, 404 when unknown here. */
    long requireSource(String slug, Long dataSourceId) {
        if (dataSourceId == null) {
            throw new InvalidInputException("The dataSourceId is required.");
        }
        if (em.find(DataSource.class, dataSourceId) == null) {
            throw new NotFoundException("There is no data source " + dataSourceId + " in '" + slug + "'.");
        }
        return dataSourceId;
    }

    static NlQuery requireQuery(NlQuery query) {
        if (query == null) {
            throw new InvalidInputException("The query is required: the interpretation to compile, as translate "
                    + "returned it.");
        }
        return query;
    }

    /** A curator's answer for the same words (any order): used as it is while it still fits the catalog. */
    private Optional<NlqAnswer> verifiedAnswer(String question, ParsedQuestion parsed, SchemaLexicon lexicon,
            Driver driver) {
        String key = Curation.key(QuestionKeys.of(parsed));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Optional<VerifiedAnswer> found = em.createNamedQuery(VerifiedAnswer.BY_KEY, VerifiedAnswer.class)
                .setParameter("source", lexicon.dataSourceId()).setParameter("key", key).getResultStream().findFirst();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(answers.given(question, lexicon, driver, QueryJson.parse(found.get().queryJson()),
                    found.get().id()));
        } catch (InvalidInputException e) {
            // The catalog changed under the verified query (a column went away): translate afresh instead.
            return Optional.empty();
        }
    }

    /** Runs an answered question's template with its bound values and suggests how to show the result. */
    private AskResult run(String slug, NlqAnswer answer) {
        if (!Answers.ANSWERED.equals(answer.status())) {
            return new AskResult(answer, null, null);
        }
        ExecutionState state = queries.submit(slug, new QueryForm(answer.dataSourceId(), answer.template(),
                answer.parameters(), null, null));
        if (!state.finished()) {
            state = queries.await(slug, state.executionId(), Duration.ofSeconds(Math.max(0, askWaitSeconds)));
        }
        String visualization = state.result() == null ? ChartSuggestion.of(answer.query(), null, null)
                : ChartSuggestion.of(answer.query(), state.result().columns(), state.result().rows().size());
        return new AskResult(answer, state, visualization);
    }

    /** This bean through the container, so each step gets its own transaction attribute. */
    private NaturalLanguage self() {
        return context.getBusinessObject(NaturalLanguage.class);
    }
}
