package com.insightiq.nlq.control;

import java.time.LocalDate;
import java.util.List;

/**
 * A question as CoreNLP and the BI time rules read it. Word indexes are 0-based positions in {@code words};
 * {@code times} hold resolved date ranges (SUTime plus InsightIQ's own phrases), {@code dependencies} the enhanced++
 * universal dependencies of the one sentence.
 */
public record ParsedQuestion(String text, LocalDate referenceDate, List<Word> words, List<TimeMention> times,
        List<Dependency> dependencies) {

    public ParsedQuestion {
        words = List.copyOf(words);
        times = List.copyOf(times);
        dependencies = List.copyOf(dependencies);
    }

    /**
     * One token. {@code ner} is CoreNLP's numeric class (NUMBER, ORDINAL, MONEY, PERCENT, DURATION, …) or "O";
     * {@code normalized} its normalised value (e.g. ">500.0" for "over $500"), null when none. {@code begin}/{@code end}
     * are character offsets in the text.
     */
    public record Word(int index, String text, String lemma, String pos, String ner, String normalized, int begin,
            int end) {
    }

    /**
     * A time expression over words [{@code firstWord}, {@code endWord}). {@code from} inclusive and {@code to}
     * exclusive, either may be null for open ranges ("since March": to = null). {@code grain} is the unit of the
     * expression (a quarter for "Q3 2024", a day for "yesterday"), null when it has none.
     */
    public record TimeMention(int firstWord, int endWord, String text, LocalDate from, LocalDate to,
            com.insightiq.connection.control.TimeGrain grain) {
    }

    /** A dependency edge: relation (e.g. "nmod:by", "amod", "conj:and"), governor and dependent word indexes; root's governor is -1. */
    public record Dependency(String relation, int governor, int dependent) {
    }
}
