package com.insightiq.nlq.control;

/** Says an {@link NlQuery} in words with the catalog's display names. CONTRACT STUB. */
public class Interpretations {

    public Interpretation describe(NlQuery query, SchemaLexicon lexicon) {
        throw new UnsupportedOperationException("not yet");
    }
}
