package com.insightiq.nlq.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A parsed question seen the way the linker needs it: each word's forms in {@link WordForms} normal form (its lemma
 * and its text), punctuation, and the spans people put in quotes ("the domain "Data Science"").
 */
final class QuestionWords {

    record Quote(int first, int end) {
    }

    private final ParsedQuestion question;
    private final List<Set<String>> forms = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final boolean[] quoted;

    QuestionWords(ParsedQuestion question) {
        this.question = question;
        for (ParsedQuestion.Word w : question.words()) {
            Set<String> f = new LinkedHashSet<>();
            String lemma = WordForms.norm(w.lemma());
            String text = WordForms.norm(w.text());
            if (!lemma.isEmpty()) {
                f.add(lemma);
            }
            if (!text.isEmpty()) {
                f.add(text);
            }
            forms.add(f);
        }
        quoted = new boolean[question.words().size()];
        int open = -1;
        for (int i = 0; i < size(); i++) {
            String t = word(i).text();
            boolean mark = t.equals("\"") || t.equals("``") || t.equals("''") || t.equals("'") || t.equals("`")
                    || t.equals("\u201c") || t.equals("\u201d") || t.equals("\u2018") || t.equals("\u2019");
            if (!mark) {
                continue;
            }
            if (open < 0) {
                open = i;
            } else {
                if (i > open + 1) {
                    quotes.add(new Quote(open + 1, i));
                    for (int k = open + 1; k < i; k++) {
                        quoted[k] = true;
                    }
                }
                open = -1;
            }
        }
    }

    ParsedQuestion parsed() {
        return question;
    }

    int size() {
        return question.words().size();
    }

    ParsedQuestion.Word word(int i) {
        return question.words().get(i);
    }

    Set<String> forms(int i) {
        return forms.get(i);
    }

    /** The lemma in lower case (not singularised): what cue words are compared with. */
    String lower(int i) {
        if (i < 0 || i >= size()) {
            return "";
        }
        String lemma = word(i).lemma() == null ? word(i).text() : word(i).lemma();
        return lemma.toLowerCase(Locale.ROOT);
    }

    /** The word as written, in lower case ("higher", where the lemma says "high"). */
    String surface(int i) {
        return i < 0 || i >= size() ? "" : word(i).text().toLowerCase(Locale.ROOT);
    }

    String pos(int i) {
        return i < 0 || i >= size() ? "" : word(i).pos();
    }

    boolean isPunctuation(int i) {
        String t = word(i).text();
        return !t.isEmpty() && t.chars().noneMatch(Character::isLetterOrDigit);
    }

    boolean quoted(int i) {
        return i >= 0 && i < quoted.length && quoted[i];
    }

    List<Quote> quotes() {
        return quotes;
    }

    /** The original text of words [first, end). */
    String text(int first, int end) {
        if (first >= end) {
            return "";
        }
        return question.text().substring(word(first).begin(), word(end - 1).end());
    }

    /** The number a word stands for (digits or CoreNLP's normalised NUMBER), when it is one. */
    java.util.Optional<java.math.BigDecimal> number(int i) {
        if (i < 0 || i >= size()) {
            return java.util.Optional.empty();
        }
        ParsedQuestion.Word w = word(i);
        String n = w.normalized();
        if (n != null && ("NUMBER".equals(w.ner()) || "MONEY".equals(w.ner()) || "PERCENT".equals(w.ner()))) {
            String digits = n.replaceAll("^[<>=~]+", "").replaceAll("[^0-9.Ee+-]", "");
            try {
                return java.util.Optional.of(new java.math.BigDecimal(digits).stripTrailingZeros());
            } catch (NumberFormatException e) {
                // fall through to the text
            }
        }
        try {
            return java.util.Optional.of(new java.math.BigDecimal(w.text().replace(",", "")).stripTrailingZeros());
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
