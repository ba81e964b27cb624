package com.insightiq.nlq.control;

/**
 * The key under which a verified answer is found again: the question's content lemmas, lower-case, de-duplicated
 * and sorted, so "orders by month" and "by month, the orders" meet. CONTRACT STUB.
 */
public final class QuestionKeys {
    private QuestionKeys() {
    }

    public static String of(ParsedQuestion question) {
        throw new UnsupportedOperationException("not yet");
    }
}
