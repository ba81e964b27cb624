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
            if (nonPrefixed(w.text())) {
                // "non-vegan food": the value vegan, negated where it is read
                f.add(WordForms.norm(w.text().substring(4)));
            }
            if (w.pos() != null && w.pos().startsWith("VB") && !lemma.isEmpty()) {
                // "rated above 4", "the highest-rated": the verb's noun in -ing is what a column is called (rating)
                f.add(WordForms.gerund(lemma));
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

    /** "non-vegan", "Non-Smoker": a word negated by its own prefix. */
    boolean negatedByPrefix(int i) {
        return i >= 0 && i < size() && nonPrefixed(word(i).text());
    }

    private static boolean nonPrefixed(String text) {
        return text != null && text.length() > 4 && text.regionMatches(true, 0, "non-", 0, 4);
    }

    /** The lemma in lower case (not singularised): what cue words are compared with. */
    String lower(int i) {
        if (i < 0 || i >= size()) {
            return "";
        }
        String lemma = (word(i).lemma() == null ? word(i).text() : word(i).lemma()).toLowerCase(Locale.ROOT);
        if (numberAbbreviation(i, lemma)) {
            return "number"; // "the no. of students", "nr. of orders": the count words read it as written out
        }
        return lemma;
    }

    private boolean numberAbbreviation(int i, String lemma) {
        if (lemma.equals("no.") || lemma.equals("nr.")) {
            return surface(i + 1).equals("of");
        }
        return (lemma.equals("no") || lemma.equals("nr")) && surface(i + 1).equals(".") && surface(i + 2).equals("of");
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

    /** Spelled-out magnitudes that multiply the number written before them ("1.5 million"). */
    private static final java.util.Map<String, java.math.BigDecimal> MAGNITUDES = java.util.Map.of(
            "hundred", java.math.BigDecimal.valueOf(100), "thousand", java.math.BigDecimal.valueOf(1_000),
            "million", java.math.BigDecimal.valueOf(1_000_000), "billion", java.math.BigDecimal.valueOf(1_000_000_000));

    /**
     * The number a word stands for, when it is one: digits as written (times a magnitude word after them: "2
     * million"), else CoreNLP's normalised NUMBER ("a hundred thousand"). Not the normalised value of a span joined
     * by "and"/"to": CoreNLP reads "1 million and 2 million" as one number (1.2E7), which it is not.
     */
    java.util.Optional<java.math.BigDecimal> number(int i) {
        if (i < 0 || i >= size()) {
            return java.util.Optional.empty();
        }
        ParsedQuestion.Word w = word(i);
        java.math.BigDecimal written = digits(w.text());
        if (written != null) {
            for (int k = i + 1; k < size() && MAGNITUDES.containsKey(word(k).text().toLowerCase(Locale.ROOT)); k++) {
                written = written.multiply(MAGNITUDES.get(word(k).text().toLowerCase(Locale.ROOT)));
            }
            return java.util.Optional.of(written.stripTrailingZeros());
        }
        String n = w.normalized();
        if (n != null && ("NUMBER".equals(w.ner()) || "MONEY".equals(w.ner()) || "PERCENT".equals(w.ner()))
                && !joinsTwoNumbers(i)) {
            String number = n.replaceAll("^[<>=~]+", "").replaceAll("[^0-9.Ee+-]", "");
            try {
                return java.util.Optional.of(new java.math.BigDecimal(number).stripTrailingZeros());
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.empty();
    }

    private static java.math.BigDecimal digits(String text) {
        try {
            return new java.math.BigDecimal(text.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** True when the words sharing word i's normalised value include a conjunction: two numbers read as one. */
    private boolean joinsTwoNumbers(int i) {
        String n = word(i).normalized();
        for (int step : new int[] {-1, 1}) {
            for (int k = i; k >= 0 && k < size() && n.equals(word(k).normalized()); k += step) {
                if (word(k).pos().equals("CC") || word(k).text().equalsIgnoreCase("to")) {
                    return true;
                }
            }
        }
        return false;
    }
}
