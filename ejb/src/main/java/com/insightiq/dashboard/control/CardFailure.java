package com.insightiq.dashboard.control;

/**
 * Why one card could not answer, as its {@link com.insightiq.dashboard.boundary.CardResult} says it: a code
 * ("bad-filter", "question-missing", "forbidden" or the engine's problem code) and a sentence for the person.
 */
public class CardFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public static final String BAD_FILTER = "bad-filter";
    public static final String QUESTION_MISSING = "question-missing";

    private final String code;

    public CardFailure(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
