package com.insightiq.nlq.control;

import com.insightiq.connection.control.TimeGrain;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The BI words of English: aggregations, grouping, ordering, superlatives, comparisons, negation, time grains, and
 * the words a question is made of that carry no meaning for the query ("what", "show me", "the"). CoreNLP does not
 * know that "top" ranks or that imperative "show" is a command; this lexicon does. Compared on lower-case lemmas.
 */
final class Cues {

    static final Map<String, NlQuery.Aggregation> AGGREGATIONS = Map.ofEntries(
            Map.entry("average", NlQuery.Aggregation.AVG), Map.entry("mean", NlQuery.Aggregation.AVG),
            Map.entry("avg", NlQuery.Aggregation.AVG), Map.entry("total", NlQuery.Aggregation.SUM),
            Map.entry("sum", NlQuery.Aggregation.SUM), Map.entry("combined", NlQuery.Aggregation.SUM),
            Map.entry("overall", NlQuery.Aggregation.SUM), Map.entry("cumulative", NlQuery.Aggregation.SUM),
            Map.entry("maximum", NlQuery.Aggregation.MAX), Map.entry("max", NlQuery.Aggregation.MAX),
            Map.entry("minimum", NlQuery.Aggregation.MIN), Map.entry("min", NlQuery.Aggregation.MIN),
            Map.entry("median", NlQuery.Aggregation.MEDIAN));

    /** Superlative lemmas that rank from the top. */
    static final Set<String> DESCENDING = Set.of("high", "highest", "most", "many", "much", "large", "largest", "big",
            "biggest", "great", "greatest", "long", "longest", "late", "latest", "new", "newest", "heavy", "heaviest",
            "fast", "fastest", "good", "best", "top", "maximum", "old", "oldest", "expensive", "popular", "busy",
            "busiest", "tall", "tallest");
    /** Superlative lemmas that rank from the bottom. */
    static final Set<String> ASCENDING = Set.of("low", "lowest", "least", "few", "fewest", "little", "small",
            "smallest", "short", "shortest", "early", "earliest", "cheap", "cheapest", "bad", "worst", "slow",
            "slowest", "light", "lightest", "young", "youngest", "bottom", "minimum");

