package com.insightiq.nlq.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One list of time mentions from SUTime's and InsightIQ's own phrases: ours win where they overlap (SUTime reads
 * "Q3 2024" fiscally and "by month in 2024" as "month in 2024"), bare numbers from SUTime are dropped (a year is ours
 * to decide), then prepositions turn mentions into open or joined ranges: "since March" (open end), "after 2020"
 * (from the end of 2020), "before 2020" (open start), "between X and Y" / "from X to Y" (X's start to Y's end).
 */
final class TimeMentions {
    private static final Set<String> RANGE_ENDS = Set.of("to", "until", "till", "through", "thru", "-", "and");
    /** Prepositions that only introduce a time; they join the mention so the rest of the question is what is left. */
    private static final Set<String> PLAIN = Set.of("in", "during", "over", "within", "for");

    private TimeMentions() {
    }

    static List<ParsedQuestion.TimeMention> resolve(String text, List<ParsedQuestion.Word> words, List<TimeSpan> sutime,
            LocalDate reference) {
        List<TimeSpan> spans = new ArrayList<>(TimePhrases.find(words, reference));
        List<TimeSpan> ours = List.copyOf(spans);
        for (TimeSpan s : sutime) {
            boolean bareNumber = s.end() - s.first() == 1 && words.get(s.first()).text().matches("\\d+");
            if (!bareNumber && ours.stream().noneMatch(s::overlaps)) {
                spans.add(s);
            }
        }
        spans.sort(Comparator.comparingInt(TimeSpan::first));
        List<TimeSpan> resolved = applyPrepositions(words, spans, reference);
        return resolved.stream().map(s -> mention(text, words, s)).toList();
    }

    private static List<TimeSpan> applyPrepositions(List<ParsedQuestion.Word> words, List<TimeSpan> spans,
            LocalDate reference) {
        List<TimeSpan> out = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            TimeSpan s = spans.get(k);
            String before = word(words, s.first() - 1);
            TimeSpan next = k + 1 < spans.size() ? spans.get(k + 1) : null;
            boolean joined = next != null && next.first() == s.end() + 1 && RANGE_ENDS.contains(word(words, s.end()));
            if (joined && (before.equals("between") && word(words, s.end()).equals("and")
                    || before.equals("from") && !word(words, s.end()).equals("and"))) {
                out.add(between(s, next, s.first() - 1));
                k++;
            } else if (before.equals("since")) {
                TimeSpan start = !s.yearGiven() && s.from().isAfter(reference) ? s.shiftYears(-1) : s;
                out.add(new TimeSpan(s.first() - 1, s.end(), start.from(), null, s.grain(), true));
            } else if (before.equals("after")) {
                out.add(new TimeSpan(s.first() - 1, s.end(), s.to(), null, s.grain(), true));
            } else if (before.equals("before")) {
                out.add(new TimeSpan(s.first() - 1, s.end(), null, s.from(), s.grain(), true));
            } else if (PLAIN.contains(before)) {
                out.add(s.widen(s.first() - 1, s.end()));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** X's start to Y's end; an X without a year takes Y's ("from November to February 2025": November 2024). */
    private static TimeSpan between(TimeSpan start, TimeSpan end, int first) {
        TimeSpan from = start;
        if (!start.yearGiven() && end.yearGiven() && end.from() != null && start.from() != null) {
            from = start.shiftYears(end.from().getYear() - start.from().getYear());
            if (from.from().isAfter(end.from())) {
                from = from.shiftYears(-1);
            }
        }
        return new TimeSpan(first, end.end(), from.from(), end.to(), Periods.finer(start.grain(), end.grain()), true);
    }

    private static ParsedQuestion.TimeMention mention(String text, List<ParsedQuestion.Word> words, TimeSpan s) {
        String covered = text.substring(words.get(s.first()).begin(), words.get(s.end() - 1).end());
        return new ParsedQuestion.TimeMention(s.first(), s.end(), covered, s.from(), s.to(), s.grain());
    }

    private static String word(List<ParsedQuestion.Word> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
