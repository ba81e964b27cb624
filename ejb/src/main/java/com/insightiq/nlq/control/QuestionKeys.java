package com.insightiq.nlq.control;

import java.util.Set;
import java.util.TreeSet;

/**
 * The key under which a verified answer is found again: the question's content lemmas, lower-case, de-duplicated
 * and sorted, so "orders by month" and "by month, the orders" meet while "orders by year" does not. Function and
 * command words do not count ("show me the orders" = "orders").
 */
public final class QuestionKeys {
    private static final int MAX_LENGTH = 500;

    private QuestionKeys() {
    }

    public static String of(ParsedQuestion question) {
        Set<String> lemmas = new TreeSet<>();
        for (ParsedQuestion.Word w : question.words()) {
            String lemma = WordForms.norm(w.lemma() == null ? w.text() : w.lemma());
            if (lemma.isEmpty() || lemma.chars().noneMatch(Character::isLetterOrDigit) || Cues.ignorable(lemma)) {
                continue;
            }
            lemmas.add(lemma);
        }
        String key = String.join(" ", lemmas);
        return key.length() > MAX_LENGTH ? key.substring(0, MAX_LENGTH) : key;
    }
}
