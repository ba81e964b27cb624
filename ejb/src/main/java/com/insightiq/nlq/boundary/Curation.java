package com.insightiq.nlq.boundary;

import com.insightiq.access.control.Caller;
import com.insightiq.catalog.entity.CatalogColumn;
import com.insightiq.catalog.entity.CatalogTable;
import com.insightiq.connection.control.Driver;
import com.insightiq.connection.control.Drivers;
import com.insightiq.nlq.control.LanguagePipeline;
import com.insightiq.nlq.control.LexiconSource;
import com.insightiq.nlq.control.NlQuery;
import com.insightiq.nlq.control.PhraseKeys;
import com.insightiq.nlq.control.QueryJson;
import com.insightiq.nlq.control.QuestionKeys;
import com.insightiq.nlq.control.QuestionLimits;
import com.insightiq.nlq.control.SchemaLexicon;
import com.insightiq.nlq.control.Translation;
import com.insightiq.nlq.entity.FeedbackState;
import com.insightiq.nlq.entity.NlqFeedback;
import com.insightiq.nlq.entity.NlqSynonym;
import com.insightiq.nlq.entity.SynonymTarget;
import com.insightiq.nlq.entity.VerifiedAnswer;
import com.insightiq.platform.control.ConflictException;
import com.insightiq.platform.control.InvalidInputException;
import com.insightiq.platform.control.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What people teach the engine and report about it, in the tenant the boundary entered (its transaction): synonyms,
 * verified answers and "this is wrong" feedback. Checks no rights; {@link NaturalLanguage} did.
 */
@ApplicationScoped
class Curation {
    /** Lists stop here; a tenant with more open reports reviews them newest first. */
    static final int MAX_LISTED = 500;
    static final int KEY_LENGTH = 500;

    @PersistenceContext(unitName = "insightiq")
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    LanguagePipeline pipeline;

    @Inject
    LexiconSource lexicons;

    @Inject
    Drivers drivers;

    @Inject
    Answers answers;

    FeedbackInfo report(String slug, FeedbackForm form) {
        FeedbackForm f = form == null ? new FeedbackForm(null, null, null, null, null, null) : form;
        if (f.dataSourceId() == null) {
            throw new InvalidInputException("The dataSourceId is required.");
        }
        if (em.find(com.insightiq.connection.entity.DataSource.class, f.dataSourceId()) == null) {
            throw new NotFoundException("There is no data source " + f.dataSourceId() + " in '" + slug + "'.");
        }
        String question = QuestionLimits.question(f.question());
        String status = status(f.status());
        String comment = QuestionLimits.optional("comment", f.comment(), QuestionLimits.COMMENT_LENGTH);
        String sql = f.sql() == null || f.sql().isBlank() ? null : f.sql().strip();
        if (sql != null && sql.length() > QuestionLimits.SQL_LENGTH) {
            throw new InvalidInputException("The sql is too long (at most " + QuestionLimits.SQL_LENGTH
                    + " characters).");
        }
        String interpretation = null;
        if (f.query() != null) {
            interpretation = lexicon(f.dataSourceId()).map(l -> answers.describe(f.query(), l)).orElse(null);
        }
        NlqFeedback feedback = new NlqFeedback(f.dataSourceId(), caller.userId(), question, status, interpretation,
                f.query() == null ? null : QueryJson.of(f.query()), sql, comment);
        em.persist(feedback);
        em.flush();
        return info(feedback);
    }

    List<FeedbackInfo> feedback(String state) {
        FeedbackState wanted = state == null || state.isBlank() ? FeedbackState.OPEN : state(state);
        return em.createNamedQuery(NlqFeedback.BY_STATE, NlqFeedback.class).setParameter("state", wanted)
                .setMaxResults(MAX_LISTED).getResultStream().map(Curation::info).toList();
    }

    FeedbackInfo review(String slug, long id, String state) {
        NlqFeedback feedback = em.find(NlqFeedback.class, id);
        if (feedback == null) {
            throw new NotFoundException("There is no feedback " + id + " in '" + slug + "'.");
        }
        FeedbackState outcome = state(state);
        if (outcome == FeedbackState.OPEN) {
            throw new InvalidInputException("A review resolves or dismisses: state is resolved or dismissed.");
        }
        feedback.review(outcome, caller.userId());
        em.flush();
        return info(feedback);
    }

