package com.insightiq.nlq.control;

import com.insightiq.connection.control.TimeGrain;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The BI time phrases SUTime misses or gets wrong, matched over the words in plain Java and anchored on the reference
 * date: rolling windows ("the last 30 days"), calendar periods ("last quarter"), to-date periods (YTD/QTD/MTD), halves,
 * calendar quarters, "N days ago", month names with an optional day and year, and years. At each word the longest
 * phrase wins. Prepositions (since, before, between…) are applied afterwards by {@link TimeMentions}.
 */
final class TimePhrases {
    private static final Map<String, TimeGrain> UNITS = Map.ofEntries(Map.entry("day", TimeGrain.DAY),
            Map.entry("days", TimeGrain.DAY), Map.entry("week", TimeGrain.WEEK), Map.entry("weeks", TimeGrain.WEEK),
            Map.entry("month", TimeGrain.MONTH), Map.entry("months", TimeGrain.MONTH),
            Map.entry("quarter", TimeGrain.QUARTER), Map.entry("quarters", TimeGrain.QUARTER),
            Map.entry("year", TimeGrain.YEAR), Map.entry("years", TimeGrain.YEAR));
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("eighteen", 18), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("ninety", 90), Map.entry("hundred", 100));
    private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "1st", 1, "second", 2, "2nd", 2, "third", 3,
            "3rd", 3, "fourth", 4, "4th", 4);
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("january", 1), Map.entry("jan", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3), Map.entry("mar", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10),
            Map.entry("oct", 10), Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12),
            Map.entry("dec", 12));
    private static final Set<String> ROLLING = Set.of("last", "past", "previous", "prior", "trailing");
    /** Words after which a year-like number is a year ("in 2024", "between 2020 and 2023"). */
    private static final Set<String> YEAR_CUES = Set.of("in", "since", "before", "after", "during", "of", "from",
            "between", "and", "to", "until", "till", "through", "for", "year", "vs", "versus", "-");
    /** Words after which a year-like number is a quantity ("over 2000", "top 2000"). */
    private static final Set<String> QUANTITY_CUES = Set.of("over", "under", "above", "below", "least", "most", "top",
            "bottom", "exactly", "about", "around", "approximately", "nearly", "almost", "$", "#", "no", "first", "last",
            "next", "fewer", "less", "more", "equal", "within");

    private final List<ParsedQuestion.Word> words;
    private final LocalDate reference;

    private TimePhrases(List<ParsedQuestion.Word> words, LocalDate reference) {
        this.words = words;
        this.reference = reference;
    }

    static List<TimeSpan> find(List<ParsedQuestion.Word> words, LocalDate reference) {
        return new TimePhrases(words, reference).find();
    }

    private List<TimeSpan> find() {
        List<TimeSpan> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            TimeSpan best = longestAt(i);
            if (best == null) {
                i++;
            } else {
                found.add(best);
                i = best.end();
            }
        }
        return found;
    }

    private TimeSpan longestAt(int i) {
        TimeSpan best = null;
        for (TimeSpan candidate : new TimeSpan[] {rolling(i), calendar(i), toDate(i), half(i), quarter(i), ago(i),
                dayWord(i), monthName(i), year(i)}) {
            if (candidate != null && (best == null || candidate.end() > best.end())) {
                best = candidate;
            }
        }
        return best;
    }

    /** "(the) last/past N days|weeks|months|quarters|years": N periods ending with the reference day. */
    private TimeSpan rolling(int i) {
        int j = skip(i, "the");
        if (!ROLLING.contains(w(j))) {
            return null;
        }
        Integer n = number(j + 1);
        TimeGrain unit = UNITS.get(w(j + 2));
        if (n != null && unit != null && n > 0) {
            return Periods.rolling(i, j + 3, reference, unit, n);
        }
        // "the past week": one rolling period, unlike "last week" (the previous calendar week).
        unit = UNITS.get(w(j + 1));
        if (unit != null && (w(j).equals("past") || w(j).equals("trailing")) && !w(j + 1).endsWith("s")) {
            return Periods.rolling(i, j + 2, reference, unit, 1);
        }
        return null;
    }

    /** "last/previous/this/current/next week|month|quarter|year": the calendar period. */
    private TimeSpan calendar(int i) {
        int j = skip(i, "the");
        TimeGrain unit = UNITS.get(w(j + 1));
        if (unit == null || w(j + 1).endsWith("s")) {
            return null;
        }
        return switch (w(j)) {
            case "last", "previous", "prior" -> Periods.around(i, j + 2, reference, unit, -1);
            case "this", "current" -> Periods.around(i, j + 2, reference, unit, 0);
            case "next", "coming" -> Periods.around(i, j + 2, reference, unit, 1);
            default -> null;
        };
    }

    /** "year to date", "year-to-date", YTD, QTD, MTD, WTD: from the period's start to the reference day. */
    private TimeSpan toDate(int i) {
        TimeGrain unit = switch (w(i)) {
            case "ytd" -> TimeGrain.YEAR;
            case "qtd" -> TimeGrain.QUARTER;
            case "mtd" -> TimeGrain.MONTH;
            case "wtd" -> TimeGrain.WEEK;
            default -> null;
        };
        int end = i + 1;
        if (unit == null) {
            unit = UNITS.get(w(i));
            int j = skip(i + 1, "-");
            if (unit == null || !w(j).equals("to")) {
                return null;
            }
            j = skip(j + 1, "-");
            if (!w(j).equals("date")) {
                return null;
            }
            end = j + 1;
        }
        return new TimeSpan(i, end, Periods.start(reference, unit), reference.plusDays(1), unit, true);
    }

    /** "(the) first/second half (of) (2024)", "H1 (2024)", "2024 H2". A half's grain is QUARTER (the nearest unit). */
    private TimeSpan half(int i) {
        int j = skip(i, "the");
        Integer ordinal = ORDINALS.get(w(j));
        if (ordinal != null && ordinal <= 2 && w(j + 1).equals("half")) {
            return withOptionalYear(i, j + 2, ordinal, 6);
        }
        if (w(i).matches("h[12]")) {
            return withOptionalYear(i, i + 1, w(i).charAt(1) - '0', 6);
        }
        Integer year = yearAt(i);
        if (year != null && w(i + 1).matches("h[12]")) {
            return part(i, i + 2, year, w(i + 1).charAt(1) - '0', 6, true);
        }
        return null;
    }

    /** "Q3 (2024)", "2024 Q3", "(the) third quarter (of) (2024)": calendar quarters; no year means the reference year. */
    private TimeSpan quarter(int i) {
        if (w(i).matches("q[1-4]")) {
            return withOptionalYear(i, i + 1, w(i).charAt(1) - '0', 3);
        }
        Integer year = yearAt(i);
        if (year != null && w(i + 1).matches("q[1-4]")) {
            return part(i, i + 2, year, w(i + 1).charAt(1) - '0', 3, true);
        }
        int j = skip(i, "the");
        Integer ordinal = ORDINALS.get(w(j));
        if (ordinal != null && w(j + 1).equals("quarter")) {
            return withOptionalYear(i, j + 2, ordinal, 3);
        }
        return null;
    }

    /** "N days|weeks|months|quarters|years ago": the day, or the whole calendar period, that far back. */
    private TimeSpan ago(int i) {
        Integer n = number(i);
        TimeGrain unit = UNITS.get(w(i + 1));
        if (n == null || unit == null || !w(i + 2).equals("ago")) {
            return null;
        }
        return Periods.around(i, i + 3, Periods.plus(reference, unit, -n), unit, 0);
    }

    private TimeSpan dayWord(int i) {
        return switch (w(i)) {
            case "today" -> Periods.around(i, i + 1, reference, TimeGrain.DAY, 0);
            case "yesterday" -> Periods.around(i, i + 1, reference, TimeGrain.DAY, -1);
            case "tomorrow" -> Periods.around(i, i + 1, reference, TimeGrain.DAY, 1);
            default -> null;
        };
    }

    /**
     * "March", "March 2024", "January 1", "February 15, 2025". A month name must be capitalised or followed by a number,
     * so the verb "may" and "march" are not months.
     */
    private TimeSpan monthName(int i) {
        Integer month = MONTHS.get(w(i).replace(".", ""));
        if (month == null) {
            return null;
        }
        boolean capitalised = Character.isUpperCase(words.get(i).text().charAt(0));
        Integer day = dayOfMonth(i + 1);
        if (day != null) {
            int j = skip(i + 2, ",");
            Integer year = yearAt(j);
            LocalDate date = safeDate(year != null ? year : reference.getYear(), month, day);
            if (date == null) {
                return null;
            }
            return new TimeSpan(i, year != null ? j + 1 : i + 2, date, date.plusDays(1), TimeGrain.DAY, year != null);
        }
        Integer year = yearAt(i + 1);
        if (year != null) {
            LocalDate from = LocalDate.of(year, month, 1);
            return new TimeSpan(i, i + 2, from, from.plusMonths(1), TimeGrain.MONTH, true);
        }
        if (!capitalised || month == 5 && !words.get(i).pos().startsWith("NNP")) {
            return null;
        }
        LocalDate from = LocalDate.of(reference.getYear(), month, 1);
        return new TimeSpan(i, i + 1, from, from.plusMonths(1), TimeGrain.MONTH, false);
    }

    /**
     * A year 1900–2100 after a word that introduces a time ("in 2024", "since 2020", "between 2020 and 2023") or standing
     * alone ("revenue 2024") — not after a comparison or a count ("over 2000", "top 2000") or before a noun ("2000 units").
     */
    private TimeSpan year(int i) {
        Integer year = yearAt(i);
        if (year == null) {
            return null;
        }
        String before = i > 0 ? w(i - 1) : "";
        boolean cued = YEAR_CUES.contains(before);
        boolean alone = !QUANTITY_CUES.contains(before) && !isMoney(i)
                && (i + 1 >= words.size() || !words.get(i + 1).pos().matches("NN.*|CD|JJ.*"));
        if (!cued && !alone) {
            return null;
        }
        return new TimeSpan(i, i + 1, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), TimeGrain.YEAR, true);
    }

    /** Part {@code index} (1-based) of a year cut into parts of {@code months}, the year following or assumed. */
    private TimeSpan withOptionalYear(int first, int end, int index, int months) {
        int j = skip(end, "of", ",");
        j = skip(j, "fy");
        Integer year = yearAt(j);
        if (year != null) {
            return part(first, j + 1, year, index, months, true);
        }
        return part(first, end, reference.getYear(), index, months, false);
    }

    private static TimeSpan part(int first, int end, int year, int index, int months, boolean yearGiven) {
        LocalDate from = LocalDate.of(year, 1, 1).plusMonths((long) (index - 1) * months);
        return new TimeSpan(first, end, from, from.plusMonths(months), TimeGrain.QUARTER, yearGiven);
    }

    private Integer yearAt(int i) {
        String word = w(i);
        if (word.startsWith("fy")) {
            word = word.substring(2);
        }
        if (!word.matches("\\d{4}")) {
            return null;
        }
        int year = Integer.parseInt(word);
        return year >= 1900 && year <= 2100 ? year : null;
    }

    private Integer dayOfMonth(int i) {
        String word = w(i).replaceFirst("(st|nd|rd|th)$", "");
        if (!word.matches("\\d{1,2}")) {
            return null;
        }
        int day = Integer.parseInt(word);
        return day >= 1 && day <= 31 ? day : null;
    }

    private Integer number(int i) {
        String word = w(i);
        if (word.matches("\\d{1,4}")) {
            return Integer.parseInt(word);
        }
        return NUMBER_WORDS.get(word);
    }

    private boolean isMoney(int i) {
        String ner = words.get(i).ner();
        return "MONEY".equals(ner) || "PERCENT".equals(ner);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** Index after any of {@code optional} words at {@code i} (at most one). */
    private int skip(int i, String... optional) {
        for (String word : optional) {
            if (w(i).equals(word)) {
                return i + 1;
            }
        }
        return i;
    }

    /** The lower-cased word at {@code i}, or "" past the end. */
    private String w(int i) {
        return i >= 0 && i < words.size() ? words.get(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
