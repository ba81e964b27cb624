package com.insightiq.nlq.control;

import java.util.List;
import java.util.Locale;

/**
 * What the engine made of a question: the query when {@code ANSWERED}; the candidates when {@code AMBIGUOUS} (never a
 * pick among them); when {@code CANNOT_ANSWER} no query, with the words it understood and those it did not, and a
 * reason a person can act on. A low confidence is never returned as ANSWERED.
 */
public record Translation(Status status, NlQuery query, double confidence, List<Choice> choices,
        List<String> understood, List<String> notUnderstood, String reason) {

    public Translation {
        choices = choices == null ? List.of() : List.copyOf(choices);
        understood = understood == null ? List.of() : List.copyOf(understood);
        notUnderstood = notUnderstood == null ? List.of() : List.copyOf(notUnderstood);
    }

    public enum Status {
        ANSWERED, AMBIGUOUS, CANNOT_ANSWER;

        /** The API's code: answered, ambiguous, cannot_answer. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One reading of an ambiguous question: what differs in words ("Orders joined to People by Customer ID"). */
    public record Choice(String label, NlQuery query) {
    }

    public static Translation cannotAnswer(String reason, List<String> understood, List<String> notUnderstood) {
        return new Translation(Status.CANNOT_ANSWER, null, 0, List.of(), understood, notUnderstood, reason);
    }
}