    List<SynonymInfo> synonyms(long sourceId) {
        return em.createNamedQuery(NlqSynonym.OF_SOURCE, NlqSynonym.class).setParameter("source", sourceId)
                .setMaxResults(MAX_LISTED * 10).getResultStream().map(Curation::info).toList();
    }

    SynonymInfo addSynonym(long sourceId, SynonymForm form) {
        String phrase = QuestionLimits.optional("phrase", form.phrase(), QuestionLimits.PHRASE_LENGTH);
        if (phrase == null) {
            throw new InvalidInputException("The phrase is required (1 to " + QuestionLimits.PHRASE_LENGTH
                    + " characters).");
        }
        SynonymTarget target = target(form.target());
        Long tableId = null;
        Long columnId = null;
        String value = null;
        switch (target) {
            case TABLE -> tableId = table(sourceId, form.tableId());
            case COLUMN -> columnId = column(sourceId, form.columnId());
            case VALUE -> {
                columnId = column(sourceId, form.columnId());
                value = QuestionLimits.optional("value", form.value(), QuestionLimits.VALUE_LENGTH);
                if (value == null) {
                    throw new InvalidInputException("A value synonym needs the value it stands for.");
                }
            }
        }
        String key = PhraseKeys.of(pipeline.parse(phrase, LocalDate.now()));
        if (key.isEmpty() || key.length() > QuestionLimits.PHRASE_LENGTH) {
            throw new InvalidInputException("The phrase needs at least one word (letters or digits) and at most "
                    + QuestionLimits.PHRASE_LENGTH + " characters.");
        }
        boolean taken = em.createNamedQuery(NlqSynonym.BY_KEY, NlqSynonym.class).setParameter("source", sourceId)
                .setParameter("key", key).getResultStream().findAny().isPresent();
        if (taken) {
            throw new ConflictException("This data source already has a synonym for '" + phrase + "' (read as '"
                    + key + "'); delete it first.");
        }
        NlqSynonym synonym = new NlqSynonym(sourceId, caller.userId());
        synonym.define(phrase, key, target, tableId, columnId, value);
        em.persist(synonym);
        em.flush();
        return info(synonym);
    }

    void deleteSynonym(String slug, long id) {
        NlqSynonym synonym = em.find(NlqSynonym.class, id);
        if (synonym == null) {
            throw new NotFoundException("There is no synonym " + id + " in '" + slug + "'.");
        }
        em.remove(synonym);
    }

    List<VerifiedInfo> verifiedAnswers(long sourceId) {
        List<VerifiedAnswer> all = em.createNamedQuery(VerifiedAnswer.OF_SOURCE, VerifiedAnswer.class)
                .setParameter("source", sourceId).setMaxResults(MAX_LISTED).getResultList();
        Optional<SchemaLexicon> lexicon = all.isEmpty() ? Optional.empty() : lexicon(sourceId);
        return all.stream().map(v -> info(v, lexicon)).toList();
    }

    /** Stores the query under the question's key, replacing a verified answer with the same key. */
    VerifiedInfo verify(long sourceId, VerifiedForm form) {
        String question = QuestionLimits.question(form.question());
        NlQuery query = NaturalLanguage.requireQuery(form.query());
        SchemaLexicon lexicon = lexicons.load(sourceId);
        Driver driver = drivers.forEngine(lexicon.engine());
        NlqAnswer checked = answers.given(question, lexicon, driver, query, null);
        String key = key(QuestionKeys.of(pipeline.parse(question, LocalDate.now())));
        if (key.isEmpty()) {
            throw new InvalidInputException("The question has no words to find it again by.");
        }
        VerifiedAnswer answer = em.createNamedQuery(VerifiedAnswer.BY_KEY, VerifiedAnswer.class)
                .setParameter("source", sourceId).setParameter("key", key).getResultStream().findFirst()
                .orElseGet(() -> new VerifiedAnswer(sourceId, caller.userId()));
        answer.define(question, key, QueryJson.of(query));
        if (!em.contains(answer)) {
            em.persist(answer);
        }
        em.flush();
        return new VerifiedInfo(answer.id(), sourceId, question, checked.interpretation(), checked.sql(),
                answer.createdBy(), answer.createdAt());
    }

