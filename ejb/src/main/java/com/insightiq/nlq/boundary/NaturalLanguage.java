package com.insightiq.nlq.boundary;

import jakarta.ejb.Stateless;
import java.util.List;

/**
 * Natural-language questions of one tenant. CONTRACT STUB: signatures are fixed, bodies to be implemented.
 * Permissions: {@code nlq:ask} (analysts, admins) for translate/ask/compile/feedback; {@code nlq:curate} (admins) for
 * synonyms, verified answers and reviewing feedback.
 */
@Stateless
public class NaturalLanguage {
    public static final String RESOURCE = "nlq";
    public static final String ASK = "ask";
    public static final String CURATE = "curate";

    public NlqAnswer translate(String slug, TranslateForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public AskResult ask(String slug, TranslateForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public NlqAnswer compile(String slug, CompileForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public AskResult askCompiled(String slug, CompileForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public FeedbackInfo report(String slug, FeedbackForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<FeedbackInfo> feedback(String slug, String state) {
        throw new UnsupportedOperationException("not yet");
    }

    public FeedbackInfo review(String slug, long feedbackId, String state) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<SynonymInfo> synonyms(String slug, long dataSourceId) {
        throw new UnsupportedOperationException("not yet");
    }

    public SynonymInfo addSynonym(String slug, SynonymForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public void deleteSynonym(String slug, long id) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<VerifiedInfo> verifiedAnswers(String slug, long dataSourceId) {
        throw new UnsupportedOperationException("not yet");
    }

    public VerifiedInfo verify(String slug, VerifiedForm form) {
        throw new UnsupportedOperationException("not yet");
    }

    public void deleteVerified(String slug, long id) {
        throw new UnsupportedOperationException("not yet");
    }
}
