package com.insightiq.question.api;

import com.insightiq.query.boundary.ParameterForm;
import java.util.List;

/** The small request bodies of the questions API besides the question itself. */
public final class QuestionRequests {
    private QuestionRequests() {
    }

    /** POST …/questions/{id}/run: values for the question's parameters (merged over its defaults). */
    public record Run(List<ParameterForm> parameters) {
    }

    /** POST …/questions/{id}/duplicate: both optional ("… (copy)" in the same collection). */
    public record Duplicate(String name, Long collectionId) {
    }

    /** POST …/questions/{id}/move: the target collection (null: "Our analytics"). */
    public record Move(Long collectionId) {
    }
}