    void deleteVerified(String slug, long id) {
        VerifiedAnswer answer = em.find(VerifiedAnswer.class, id);
        if (answer == null) {
            throw new NotFoundException("There is no verified answer " + id + " in '" + slug + "'.");
        }
        em.remove(answer);
    }

    /** A question key as stored (the column holds 500 characters). */
    static String key(String questionKey) {
        String key = questionKey == null ? "" : questionKey.strip();
        return key.length() > KEY_LENGTH ? key.substring(0, KEY_LENGTH) : key;
    }

    /** The lexicon for describing stored queries, or none when the catalog cannot be read now (lists still work). */
    private Optional<SchemaLexicon> lexicon(long sourceId) {
        try {
            return Optional.of(lexicons.load(sourceId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Long table(long sourceId, Long tableId) {
        if (tableId == null) {
            throw new InvalidInputException("A table synonym needs the tableId.");
        }
        CatalogTable table = em.find(CatalogTable.class, tableId);
        if (table == null || table.dataSourceId() != sourceId) {
            throw new InvalidInputException("Table " + tableId + " is not a table of data source " + sourceId + ".");
        }
        return tableId;
    }

    private Long column(long sourceId, Long columnId) {
        if (columnId == null) {
            throw new InvalidInputException("A column or value synonym needs the columnId.");
        }
        CatalogColumn column = em.find(CatalogColumn.class, columnId);
        CatalogTable table = column == null ? null : em.find(CatalogTable.class, column.tableId());
        if (table == null || table.dataSourceId() != sourceId) {
            throw new InvalidInputException("Column " + columnId + " is not a column of data source " + sourceId
                    + ".");
        }
        return columnId;
    }

    private static String status(String status) {
        String code = status == null ? "" : status.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(Translation.Status.values()).map(Translation.Status::code).filter(code::equals)
                .findFirst().orElseThrow(() -> new InvalidInputException(
                        "The status must be answered, ambiguous or cannot_answer (what the answer said)."));
    }

    private static FeedbackState state(String state) {
        String name = state == null ? "" : state.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(FeedbackState.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("The state must be open, resolved or dismissed."));
    }

    private static SynonymTarget target(String target) {
        String name = target == null ? "" : target.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(SynonymTarget.values()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new InvalidInputException("The target must be table, column or value."));
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static FeedbackInfo info(NlqFeedback f) {
        return new FeedbackInfo(f.id(), f.dataSourceId(), f.question(), f.answerStatus(),
                f.interpretation().orElse(null), f.sql().orElse(null), f.comment().orElse(null), code(f.state()),
                f.createdBy(), f.createdAt(), f.reviewedBy().orElse(null), f.reviewedAt().orElse(null));
    }

    static SynonymInfo info(NlqSynonym s) {
        return new SynonymInfo(s.id(), s.dataSourceId(), s.phrase(), code(s.target()), s.tableId().orElse(null),
                s.columnId().orElse(null), s.value().orElse(null), s.createdBy(), s.createdAt());
    }

    private VerifiedInfo info(VerifiedAnswer v, Optional<SchemaLexicon> lexicon) {
        String interpretation = null;
        String sql = null;
        if (lexicon.isPresent()) {
            try {
                NlQuery query = QueryJson.parse(v.queryJson());
                interpretation = answers.describe(query, lexicon.get());
                sql = answers.sqlOf(query, lexicon.get(), drivers.forEngine(lexicon.get().engine()));
            } catch (InvalidInputException e) {
                interpretation = null;
            }
        }
        return new VerifiedInfo(v.id(), v.dataSourceId(), v.question(), interpretation, sql, v.createdBy(),
                v.createdAt());
    }
}
