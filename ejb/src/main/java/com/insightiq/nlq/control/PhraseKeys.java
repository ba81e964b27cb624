package com.insightiq.nlq.control;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The key a synonym phrase is compared under: the pipeline's lemmas of its words, lower-case, one space apart, with
 * punctuation left out ("Sales reps" → "sale rep"), the same way the engine reads the words of a question.
 */
public final class PhraseKeys {
    private PhraseKeys() {
    }

    public static String of(ParsedQuestion phrase) {
        return phrase.words().stream()
                .filter(w -> w.text() != null && w.text().codePoints().anyMatch(Character::isLetterOrDigit))
                .map(w -> w.lemma() == null || w.lemma().isBlank() ? w.text() : w.lemma())
                .map(l -> l.toLowerCase(Locale.ROOT).strip())
                .collect(Collectors.joining(" "));
    }
}