    static final Set<String> GROUP_WORDS = Set.of("each", "every", "per");
    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "without", "except", "exclude", "excluding",
            "n't", "neither", "nor");
    static final Set<String> COMMANDS = Set.of("show", "list", "give", "tell", "find", "return", "display", "get",
            "retrieve", "provide", "fetch", "compute", "calculate", "determine", "identify", "name", "what", "which",
            "who", "whom", "whose", "where", "how", "please", "me", "us", "i", "we", "you", "want", "need", "know",
            "see");
    /** Words that only hold a question together. */
    static final Set<String> FUNCTION_WORDS = Set.of("be", "is", "are", "was", "were", "been", "do", "does", "did",
            "have", "has", "had", "the", "a", "an", "of", "in", "on", "at", "for", "to", "from", "with", "by", "and",
            "or", "all", "any", "there", "their", "them", "they", "it", "its", "that", "this", "these", "those",
            "as", "well", "also", "both", "respectively", "corresponding", "along", "together", "including",
            "include", "associate", "associated", "contain", "offer", "hold", "own", "database", "table", "data", "record", "row", "entry", "value",
            "result", "answer", "information", "detail", "some", "s", "'s", "'", "than", "into", "within", "whether", "if",
            "he", "she", "him", "her", "his", "one", "ones", "can", "could", "would", "will", "should", "may",
            "might", "so", "far", "currently", "ever", "available", "just", "only", "such", "same", "then", "out",
            "up", "over", "about", "among", "across", "between", "during", "while", "when", "after", "before",
            "via", "through", "under", "onto", "upon", "more", "less", "order", "sort", "rank", "arrange",
            "again", "yet", "still", "overall", "altogether", "alphabetically", "descending", "ascending", "desc", "asc");
    /** Units people add to say how a number is measured ("in meters"); they do not change the query. */
    static final Set<String> UNITS = Set.of("meter", "metre", "kilometer", "kilometre", "km", "mile", "square",
            "foot", "feet", "inch", "kg", "kilogram", "gram", "pound", "ton", "minute", "hour", "second", "dollar",
            "euro", "usd", "eur", "percent", "percentage", "mph", "kph", "celsius", "fahrenheit", "integer",
            "decimal", "format");
    static final Set<String> DISTINCT = Set.of("distinct", "unique", "different");

    static final Map<String, TimeGrain> GRAINS = Map.ofEntries(Map.entry("day", TimeGrain.DAY),
            Map.entry("daily", TimeGrain.DAY), Map.entry("date", TimeGrain.DAY), Map.entry("week", TimeGrain.WEEK),
            Map.entry("weekly", TimeGrain.WEEK), Map.entry("month", TimeGrain.MONTH),
            Map.entry("monthly", TimeGrain.MONTH), Map.entry("quarter", TimeGrain.QUARTER),
            Map.entry("quarterly", TimeGrain.QUARTER), Map.entry("year", TimeGrain.YEAR),
            Map.entry("yearly", TimeGrain.YEAR), Map.entry("annual", TimeGrain.YEAR),
            Map.entry("annually", TimeGrain.YEAR), Map.entry("hour", TimeGrain.HOUR),
            Map.entry("hourly", TimeGrain.HOUR));

    /** What a superlative adjective measures, as column-name words ("longest" → length). */
    private static final Map<String, Set<String>> DIMENSIONS = Map.ofEntries(
            Map.entry("long", Set.of("length", "duration", "long")),
            Map.entry("short", Set.of("length", "duration", "short")),
            Map.entry("high", Set.of("height", "altitude", "elevation", "high")),
            Map.entry("low", Set.of("height", "altitude", "elevation", "low")),
            Map.entry("tall", Set.of("height", "altitude", "elevation")),
            Map.entry("large", Set.of("area", "size", "capacity", "volume")),
            Map.entry("big", Set.of("area", "size", "capacity", "volume")),
            Map.entry("small", Set.of("area", "size", "capacity", "volume")),
            Map.entry("heavy", Set.of("weight")), Map.entry("light", Set.of("weight")),
            Map.entry("fast", Set.of("speed")), Map.entry("slow", Set.of("speed")),
            Map.entry("expensive", Set.of("price", "cost", "amount")),
            Map.entry("cheap", Set.of("price", "cost", "amount")),
            Map.entry("old", Set.of("age", "birth")), Map.entry("young", Set.of("age", "birth")),
            Map.entry("populous", Set.of("population")), Map.entry("wide", Set.of("width")),
            Map.entry("deep", Set.of("depth")), Map.entry("early", Set.of("date", "time")),
            Map.entry("late", Set.of("date", "time")), Map.entry("recent", Set.of("date", "time")),
            Map.entry("new", Set.of("date", "time")), Map.entry("good", Set.of("rating", "score")),
            Map.entry("bad", Set.of("rating", "score")), Map.entry("dense", Set.of("density")));

    private Cues() {
    }

    static Set<String> dimensions(String lemma, String surface) {
        Set<String> out = new java.util.HashSet<>(DIMENSIONS.getOrDefault(lemma, Set.of()));
        String base = surface.endsWith("est") ? surface.substring(0, surface.length() - 3) : surface;
        out.addAll(DIMENSIONS.getOrDefault(base, Set.of()));
        return out;
    }

    static Optional<NlQuery.Aggregation> aggregation(String lemma) {
        return Optional.ofNullable(AGGREGATIONS.get(lemma));
    }

    /** +1 descending, -1 ascending, 0 not a ranking word. */
    static int ranking(String lemma, String pos) {
        boolean superlative = pos.equals("JJS") || pos.equals("RBS");
        if (lemma.equals("top") || lemma.equals("highest") || lemma.equals("maximum")) {
            return 1;
        }
        if (lemma.equals("bottom") || lemma.equals("lowest") || lemma.equals("minimum")) {
            return -1;
        }
        if (!superlative) {
            return 0;
        }
        if (DESCENDING.contains(lemma)) {
            return 1;
        }
        if (ASCENDING.contains(lemma)) {
            return -1;
        }
        return 0;
    }

    static boolean ignorable(String lemma) {
        return FUNCTION_WORDS.contains(lemma) || COMMANDS.contains(lemma);
    }
}
