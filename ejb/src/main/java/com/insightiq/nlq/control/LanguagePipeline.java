package com.insightiq.nlq.control;

import java.time.LocalDate;

/**
 * The shared Stanford CoreNLP pipeline (tokenize, ssplit, pos, lemma, numeric ner, SUTime with InsightIQ's rules,
 * depparse), loaded once in the background at startup. CONTRACT STUB: to be implemented.
 */
public class LanguagePipeline {

    /** Annotates one question; {@code referenceDate} anchors relative times. Waits for the load when still loading. */
    public ParsedQuestion parse(String text, LocalDate referenceDate) {
        throw new UnsupportedOperationException("not yet");
    }

    public PipelineState state() {
        throw new UnsupportedOperationException("not yet");
    }
}
