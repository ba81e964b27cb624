package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.insightiq.connection.control.PostgresDriver;
import java.time.LocalDate;

/**
 * Asks the engine the way the NLQ tests do: one CoreNLP pipeline for the whole run (loading it costs seconds, so not
 * once per class) and a fixed reference date, so relative periods ("last year") are the same every day.
 */
final class Asking {
    static final LocalDate REF = LocalDate.parse("2025-05-14");
    private static final NlqEngine ENGINE = new NlqEngine();
    private static QuestionParser parser;

    private Asking() {
    }

    static synchronized QuestionParser parser() {
        if (parser == null) {
            parser = QuestionParser.load();
        }
        return parser;
    }

    static Translation translate(SchemaLexicon lexicon, String question) {
        return ENGINE.translate(parser().parse(question, REF), null, lexicon);
    }

    /** Asked with business guidance, as the API's {@code context}. */
    static Translation translate(SchemaLexicon lexicon, String question, String context) {
        return ENGINE.translate(parser().parse(question, REF), parser().parse(context, REF), lexicon);
    }

    /** The query of an answered question; fails the test with the engine's reason otherwise. */
    static NlQuery answered(SchemaLexicon lexicon, String question) {
        Translation t = translate(lexicon, question);
        assertEquals(Translation.Status.ANSWERED, t.status(), () -> question + ": " + t.reason() + " "
                + t.notUnderstood());
        return t.query();
    }

    /** The SQL of an answered question on one line, as PostgreSQL would get it. */
    static String answeredSql(SchemaLexicon lexicon, String question) {
        return new NlSql().compile(answered(lexicon, question), lexicon, new PostgresDriver()).sql()
                .replaceAll("\\s+", " ");
    }
}
