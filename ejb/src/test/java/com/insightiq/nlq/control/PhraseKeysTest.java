package com.insightiq.nlq.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseKeysTest {

    private static ParsedQuestion.Word word(int i, String text, String lemma, String pos) {
        return new ParsedQuestion.Word(i, text, lemma, pos, "O", null, 0, 0);
    }

    @Test
    void lowerCaseLemmasOneSpaceApartWithoutPunctuation() {
        ParsedQuestion phrase = new ParsedQuestion("Sales reps, (EMEA)", LocalDate.of(2025, 1, 1), List.of(
                word(0, "Sales", "sale", "NNS"), word(1, "reps", "rep", "NNS"), word(2, ",", ",", ","),
                word(3, "(", "-lrb-", "-LRB-"), word(4, "EMEA", "EMEA", "NNP"), word(5, ")", "-rrb-", "-RRB-")),
                List.of(), List.of());
        assertEquals("sale rep emea", PhraseKeys.of(phrase));
    }

    @Test
    void aWordWithoutLemmaCountsAsItIs() {
        ParsedQuestion phrase = new ParsedQuestion("Q3 purchases", LocalDate.of(2025, 1, 1), List.of(
                word(0, "Q3", null, "NN"), word(1, "purchases", "purchase", "NNS")), List.of(), List.of());
        assertEquals("q3 purchase", PhraseKeys.of(phrase));
    }
}
