package com.insightiq.nlq.control;

/**
 * From annotations to a structured query: schema linking, measures, grouping, time, comparisons, top-N and joins,
 * with a confidence and an honest status. CONTRACT STUB.
 */
public class NlqEngine {

    /** {@code context}: the request's business guidance parsed by the same pipeline, or null. */
    public Translation translate(ParsedQuestion question, ParsedQuestion context, SchemaLexicon lexicon) {
        throw new UnsupportedOperationException("not yet");
    }
}
