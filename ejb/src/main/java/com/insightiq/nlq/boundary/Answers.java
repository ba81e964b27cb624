package com.insightiq.nlq.boundary;

import com.insightiq.connection.control.Driver;
import com.insightiq.nlq.control.Interpretation;
import com.insightiq.nlq.control.Interpretations;
import com.insightiq.nlq.control.NlQuery;
import com.insightiq.nlq.control.NlSql;
import com.insightiq.nlq.control.NlStatement;
import com.insightiq.nlq.control.SchemaLexicon;
import com.insightiq.nlq.control.Translation;
import com.insightiq.platform.control.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Turns what the engine (or a person, or a curator) made of a question into the API's {@link NlqAnswer}: the query
 * compiled for the source's driver (template + bound parameters to run, readable SQL to show) and said in words.
 */
@ApplicationScoped
class Answers {
    static final String ANSWERED = Translation.Status.ANSWERED.code();

    @Inject
    NlSql sql;

    @Inject
    Interpretations interpretations;

    /**
     * The engine's translation. An answered query that does not compile is an engine fault, not the person's: it is
     * reported as cannot_answer with the reason, never as a guessed statement.
     */
    NlqAnswer of(String question, SchemaLexicon lexicon, Driver driver, Translation t) {
        List<AnswerChoice> choices = t.choices().stream().map(c -> new AnswerChoice(c.label(),
                describe(c.query(), lexicon), c.query())).toList();
        if (t.status() != Translation.Status.ANSWERED || t.query() == null) {
            Translation.Status status = t.status() == Translation.Status.ANSWERED
                    ? Translation.Status.CANNOT_ANSWER : t.status();
            return new NlqAnswer(status.code(), null, null, t.reason(), t.confidence(), choices, question,
                    lexicon.dataSourceId(), null, List.of(), t.understood(), t.notUnderstood(), null, List.of(), null);
        }
        NlStatement statement;
        try {
            statement = sql.compile(t.query(), lexicon, driver);
        } catch (InvalidInputException e) {
            return new NlqAnswer(Translation.Status.CANNOT_ANSWER.code(), null, null,
                    "The reading could not be written as SQL: " + e.getMessage(), 0, List.of(), question,
                    lexicon.dataSourceId(), null, List.of(), t.understood(), t.notUnderstood(), null, List.of(), null);
        }
        Interpretation words = interpretations.describe(t.query(), lexicon);
        return new NlqAnswer(ANSWERED, statement.sql(), words.text(), words.explanation(), t.confidence(), choices,
                question, lexicon.dataSourceId(), t.query(), words.chips(), t.understood(), t.notUnderstood(),
                statement.template(), statement.parameters(), null);
    }

    /**
     * A query a person corrected or a curator verified: compiled as given (400 when it names ids that are not in this
     * tenant's lexicon of the source, or values that do not fit), confidence 1.
     */
    NlqAnswer given(String question, SchemaLexicon lexicon, Driver driver, NlQuery query, Long verifiedAnswerId) {
        NlStatement statement = sql.compile(query, lexicon, driver);
        Interpretation words = interpretations.describe(query, lexicon);
        String explanation = verifiedAnswerId == null ? words.explanation()
                : join("This question has a verified answer; it was used as it is.", words.explanation());
        return new NlqAnswer(ANSWERED, statement.sql(), words.text(), explanation, 1.0, List.of(), question,
                lexicon.dataSourceId(), query, words.chips(), List.of(), List.of(), statement.template(),
                statement.parameters(), verifiedAnswerId);
    }

    /** The one-line reading, or null when the query no longer fits the catalog (for lists, never an error). */
    String describe(NlQuery query, SchemaLexicon lexicon) {
        if (query == null) {
            return null;
        }
        try {
            return interpretations.describe(query, lexicon).text();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The readable SQL, or null when the query no longer compiles against the catalog. */
    String sqlOf(NlQuery query, SchemaLexicon lexicon, Driver driver) {
        try {
            return sql.compile(query, lexicon, driver).sql();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String join(String first, String second) {
        return second == null || second.isBlank() ? first : first + " " + second;
    }
}
