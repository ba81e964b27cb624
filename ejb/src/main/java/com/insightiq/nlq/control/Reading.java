package com.insightiq.nlq.control;

import com.insightiq.catalog.entity.SemanticType;
import com.insightiq.connection.control.TimeGrain;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Assembles one reading of a question from its mentions and cue words: measures (aggregation cue + what it applies
 * to), group keys ("each", "per", "by"), filters (indexed values, quoted literals, comparisons, booleans, time
 * ranges, negation), ranking (superlatives, top N, explicit order), the output columns, and the joins that connect
 * them. Every word it uses is marked; what is left over and carries meaning is reported as not understood, which is
 * what keeps the engine from answering a question it only half read.
 */
final class Reading {
    /** "last", "previous", "prior", "preceding", "before", "earlier", "ago": a period named relative to another. */
    private static final Set<String> RELATIVE_WORDS = Set.of("last", "previous", "prior", "preceding", "before",
            "earlier", "ago");

    /** A mention with its chosen target. */
    private record Part(Mentions.Mention mention, SchemaIndex.Target target) {
        int first() {
            return mention.first();
        }

        int end() {
            return mention.end();
        }
    }

    /** How the reading went: a query or a reason, the words used and left, ambiguities, and how sure it is. */
    record Outcome(NlQuery query, List<List<NlQuery.Join>> joinAlternatives, List<String> understood,
            List<String> notUnderstood, String problem, double confidence, List<Unclear> unclear) {
    }

    /** A mention whose targets stay tied after context: mention index and the tied targets. */
    record Unclear(int mention, List<SchemaIndex.Target> targets) {
    }

    private final QuestionWords q;
    private final SchemaIndex index;
    private final Guidance guidance;
    private final boolean[] used;
    private final List<Part> parts = new ArrayList<>();
    private final Set<Part> assigned = new LinkedHashSet<>();
    private final List<String> understood = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<Unclear> unclear = new ArrayList<>();
    private double confidence = 1.0;

    private final List<NlQuery.Measure> measures = new ArrayList<>();
    private final List<NlQuery.Field> fields = new ArrayList<>();
    private final List<NlQuery.Field> groups = new ArrayList<>();
    private final List<NlQuery.Condition> filters = new ArrayList<>();
    /** "with more than 5 orders": conditions on the count of a related table per shown row. */
    private final List<NlQuery.Having> having = new ArrayList<>();
    /** Where in the question each filter was said (parallel to filters): ratios give each operand its own. */
    private final List<Integer> filterAt = new ArrayList<>();
    private int ratioWord = -1;
    private int ratioDivisor = -1;
    private int orderByWord = -1;
    private int rankBy = -1;
    private int shareWord = -1;
    private final List<NlQuery.Order> order = new ArrayList<>();
    private final Set<Long> contextTables = new LinkedHashSet<>();
    private final Map<Long, Integer> tablePositions = new LinkedHashMap<>();
    private Integer limit;
    /** Measures a superlative added to rank by, and measures the words ask to see; one only ranking is not shown. */
    private final Set<Integer> rankingMeasures = new HashSet<>();
    private final Set<Integer> askedMeasures = new HashSet<>();
    /** Set when the person asked for a number of rows ("top 3", "the 5 highest"), not only for the first one. */
    private boolean rankedList;
    /** Label columns shown because a table was named ("publications"), not because the column itself was. */
    private final Set<Long> entityLabels = new java.util.HashSet<>();
    /** Group columns that only stand for "each <entity>" (its names, or its key beside namesakes), not asked by name. */
    private final Set<Long> entityGroupColumns = new java.util.HashSet<>();
    private int ranking;
    private int rankingWord = -1;
    private boolean alphabetical;
    private Boolean explicitDescending;
    private boolean orderByRequested;
    private NlQuery.Compare compare;
    private TimeGrain compareGrain;
    /** Words read as days of the week ("on weekends"): no time mention over them is a date range. */
    private final Set<Integer> weekdayWords = new HashSet<>();
    /** "… compared to last year": the time mention after the comparison cue, and the cue's first word. */
    private ParsedQuestion.TimeMention comparedTime;
    private int comparedCue = -1;

    Reading(QuestionWords q, SchemaIndex index, List<Mentions.Mention> mentions, Guidance guidance) {
        this.q = q;
        this.index = index;
        this.guidance = guidance;
        this.used = new boolean[q.size()];
        resolve(mentions);
    }

    Outcome read() {
        namesOfAnotherTable();
        weekdays();
        timeRanges();
        topN();
        doneFirstOrLast();
        explicitOrder();
        stateFlags();
        mentionedWords();
        shares();
        ratios();
        durations();
        groupCues();
        measureCues();
        listedMeasures();
        comparisons();
        countOfTheCondition();
        andHowManyOfTheRanked();
        valueFilters();
        booleanFilters();
        missingReferences();
        periodComparison();
        leftovers();
        return finish();
    }

    // ------------------------------------------------------------------ targets

    /** Words in a column name that say the column holds a count of something: num_enrolled, reference_num. */
    private static final Set<String> COUNT_MARKERS = Set.of("num", "number", "count", "cnt");
    /** A running total kept as a whole number is a count too (total_credit): "the number of credits". */
    private static final String TOTAL = "total";
    /** Words that end a relative clause inside a count ("… who found it hilarious per course"). */
    private static final Set<String> CLAUSE_ENDS = Set.of("per", "for", "by", "and", "or", "order", "sort", "in",
            "across", "group");

    /**
     * "the number of students enrolled", "the highest number of references cited": when a row keeps the count itself
     * (num_enrolled, reference_num), "number of" and the words naming what is counted (the noun and its participle)
     * are that one column — not a table to join and count, nor a verb to place. Only when the column's table is
     * named elsewhere in the question: "how many students are enrolled" alone does not say whose stored count to add
     * up, so it stays a count of students.
     */
    private List<Mentions.Mention> storedCounts(List<Mentions.Mention> mentions) {
        List<Mentions.Mention> out = new ArrayList<>(mentions);
        for (int i = 0; i + 2 < q.size(); i++) {
            if (!(q.lower(i).equals("number") || q.lower(i).equals("count")) || !q.lower(i + 1).equals("of")) {
                continue;
            }
            int end = i + 2;
            int lastContent = -1;
            while (end < q.size() && end < i + 6) {
                String pos = q.pos(end);
                boolean participleAfterNoun = pos.equals("VBD") && lastContent >= 0 && q.pos(lastContent).startsWith("NN");
                if (!(pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("VBN")
                        || participleAfterNoun || pos.equals("HYPH") && lastContent == end - 1)) {
                    break;
                }
                if (!pos.equals("DT") && !pos.equals("HYPH")) {
                    lastContent = end;
                }
                end++;
            }
            if (lastContent >= 0 && end < q.size() && (q.pos(end).equals("WP") || q.pos(end).equals("WDT"))) {
                // "the number of students who found the instructor hilarious": the clause says which count
                int k = end + 1;
                while (k < q.size() && k < end + 10 && !q.isPunctuation(k) && !CLAUSE_ENDS.contains(q.lower(k))) {
                    k++;
                }
                if (k > end + 1) {
                    lastContent = k - 1;
                }
            }
            if (lastContent < 0) {
                continue;
            }
            int spanEnd = lastContent + 1;
            Optional<SchemaLexicon.Column> counted = storedCount(i + 2, spanEnd, mentions, i);
            if (counted.isEmpty()) {
                continue;
            }
            long countedTable = counted.get().tableId();
            int nounAt = i + 2;
            boolean ownRows = mentions.stream().anyMatch(m -> m.first() >= nounAt && m.end() <= spanEnd
                    && m.targets().keySet().stream().anyMatch(t -> t.kind() == SchemaIndex.Kind.TABLE
                    && t.tableId() == countedTable));
            // rows that each keep part of the count (checkin.count) are added up: "number of" stays the
            // aggregation, which a count column turns into a sum; num_enrolled is the one row's own number
            int first = ownRows ? i + 2 : i;
            out.removeIf(m -> m.first() < spanEnd && m.end() > first);
            out.add(new Mentions.Mention(first, spanEnd, Map.of(new SchemaIndex.Target(SchemaIndex.Kind.COLUMN,
                    counted.get().tableId(), counted.get().id(), null), 1.0), false));
            i = spanEnd - 1;
        }
        out.sort(Comparator.comparingInt(Mentions.Mention::first));
        return out;
    }

    /**
     * "the total amount of completed payments" where sales has a total_amount and payments an amount: the rows named
     * after "of" own what is measured, so "total" is the aggregation and "amount" their column. Only when that table
     * has a column named exactly by the rest of the words; otherwise the longer name stands.
     */
    private List<Mentions.Mention> ownersColumns(List<Mentions.Mention> mentions) {
        List<Mentions.Mention> out = new ArrayList<>();
        for (Mentions.Mention m : mentions) {
            String first = WordForms.norm(q.lower(m.first()));
            if (m.length() < 2 || m.quoted() || !Cues.AGGREGATIONS.containsKey(first)
                    || !m.targets().keySet().stream().allMatch(t -> t.kind() == SchemaIndex.Kind.COLUMN)
                    || !q.lower(m.end()).equals("of")) {
                out.add(m);
                continue;
            }
            int at = m.end() + 1;
            while (at < q.size() && (q.pos(at).equals("DT") || q.pos(at).startsWith("JJ") || q.pos(at).equals("VBN")
                    || valueMentionAt(mentions, at).isPresent())) {
                at = valueMentionAt(mentions, at).map(Mentions.Mention::end).orElse(at + 1);
            }
            int ownerAt = at;
            Optional<Long> owner = mentions.stream().filter(o -> o.first() == ownerAt)
                    .flatMap(o -> o.targets().keySet().stream()).filter(t -> t.kind() == SchemaIndex.Kind.TABLE)
                    .map(SchemaIndex.Target::tableId).findFirst();
            boolean ownsIt = owner.isPresent() && m.targets().keySet().stream()
                    .anyMatch(t -> t.tableId() == owner.get());
            if (owner.isEmpty() || ownsIt) {
                out.add(m);
                continue;
            }
            List<String> rest = new ArrayList<>();
            for (int k = m.first() + 1; k < m.end(); k++) {
                rest.add(WordForms.norm(q.lower(k)));
            }
            Optional<SchemaLexicon.Column> column = index.columnsOf(owner.get()).stream()
                    .filter(c -> index.columnWords.getOrDefault(c.id(), List.of()).equals(rest)).findFirst();
            if (column.isEmpty()) {
                out.add(m);
                continue;
            }
            out.add(new Mentions.Mention(m.first() + 1, m.end(), Map.of(new SchemaIndex.Target(SchemaIndex.Kind.COLUMN,
                    owner.get(), column.get().id(), null), 1.0), false));
        }
        return out;
    }

    private static Optional<Mentions.Mention> valueMentionAt(List<Mentions.Mention> mentions, int at) {
        return mentions.stream().filter(o -> o.first() == at && !o.targets().isEmpty() && o.targets().keySet()
                .stream().allMatch(t -> t.kind() == SchemaIndex.Kind.VALUE)).findFirst();
    }

    /** The one count column whose other words all name words of [from, end), its table named outside the span. */
    private Optional<SchemaLexicon.Column> storedCount(int from, int end, List<Mentions.Mention> mentions, int spanFirst) {
        Set<Long> namedTables = new java.util.HashSet<>();
        for (Mentions.Mention m : mentions) {
            if (m.end() <= spanFirst || m.first() >= end) {
                // the table itself, or a column of it ("per course id" names the counts' own course_id)
                m.targets().keySet().stream().filter(t -> t.kind() != SchemaIndex.Kind.VALUE)
                        .forEach(t -> namedTables.add(t.tableId()));
            }
        }
        List<SchemaLexicon.Column> found = new ArrayList<>();
        for (long tableId : namedTables) {
            for (SchemaLexicon.Column c : index.columnsOf(tableId)) {
                List<String> words = index.columnWords.getOrDefault(c.id(), List.of());
                // a table of counts (course_tags_count): each whole-number column of it counts something
                boolean countsTable = index.tableWords.getOrDefault(tableId, List.of()).stream()
                        .anyMatch(COUNT_MARKERS::contains);
                boolean counts = SchemaIndex.isWholeNumber(c, true) && words.stream().anyMatch(COUNT_MARKERS::contains)
                        || SchemaIndex.isWholeNumber(c, false) && (words.contains(TOTAL) || countsTable);
                if (c.primaryKey() || c.fkTargetColumnId() != null || !counts) {
                    continue;
                }
                List<String> named = words.stream().filter(w -> !COUNT_MARKERS.contains(w) && !w.equals(TOTAL))
                        .toList();
                boolean all = !named.isEmpty() && named.stream().allMatch(w -> java.util.stream.IntStream
                        .range(from, end).anyMatch(k -> q.forms(k).contains(w)));
                if (all) {
                    found.add(c);
                }
            }
        }
        if (found.isEmpty()) {
            // "the number of check-ins" where each checkin row keeps its own count: the rows named are counted
            // by that column (a whole number called just count), not one each
            for (Mentions.Mention m : mentions) {
                if (m.first() >= from && m.end() <= end) {
                    m.targets().keySet().stream().filter(t -> t.kind() == SchemaIndex.Kind.TABLE)
                            .map(t -> ownCount(t.tableId())).flatMap(Optional::stream).forEach(found::add);
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * "number of students", "the name of the instructor": a qualifier word before "of" is not a column of its own.
     * Count words step aside for the aggregation; "name"/"id"/"title" become that column of the table named next.
     */
    private List<Mentions.Mention> qualifiers(List<Mentions.Mention> mentions) {
        List<Mentions.Mention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mentions.Mention m = mentions.get(k);
            String word = m.length() == 1 ? WordForms.norm(q.lower(m.first())) : "";
            int of = m.end();
            if (!word.isEmpty() && q.lower(of).equals("of")) {
                int next = of + 1;
                while (next < q.size() && (q.pos(next).equals("DT") || q.pos(next).startsWith("JJ"))) {
                    next++;
                }
                int at = next;
                Optional<Mentions.Mention> owner = mentions.stream().filter(o -> o.first() == at).findFirst();
                if (owner.isPresent() && owner.get().targets().keySet().stream()
                        .allMatch(t -> t.kind() == SchemaIndex.Kind.VALUE)) {
                    // "the amount of completed payments": the rows are named after the value that filters them
                    int after = owner.get().end();
                    owner = mentions.stream().filter(o -> o.first() == after && o.targets().keySet().stream()
                            .anyMatch(t -> t.kind() == SchemaIndex.Kind.TABLE)).findFirst();
                }
                if (Set.of("number", "count", "total", "amount", "sum").contains(word) && owner.isPresent()) {
                    // "total of orders" is the orders' total column when they have one; else a count cue
                    Optional<SchemaLexicon.Column> own = owner.get().targets().keySet().stream()
                            .filter(t -> t.kind() == SchemaIndex.Kind.TABLE).findFirst()
                            .flatMap(t -> index.columnsOf(t.tableId()).stream()
                                    .filter(c -> index.columnWords.getOrDefault(c.id(), List.of()).equals(List.of(word)))
                                    .findFirst());
                    if (own.isPresent()) {
                        out.add(new Mentions.Mention(m.first(), m.end(), Map.of(new SchemaIndex.Target(
                                SchemaIndex.Kind.COLUMN, own.get().tableId(), own.get().id(), null), 1.0), false));
                    }
                    continue;
                }
                if (owner.isPresent() && Set.of("name", "id", "title", "code").contains(word)) {
                    Optional<SchemaIndex.Target> table = owner.get().targets().keySet().stream()
                            .filter(t -> t.kind() == SchemaIndex.Kind.TABLE).findFirst();
                    if (table.isPresent()) {
                        Optional<SchemaLexicon.Column> column = word.equals("id")
                                ? index.keyColumn(table.get().tableId())
                                : index.columnsOf(table.get().tableId()).stream().filter(c -> {
                                    List<String> w = index.columnWords.getOrDefault(c.id(), List.of());
                                    return !w.isEmpty() && w.get(w.size() - 1).equals(word);
                                }).findFirst();
                        if (column.isPresent()) {
                            out.add(new Mentions.Mention(m.first(), m.end(), Map.of(new SchemaIndex.Target(
                                    SchemaIndex.Kind.COLUMN, column.get().tableId(), column.get().id(), null), 1.0),
                                    false));
                            continue;
                        }
                    }
                }
            }
            // "total quantity", "average price": an aggregation word right before a name is the aggregation
            if (!word.isEmpty() && (Cues.AGGREGATIONS.containsKey(word) || word.equals("number") || word.equals("count"))
                    && k + 1 < mentions.size() && mentions.get(k + 1).first() == m.end()
                    && mentions.get(k + 1).targets().keySet().stream().anyMatch(t -> t.kind() != SchemaIndex.Kind.VALUE)) {
                continue;
            }
            out.add(m);
        }
        return out;
    }

    private List<Mentions.Mention> mentionsSeen = List.of();

    /**
     * "review rating", "product category": a table named right before one of its own columns makes one mention of
     * that column; "rating of reviews": a column name followed by "of" and a table keeps only that table's column.
     */
    private List<Mentions.Mention> ownColumns(List<Mentions.Mention> mentions) {
        List<Mentions.Mention> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            Mentions.Mention m = mentions.get(k);
            Mentions.Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
            Set<Long> tables = new java.util.HashSet<>();
            m.targets().keySet().stream().filter(t -> t.kind() == SchemaIndex.Kind.TABLE)
                    .forEach(t -> tables.add(t.tableId()));
            // "population density": a column noun right before another column of the same table modifies it; the
            // compound names the second (reading "population" and dropping "density" answered another question)
            if (next != null && next.first() == m.end() && !m.quoted() && !next.quoted()
                    && q.pos(m.end() - 1).equals("NN") && m.targets().keySet().stream()
                    .allMatch(t -> t.kind() == SchemaIndex.Kind.COLUMN)) {
                Set<Long> modifierTables = new java.util.HashSet<>();
                m.targets().keySet().forEach(t -> modifierTables.add(t.tableId()));
                Map<SchemaIndex.Target, Double> head = new java.util.LinkedHashMap<>();
                next.targets().forEach((t, sc) -> {
                    if (t.kind() == SchemaIndex.Kind.COLUMN && modifierTables.contains(t.tableId())) {
                        head.put(t, Math.max(sc, 0.95));
                    }
                });
                if (!head.isEmpty()) {
                    out.add(new Mentions.Mention(m.first(), next.end(), head, false));
                    k++;
                    continue;
                }
            }
            // "the students' last names": a possessive between them says the same
            boolean adjacent = next != null && (next.first() == m.end()
                    || next.first() == m.end() + 1 && q.pos(m.end()).equals("POS"));
            if (adjacent && !tables.isEmpty() && !m.quoted()) {
                Map<SchemaIndex.Target, Double> own = new java.util.LinkedHashMap<>();
                next.targets().forEach((t, s) -> {
                    // "wrote papers": writes.paperid points at the table "papers" names, so the words are a way
                    // from writes to paper, not the column
                    boolean namesItsTarget = next.targets().keySet().stream().anyMatch(o -> o.kind()
                            == SchemaIndex.Kind.TABLE && t.kind() == SchemaIndex.Kind.COLUMN
                            && pointsTo(t.columnId(), o.tableId()));
                    if (t.kind() == SchemaIndex.Kind.COLUMN && tables.contains(t.tableId()) && !namesItsTarget) {
                        own.put(t, Math.max(s, 0.95));
                    }
                });
                if (!own.isEmpty()) {
                    out.add(new Mentions.Mention(m.first(), next.end(), own, false));
                    k++;
                    continue;
                }
            }
            if (next != null && q.lower(m.end()).equals("of") && m.targets().size() > 1) {
                int at = m.end() + 1;
                while (at < q.size() && q.pos(at).equals("DT")) {
                    at++;
                }
                int owner = at;
                Set<Long> ofTables = new java.util.HashSet<>();
                mentions.stream().filter(o -> o.first() == owner).flatMap(o -> o.targets().keySet().stream())
                        .filter(t -> t.kind() == SchemaIndex.Kind.TABLE).forEach(t -> ofTables.add(t.tableId()));
                Map<SchemaIndex.Target, Double> kept = new java.util.LinkedHashMap<>();
                m.targets().forEach((t, s) -> {
                    if (t.kind() == SchemaIndex.Kind.COLUMN && ofTables.contains(t.tableId())) {
                        kept.put(t, s);
                    }
                });
                if (!kept.isEmpty()) {
                    out.add(new Mentions.Mention(m.first(), m.end(), kept, m.quoted()));
                    continue;
                }
            }
            out.add(m);
        }
        return out;
    }

    private static final Set<String> START_WORDS = Set.of("start", "begin", "from", "open", "admit");
    private static final Set<String> END_WORDS = Set.of("end", "finish", "stop", "to", "close", "until");

    /**
     * "treatments in 2023" over start_date and end_date of one table: a row lasting a while happens when it starts.
     * Only for such a pair of one table; other choices of date stay unknown.
     */
    private Optional<SchemaLexicon.Column> startOfPeriod(List<SchemaLexicon.Column> candidates) {
        if (candidates.size() != 2 || candidates.get(0).tableId() != candidates.get(1).tableId()) {
            return Optional.empty();
        }
        List<SchemaLexicon.Column> starts = candidates.stream().filter(c -> index.columnWords
                .getOrDefault(c.id(), List.of()).stream().anyMatch(START_WORDS::contains)).toList();
        List<SchemaLexicon.Column> ends = candidates.stream().filter(c -> index.columnWords
                .getOrDefault(c.id(), List.of()).stream().anyMatch(END_WORDS::contains)).toList();
        return starts.size() == 1 && ends.size() == 1 && starts.get(0).id() != ends.get(0).id()
                ? Optional.of(starts.get(0)) : Optional.empty();
    }

    private static final Set<String> PERIOD_ADJECTIVES = Set.of("daily", "weekly", "monthly", "quarterly", "yearly",
            "annual", "hourly");

    /**
     * "the weekly sales", "monthly orders": rows said with a period adjective are counted per period, not listed
     * with their week. When the rows are worth an amount, how many or how much is asked, not guessed.
     */
    private Optional<String> rowsPerPeriod() {
        if (!measures.isEmpty() || groups.isEmpty() || !having.isEmpty()
                || groups.stream().anyMatch(g -> g.grain() == null)) {
            return Optional.empty();
        }
        Optional<Part> rows = parts.stream().filter(p -> p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE
                && PERIOD_ADJECTIVES.contains(q.lower(p.first() - 1))).findFirst();
        if (rows.isEmpty() || fields.stream().anyMatch(f -> !entityLabels.contains(f.columnId())
                || index.columns.get(f.columnId()).tableId() != rows.get().target().tableId())) {
            return Optional.empty();
        }
        long table = rows.get().target().tableId();
        if (!amountsOf(table).isEmpty()) {
            String said = q.text(rows.get().first() - 1, rows.get().end());
            return Optional.of("\"" + said + "\" could be how many " + index.tables.get(table).name()
                    + " or what they are worth; say \"the number of …\" or name the amount.");
        }
        fields.clear();
        measures.add(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, table, null));
        return Optional.empty();
    }

    /**
     * Two periods on one date column that do not overlap, both kept: no row can be in both, so the answer would be
     * empty for a reason nobody meant ("this year … last year" without a word saying compare). Reported, not run.
     */
    private Optional<String> disjointPeriods() {
        List<NlQuery.Condition> ranges = filters.stream().filter(f -> f.operator() == NlQuery.Operator.TIME_RANGE
                && !f.negated() && f.values().size() == 2).toList();
        for (int a = 0; a < ranges.size(); a++) {
            for (int b = a + 1; b < ranges.size(); b++) {
                NlQuery.Condition x = ranges.get(a);
                NlQuery.Condition y = ranges.get(b);
                if (x.columnId() == y.columnId() && (before(x.values().get(1), y.values().get(0))
                        || before(y.values().get(1), x.values().get(0)))) {
                    return Optional.of("I read two periods that do not overlap (" + x.values().get(0) + " to "
                            + x.values().get(1) + " and " + y.values().get(0) + " to " + y.values().get(1)
                            + "), and no row is in both: to compare them, say \"compared to\"; for one period, name"
                            + " it once (\"in March 2024\").");
                }
            }
        }
        return Optional.empty();
    }

    /** The exclusive end {@code end} is at or before {@code start} (ISO dates; an empty end is open). */
    private static boolean before(String end, String start) {
        return !end.isEmpty() && !start.isEmpty() && end.compareTo(start) <= 0;
    }

    /** A word of a time expression ("last" of "last year", a last_name) says nothing about which tables are meant. */
    private boolean inTimeExpression(Mentions.Mention m) {
        return q.parsed().times().stream().anyMatch(t -> m.first() >= t.firstWord() && m.end() <= t.endWord());
    }

    /**
     * "the number of reviews written by each user" where business keeps a review_count: a count another table keeps
     * is only that table's when the question names it ("the number of reviews of each business"); otherwise the
     * words count the rows of the table they name (review), and "number of" stays the aggregation.
     */
    private List<Mentions.Mention> countsOfUnnamedTables(List<Mentions.Mention> mentions) {
        List<Mentions.Mention> out = new ArrayList<>();
        for (Mentions.Mention m : mentions) {
            Optional<SchemaIndex.Target> best = m.targets().entrySet().stream()
                    .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
            if (best.isEmpty() || best.get().kind() != SchemaIndex.Kind.COLUMN || m.length() < 2) {
                out.add(m);
                continue;
            }
            long owner = best.get().tableId();
            List<String> words = index.columnWords.getOrDefault(best.get().columnId(), List.of());
            boolean keptCount = words.stream().anyMatch(COUNT_MARKERS::contains)
                    && SchemaIndex.isWholeNumber(index.columns.get(best.get().columnId()), true);
            // (the same count said again, "ordered by the number of reviews", names nothing new)
            boolean ownerNamed = mentions.stream().anyMatch(o -> o != m && !o.targets().containsKey(best.get())
                    && o.targets().keySet().stream().anyMatch(t -> t.kind() != SchemaIndex.Kind.VALUE
                    && t.tableId() == owner));
            Optional<Mentions.Mention> rows = keptCount && !ownerNamed ? rowsNamedIn(m, owner) : Optional.empty();
            out.add(rows.orElse(m));
        }
        return out;
    }

    /** The last word of the mention as the name of another table than {@code owner}, alone. */
    private Optional<Mentions.Mention> rowsNamedIn(Mentions.Mention m, long owner) {
        for (int k = m.end() - 1; k >= m.first(); k--) {
            int at = k;
            Optional<SchemaLexicon.Table> table = index.tables.values().stream().filter(t -> t.id() != owner
                    && index.tableWords.getOrDefault(t.id(), List.of()).size() == 1
                    && q.forms(at).contains(index.tableWords.get(t.id()).get(0))).findFirst();
            if (table.isPresent()) {
                return Optional.of(new Mentions.Mention(k, k + 1, Map.of(new SchemaIndex.Target(
                        SchemaIndex.Kind.TABLE, table.get().id(), null, null), 1.0), false));
            }
        }
        return Optional.empty();
    }

    /** The mentions as found, before qualifiers and own columns merged some: what a choice's index points into. */
    private List<Mentions.Mention> found = List.of();

    private void resolve(List<Mentions.Mention> given) {
        found = given;
        List<Mentions.Mention> mentions = countsOfUnnamedTables(ownColumns(qualifiers(storedCounts(
                ownersColumns(given)))));
        mentionsSeen = mentions;
        for (Mentions.Mention m : mentions) {
            if (m.targets().size() == 1 && !inTimeExpression(m)) {
                SchemaIndex.Target t = m.targets().keySet().iterator().next();
                if (t.kind() != SchemaIndex.Kind.VALUE) {
                    contextTables.add(t.tableId());
                }
            }
        }
        for (int index = 0; index < mentions.size(); index++) {
            Mentions.Mention m = mentions.get(index);
            if (m.targets().isEmpty()) {
                parts.add(new Part(m, null));
                continue;
            }
            List<Map.Entry<SchemaIndex.Target, Double>> ranked = new ArrayList<>(m.targets().entrySet());
            ranked.sort(Comparator.comparingDouble((Map.Entry<SchemaIndex.Target, Double> e) -> -score(m, e))
                    .thenComparing(e -> e.getKey().columnId() == null ? 0 : e.getKey().columnId()));
            SchemaIndex.Target best = ranked.get(0).getKey();
            if (ranked.size() > 1) {
                double gap = score(m, ranked.get(0)) - score(m, ranked.get(1));
                if (gap < 0.02) {
                    List<SchemaIndex.Target> tied = ranked.stream().filter(e -> score(m, ranked.get(0)) - score(m, e) < 0.02)
                            .map(Map.Entry::getKey).toList();
                    unclear.add(new Unclear(index, tied));
                }
            }
            double strength = m.targets().get(best);
            confidence *= Math.min(1.0, 0.5 + strength * 0.5);
            parts.add(new Part(m, best));
            if (best.kind() != SchemaIndex.Kind.VALUE && !inTimeExpression(m)) {
                contextTables.add(best.tableId());
            }
            tablePositions.putIfAbsent(best.tableId(), m.first());
        }
    }

    /**
     * "the most businesses" beside category.business_id: a plural names the rows that a reference column of another
     * table only points at. (A singular keeps the reference: "each state" beside lake.state_name, "each airline"
     * beside fare.fare_airline group by the value the rows hold, no join needed.)
     */
    private boolean pointsAtNamedTable(Mentions.Mention m, SchemaIndex.Target t) {
        SchemaLexicon.Column c = index.columns.get(t.columnId());
        return c != null && m.end() - m.first() == 1 && q.pos(m.first()).equals("NNS")
                && m.targets().keySet().stream().anyMatch(o -> o.kind() == SchemaIndex.Kind.TABLE
                && o.tableId() != c.tableId() && index.joins.keysInto(c.tableId(), o.tableId()).contains(c.id()));
    }

    private double score(Mentions.Mention m, Map.Entry<SchemaIndex.Target, Double> e) {
        SchemaIndex.Target t = e.getKey();
        double s = e.getValue();
        if (contextTables.contains(t.tableId())) {
            s += 0.3;
        }
        if (t.kind() == SchemaIndex.Kind.TABLE) {
            s += 0.05;
        } else if (t.kind() == SchemaIndex.Kind.COLUMN && pointsAtNamedTable(m, t)) {
            // the rows the column only points at, whatever else favours the column's table
            s -= 1;
        } else if (t.kind() == SchemaIndex.Kind.VALUE) {
            s += m.quoted() ? 0.3 : -0.05;
            // "the Mississippi River", "the state of Mississippi": the table named beside a value says whose it is
            boolean tableBeside = mentionsSeen.stream().anyMatch(x -> (x.first() == m.end() || x.end() == m.first()
                    || x.end() == m.first() - 1 && q.lower(m.first() - 1).equals("of"))
                    && x.targets().keySet().stream().anyMatch(o -> o.kind() == SchemaIndex.Kind.TABLE
                    && o.tableId() == t.tableId()));
            if (tableBeside) {
                s += 0.1;
            }
            // "a minor in Physics", "status is failed": the column named right before the value says whose it is
            boolean columnBeside = mentionsSeen.stream().anyMatch(x -> (x.end() == m.first()
                    || x.end() == m.first() - 1 && Set.of("in", "of", "be", "=", ":").contains(q.lower(m.first() - 1)))
                    && x.targets().keySet().stream().anyMatch(o -> o.kind() == SchemaIndex.Kind.COLUMN
                    && t.columnId() != null && t.columnId().equals(o.columnId())));
            if (columnBeside) {
                s += 0.1;
            }
        }
        if (t.columnId() != null) {
            // "to ORD" prefers to_airport over from_airport: the word just before the mention names the column
            List<String> words = index.columnWords.getOrDefault(t.columnId(), List.of());
            int i = m.first() - 1;
            while (i >= 0 && q.pos(i).equals("DT")) {
                i--;
            }
            if (i >= 0 && q.forms(i).stream().anyMatch(words::contains)) {
                s += 0.2;
            }
            // "states with an area": the column of the table named just before it
            for (int k = m.first() - 1; k >= 0 && k >= m.first() - 4; k--) {
                int at = k;
                Optional<Mentions.Mention> before = mentionsSeen.stream().filter(x -> x.first() <= at && at < x.end())
                        .findFirst();
                if (before.isPresent()) {
                    if (before.get().targets().keySet().stream().anyMatch(x -> x.kind() == SchemaIndex.Kind.TABLE
                            && x.tableId() == t.tableId())) {
                        // "states with an area", "states whose area": the words say whose column it is, which
                        // outweighs the table the question is about
                        boolean owned = false;
                        for (int w = before.get().end(); w < m.first(); w++) {
                            owned |= Set.of("with", "whose", "have", "having").contains(q.lower(w));
                        }
                        s += owned ? 0.45 : 0.25;
                    }
                    break;
                }
            }
            // "each customer" with orders.customer_id in play: people mean the customers, not their key
            if (t.kind() == SchemaIndex.Kind.COLUMN) {
                for (SchemaIndex.Target other : m.targets().keySet()) {
                    if (other.kind() == SchemaIndex.Kind.TABLE && pointsTo(t.columnId(), other.tableId())
                            && !index.labelColumn(other.tableId()).map(l -> l.name().equals(
                            index.columns.get(t.columnId()).name())).orElse(false)) {
                        s -= 0.4;
                    }
                }
            }
            // "each state" with lake.state_name in play: the column that holds the state's name, no join needed
            if (t.kind() == SchemaIndex.Kind.COLUMN) {
                String name = index.columns.get(t.columnId()).name();
                for (SchemaIndex.Target other : m.targets().keySet()) {
                    if (other.kind() == SchemaIndex.Kind.TABLE && index.labelColumn(other.tableId())
                            .map(l -> l.name().equals(name) && l.id() != t.columnId()).orElse(false)) {
                        s += 0.1;
                    }
                }
            }
        }
        return s;
    }

    private boolean pointsTo(long columnId, long tableId) {
        SchemaLexicon.Column c = index.columns.get(columnId);
        if (c.fkTargetColumnId() != null) {
            return index.column(c.fkTargetColumnId()).map(k -> k.tableId() == tableId).orElse(false);
        }
        return index.keyColumn(tableId).flatMap(k -> index.joins.edge(columnId, k.id())).isPresent();
    }

    // ------------------------------------------------------------------ cues

    /** Time expressions: a grain alone ("each year") groups; a range filters on the right date column. */
    private void timeRanges() {
        for (ParsedQuestion.TimeMention t : q.parsed().times()) {
            if (t.from() == null && t.to() == null || weekdayWords.stream().anyMatch(w -> w >= t.firstWord()
                    && w < t.endWord())) {
                continue; // "on Mondays" is a day of the week, not next Monday's date
            }
            if (t.endWord() - t.firstWord() == 2 && q.lower(t.firstWord()).equals("the")
                    && Cues.GRAINS.containsKey(q.lower(t.firstWord() + 1))) {
                // "return the month and the count": the period of a group, not this month (SUTime's reading)
                continue;
            }
            int cue = comparisonCueBefore(t.firstWord());
            if (cue >= 0 && comparedTime == null) {
                // the period compared with, not a filter: settled by periodComparison once the current one is known
                comparedTime = t;
                comparedCue = cue;
                markTime(t);
                continue;
            }
            if (overlapsPart(t.firstWord(), t.endWord(), SchemaIndex.Kind.VALUE)) {
                continue;
            }
            Optional<SchemaLexicon.Column> year = yearColumn().filter(y -> !datesOfOtherTables(y.tableId()));
            if (year.isPresent() && grainOf(t) == TimeGrain.YEAR && t.from() != null && t.to() != null
                    && t.to().equals(t.from().plusYears(1)) && t.from().getDayOfYear() == 1) {
                addFilter(new NlQuery.Condition(year.get().id(), NlQuery.Operator.EQUALS,
                        List.of(Integer.toString(t.from().getYear())), negatedBefore(t.firstWord()), false),
                        t.firstWord());
                markTime(t);
                understood.add("year " + t.from().getYear());
                continue;
            }
            if (year.isPresent() && t.from() != null && t.from().getDayOfYear() == 1 && (t.to() == null
                    || t.to().getDayOfYear() == 1) && dateColumn().isEmpty()) {
                List<String> values = new ArrayList<>();
                if (t.to() == null) {
                    addFilter(new NlQuery.Condition(year.get().id(), NlQuery.Operator.GREATER_OR_EQUAL,
                            List.of(Integer.toString(t.from().getYear())), false, false), t.firstWord());
                } else {
                    values.add(Integer.toString(t.from().getYear()));
                    values.add(Integer.toString(t.to().getYear() - 1));
                    addFilter(new NlQuery.Condition(year.get().id(), NlQuery.Operator.BETWEEN, values, false,
                            false), t.firstWord());
                }
                markTime(t);
                continue;
            }
            if (year.isPresent() && t.from() == null && t.to() != null && t.to().getDayOfYear() == 1
                    && dateColumn().isEmpty()) {
                // "before 2022" of a year column: the years before it
                addFilter(new NlQuery.Condition(year.get().id(), NlQuery.Operator.LESS,
                        List.of(Integer.toString(t.to().getYear())), false, false), t.firstWord());
                markTime(t);
                continue;
            }
            Optional<SchemaLexicon.Column> date = dateColumnNear(t.firstWord());
            if (date.isEmpty()) {
                problems.add("I found no date column for \"" + t.text() + "\".");
                continue;
            }
            addFilter(new NlQuery.Condition(date.get().id(), NlQuery.Operator.TIME_RANGE,
                    List.of(t.from() == null ? "" : t.from().toString(), t.to() == null ? "" : t.to().toString()),
                    negatedBefore(t.firstWord()), false), t.firstWord());
            markTime(t);
            contextTables.add(date.get().tableId());
            understood.add(t.text());
            // "in each of the last 6 months": the period, and one row per month of it
            int of = t.firstWord() - 1;
            TimeGrain each = Cues.GRAINS.get(q.lower(t.endWord() - 1));
            if (each != null && of >= 1 && q.lower(of).equals("of") && (q.lower(of - 1).equals("each")
                    || q.lower(of - 1).equals("every")) && groups.stream().noneMatch(g -> g.columnId()
                    == date.get().id())) {
                addGroup(new NlQuery.Field(date.get().id(), each));
                used[of] = used[of - 1] = true;
            }
            // "new customers who signed up in 2024": new in that period, which the date already says
            long dated = date.get().tableId();
            parts.stream().filter(p -> p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE
                    && p.target().tableId() == dated && p.first() > 0 && q.lower(p.first() - 1).equals("new"))
                    .forEach(p -> used[p.first() - 1] = true);
        }
    }

    /** The mention's unit, or the one its range spans when the parser gave none. */
    private static final Map<String, List<String>> WEEKDAYS = Map.ofEntries(
            Map.entry("weekend", List.of("6", "7")), Map.entry("weekday", List.of("1", "2", "3", "4", "5")),
            Map.entry("monday", List.of("1")), Map.entry("tuesday", List.of("2")),
            Map.entry("wednesday", List.of("3")), Map.entry("thursday", List.of("4")),
            Map.entry("friday", List.of("5")), Map.entry("saturday", List.of("6")), Map.entry("sunday", List.of("7")));
    private static final Set<String> WEEKDAY_LINKS = Set.of("on", "during", "over", "at", "in", "for", "every");

    /**
     * "sales made on weekends", "payments on Mondays and Fridays", "weekend trades": rows whose date falls on those
     * days of the week (a list is any of them). A column named like a day (a course's thursday) is that column.
     */
    private void weekdays() {
        List<String> days = new ArrayList<>();
        int first = -1;
        int last = -1;
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i).toLowerCase(java.util.Locale.ROOT);
            List<String> named = WEEKDAYS.get(w.endsWith("s") ? w.substring(0, w.length() - 1) : w);
            if (named == null || partAt(i).isPresent()) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && (q.pos(k).equals("DT") && !q.lower(k).equals("every") && !q.lower(k).equals("each")
                    || q.lower(k).equals("and") || q.lower(k).equals("or") || q.lower(k).equals(","))) {
                k--;
            }
            int at = i;
            boolean linked = k >= 0 && (WEEKDAY_LINKS.contains(q.lower(k)) || k == last)
                    || parts.stream().anyMatch(p -> p.first() == at + 1 && p.target() != null
                    && p.target().kind() == SchemaIndex.Kind.TABLE);
            if (!linked) {
                continue;
            }
            boolean dayName = named.size() == 1;
            if (dayName && !w.endsWith("s") && !(k >= 0 && (q.lower(k).equals("every") || q.lower(k).equals("each")
                    || k == last))) {
                problems.add("\"" + q.word(i).text() + "\": one date (which " + q.word(i).text() + "?) or every "
                        + q.word(i).text() + "? Say \"on " + q.word(i).text() + "s\" or give the date.");
                used[i] = true;
                return;
            }
            named.stream().filter(d -> !days.contains(d)).forEach(days::add);
            first = first < 0 ? i : first;
            last = i;
            weekdayWords.add(i);
            used[i] = true;
        }
        if (days.isEmpty()) {
            return;
        }
        Optional<SchemaLexicon.Column> date = dateColumnNear(first).filter(SchemaIndex::isCalendar);
        if (date.isEmpty()) {
            problems.add("I found no date to tell the day of the week by.");
            return;
        }
        days.sort(null);
        addFilter(new NlQuery.Condition(date.get().id(), NlQuery.Operator.WEEKDAY, days, negatedBefore(first), false),
                first);
        contextTables.add(date.get().tableId());
        understood.add("on " + q.text(first, last + 1));
    }

    static TimeGrain grainOf(ParsedQuestion.TimeMention t) {
        if (t.grain() != null || t.from() == null || t.to() == null) {
            return t.grain();
        }
        if (t.from().getDayOfYear() == 1 && t.to().equals(t.from().plusYears(1))) {
            return TimeGrain.YEAR;
        }
        if (t.from().getDayOfMonth() == 1 && t.to().equals(t.from().plusMonths(3))
                && (t.from().getMonthValue() - 1) % 3 == 0) {
            return TimeGrain.QUARTER;
        }
        if (t.from().getDayOfMonth() == 1 && t.to().equals(t.from().plusMonths(1))) {
            return TimeGrain.MONTH;
        }
        if (t.to().equals(t.from().plusDays(1))) {
            return TimeGrain.DAY;
        }
        return null;
    }

    private void markTime(ParsedQuestion.TimeMention t) {
        for (int i = t.firstWord(); i < t.endWord() && i < used.length; i++) {
            used[i] = true;
        }
        // a bare year also matched as a number must not become a comparison; "the year 2020" names no column
        parts.removeIf(p -> p.target() == null && p.first() >= t.firstWord() && p.end() <= t.endWord());
        parts.stream().filter(p -> p.first() >= t.firstWord() && p.end() <= t.endWord()).forEach(assigned::add);
    }

    /**
     * "Which customer signed up first?", "which order was placed last": the row whose date of that event is the
     * earliest (latest). The date is the one the verb names ("signed up" → signup_date), or the only one there is.
     */
    private void doneFirstOrLast() {
        int i = q.size() - 1;
        while (i > 0 && q.isPunctuation(i)) {
            i--;
        }
        String w = q.lower(i);
        if (i < 2 || used[i] || !(w.equals("first") || w.equals("last"))
                || !(q.pos(i - 1).startsWith("VB") || q.pos(i - 1).equals("RP"))) {
            return;
        }
        int at = i;
        used[at] = true;
        Optional<SchemaLexicon.Column> date = dateColumnNear(-1);
        used[at] = false;
        if (date.isEmpty()) {
            return;
        }
        order.add(new NlQuery.Order(null, date.get().id(), w.equals("last")));
        limit = 1;
        used[at] = true;
        parts.stream().filter(p -> p.first() <= at && p.end() > at).forEach(assigned::add);
        understood.add(w + " by " + date.get().name());
    }

    /** "top 5", "bottom 3", "the 10 most …", "the 3 highest …". */
    private void topN() {
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i);
            if ((w.equals("top") || w.equals("bottom") || w.equals("first") || w.equals("last"))
                    && q.number(i + 1).isPresent() && !used[i + 1]) {
                limit = q.number(i + 1).get().intValue();
                rankedList = true;
                if (!w.equals("first") && !w.equals("last")) {
                    ranking = w.equals("bottom") ? -1 : 1;
                    rankingWord = i;
                }
                used[i] = used[i + 1] = true;
                understood.add(w + " " + limit);
            } else if ((w.equals("top") || w.equals("bottom")) && !used[i]) {
                ranking = w.equals("bottom") ? -1 : 1;
                rankingWord = i;
                used[i] = true;
            } else if (q.number(i).isPresent() && !used[i] && q.pos(i).equals("CD") && hasRankingWord()
                    && isInteger(q.number(i).get()) && q.number(i).get().intValue() > 0
                    && q.number(i).get().intValue() <= 1000 && i > 0 && (q.lower(i - 1).equals("which")
                    || q.lower(i - 1).equals("the") || q.lower(i - 1).equals("what"))
                    && i + 1 < q.size() && q.pos(i + 1).startsWith("NN")) {
                // "Which 5 customers have the most orders", "the 3 products with the highest price"
                limit = q.number(i).get().intValue();
                rankedList = true;
                used[i] = true;
                understood.add("top " + limit);
            } else if (q.number(i).isPresent() && !used[i] && i + 1 < q.size()
                    && Cues.ranking(q.lower(i + 1), q.pos(i + 1)) != 0 && isInteger(q.number(i).get())
                    && q.number(i).get().intValue() <= 1000 && q.number(i).get().intValue() > 0) {
                limit = q.number(i).get().intValue();
                rankedList = true;
                used[i] = true;
                understood.add("top " + limit);
            }
        }
    }

    private boolean hasRankingWord() {
        for (int i = 0; i < q.size(); i++) {
            if (Cues.ranking(q.lower(i), q.pos(i)) != 0) {
                return true;
            }
        }
        return false;
    }

    /** "ordered by X", "sorted by the number of Y in descending order", "alphabetically", "highest to lowest". */
    private void explicitOrder() {
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i);
            if (w.equals("alphabetically") || (w.equals("alphabetical") && q.lower(i + 1).equals("order"))) {
                alphabetical = true;
                used[i] = true;
                orderByRequested = true;
            } else if (w.equals("descend") || w.equals("descending") || w.equals("desc")
                    || w.equals("decreasing") || w.equals("decrease")) {
                explicitDescending = true;
                used[i] = true;
            } else if (w.equals("ascend") || w.equals("ascending") || w.equals("asc") || w.equals("increasing")
                    || w.equals("increase") && q.lower(i + 1).equals("order")) {
                explicitDescending = false;
                used[i] = true;
            } else if (isOrderWord(i)) {
                used[i] = true;
                orderByRequested = true;
                for (int k = i + 1; k < q.size() && k <= i + 4; k++) {
                    if (q.lower(k).equals("by")) {
                        orderByWord = k;
                        used[k] = true;
                        for (int m = i + 1; m < k; m++) {
                            if (Cues.ignorable(q.lower(m)) || q.lower(m).equals("result")) {
                                used[m] = true;
                            }
                        }
                        break;
                    }
                }
            }
            // "starting from the best ratings to the lowest": the column between is the order
            if (w.equals("from") && orderByWord < 0) {
                int a = i + 1;
                while (a < q.size() && q.pos(a).equals("DT")) {
                    a++;
                }
                int up = a < q.size() ? Cues.ranking(q.lower(a), "JJS") : 0;
                for (int k = a + 2; up != 0 && k < q.size() && k <= a + 4; k++) {
                    if (!q.lower(k).equals("to")) {
                        continue;
                    }
                    int b = k + 1;
                    while (b < q.size() && q.pos(b).equals("DT")) {
                        b++;
                    }
                    int down = b < q.size() ? Cues.ranking(q.lower(b), "JJS") : 0;
                    if (down != 0 && down != up) {
                        explicitDescending = up > 0;
                        orderByRequested = true;
                        orderByWord = a;
                        for (int m = i; m <= b; m++) {
                            if (m == i || m == a || m >= k) {
                                used[m] = true;
                            }
                        }
                    }
                    break;
                }
            }
            // "from highest to lowest", "most to least"
            if (i + 2 < q.size() && q.lower(i + 1).equals("to")) {
                int a = Cues.ranking(w, "JJS");
                int b = Cues.ranking(q.lower(i + 2), "JJS");
                if (a != 0 && b != 0 && a != b) {
                    explicitDescending = a > 0;
                    used[i] = used[i + 1] = used[i + 2] = true;
                    if (i > 0 && q.lower(i - 1).equals("from")) {
                        used[i - 1] = true;
                    }
                }
            }
        }
    }

    private Optional<Part> valueAt(int at) {
        return parts.stream().filter(p -> p.first() == at && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.VALUE).findFirst();
    }

    /** "what percentage of orders were returned", "the share of customers in Germany": rows meeting a condition. */
    private void shares() {
        for (int i = 0; i + 1 < q.size(); i++) {
            String w = q.lower(i);
            boolean percent = w.equals("percentage") || w.equals("percent") || w.equals("%");
            if (!(percent || w.equals("share") || w.equals("proportion") || w.equals("fraction"))
                    || !q.lower(i + 1).equals("of")) {
                continue;
            }
            int at = i + 2;
            while (at < q.size() && (q.pos(at).equals("DT") || q.pos(at).startsWith("JJ")
                    || valueAt(at).isPresent())) {
                // "the percentage of failed payments": the value before the rows is the share's condition
                at = valueAt(at).map(Part::end).orElse(at + 1);
            }
            int table = at;
            Optional<Part> rows = parts.stream().filter(p -> p.first() == table && p.target() != null
                    && p.target().kind() == SchemaIndex.Kind.TABLE).findFirst();
            int outOf = outOfAll(rows.map(r -> r.target().tableId()).orElse(-1L), i);
            int after = i + 1;
            if (rows.isEmpty() && !hasWordAfter(i, "to") && parts.stream().anyMatch(p -> p.first() > after
                    && p.first() <= after + 4 && p.target() != null && p.target().kind() == SchemaIndex.Kind.COLUMN
                    && SchemaIndex.isNumeric(index.columns.get(p.target().columnId())))) {
                // "the share of total sales amount by payment method": each group's part of a whole sum
                problems.add("A " + w + " of a total amount (each group's part of the whole) is beyond me yet.");
                int cue = i;
                parts.stream().filter(p -> p.first() <= cue && p.end() > cue).forEach(assigned::add);
                return;
            }
            if (rows.isEmpty() || hasWordAfter(i, "to") || hasWordAfter(i, "out") && outOf < 0) {
                continue;
            }
            used[i] = used[i + 1] = true;
            int cue = i;
            // the cue word is no column of its own (trades.shares is not "the share of sales")
            parts.stream().filter(p -> p.first() <= cue && p.end() > cue).forEach(assigned::add);
            shareWord = i;
            measures.add(new NlQuery.Measure(percent ? NlQuery.Aggregation.PERCENT : NlQuery.Aggregation.SHARE,
                    rows.get().target().tableId(), null, List.of(), List.of()));
            assigned.add(rows.get());
            understood.add(percent ? "percentage" : "share");
            return;
        }
    }

    /**
     * "the proportion of flights with stops out of all flights": the whole the share is taken of, when it is all rows
     * of the same table; its words are used up and their position returned, else -1.
     */
    private int outOfAll(long table, int from) {
        for (int k = from + 1; k + 2 < q.size(); k++) {
            if (!q.lower(k).equals("out") || !q.lower(k + 1).equals("of")) {
                continue;
            }
            int at = k + 2;
            while (at < q.size() && (q.pos(at).equals("DT") || q.lower(at).equals("total"))) {
                at++;
            }
            int whole = at;
            Optional<Part> same = parts.stream().filter(p -> p.first() == whole && p.target() != null
                    && p.target().kind() == SchemaIndex.Kind.TABLE && p.target().tableId() == table).findFirst();
            if (same.isEmpty()) {
                return -1;
            }
            for (int w = k; w < same.get().end(); w++) {
                used[w] = true;
            }
            assigned.add(same.get());
            return k;
        }
        return -1;
    }

    private boolean hasWordAfter(int from, String word) {
        for (int k = from + 1; k < q.size(); k++) {
            if (q.lower(k).equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The conditions said after "percentage of orders" are what the share counts; the rest stays a filter. */
    private void shareConditions() {
        if (shareWord < 0) {
            return;
        }
        int end = q.size();
        for (int k = shareWord + 1; k < q.size(); k++) {
            String w = q.lower(k);
            if (Cues.GROUP_WORDS.contains(w) || (w.equals("by") && !isPassiveVerb(k - 1))) {
                end = k;
                break;
            }
        }
        List<NlQuery.Condition> where = new ArrayList<>();
        for (int k = filters.size() - 1; k >= 0; k--) {
            int at = filterAt.get(k);
            if (at > shareWord && at < end && filters.get(k).operator() != NlQuery.Operator.TIME_RANGE) {
                where.add(0, filters.remove(k));
                filterAt.remove(k);
            }
        }
        if (where.isEmpty()) {
            problems.add("I could not tell which rows the share counts.");
            return;
        }
        NlQuery.Measure share = measures.get(0);
        measures.set(0, new NlQuery.Measure(share.aggregation(), share.tableId(), null, where, List.of()));
    }

    /** "ratio of A to B": two counts or two columns. */
    private void ratios() {
        for (int i = 0; i < q.size(); i++) {
            if (!q.lower(i).equals("ratio")) {
                continue;
            }
            used[i] = true;
            int to = -1;
            for (int k = i + 1; k < q.size(); k++) {
                if (q.lower(k).equals("to") || q.lower(k).equals("versus") || q.lower(k).equals("vs")) {
                    to = k;
                    break;
                }
            }
            if (to < 0) {
                for (int k = i + 1; k + 1 < q.size(); k++) {
                    if (q.lower(k).equals("out") && q.lower(k + 1).equals("of")) {
                        to = k + 1;
                        used[k] = true;
                        break;
                    }
                }
            }
            for (int k = i + 1; to < 0 && k + 1 < q.size(); k++) {
                // "the ratio of population per area": "per" before a numeric column divides; "per state" groups
                int at = k + 1;
                if (q.lower(k).equals("per") && parts.stream().anyMatch(p -> p.first() == at && p.target() != null
                        && p.target().kind() == SchemaIndex.Kind.COLUMN
                        && SchemaIndex.isNumeric(index.columns.get(p.target().columnId())))) {
                    to = k;
                }
            }
            int from = i;
            int divisor = to;
            Optional<Part> left = operandAfter(from, divisor);
            Optional<Part> right = divisor < 0 ? Optional.empty() : operandAfter(divisor, q.size());
            if (left.isEmpty() && right.isPresent() && java.util.stream.IntStream.range(from + 1, Math.max(from + 1,
                    divisor)).anyMatch(stateWords::contains)) {
                // "the ratio of open to closed businesses": one noun for both states
                left = right;
            }
            if (to < 0 || left.isEmpty() || right.isEmpty()) {
                problems.add("I could not tell which two things the ratio compares.");
                return;
            }
            ratioWord = i;
            ratioDivisor = to;
            List<Part> after = List.of(left.get(), right.get());
            used[to] = true;
            Optional<NlQuery.Measure> a = ratioOperand(after.get(0));
            Optional<NlQuery.Measure> b = ratioOperand(after.get(1));
            if (a.isEmpty() || b.isEmpty()) {
                problems.add("I can only divide counts of rows or numeric columns.");
                return;
            }
            boolean rowLevel = a.get().aggregation() == NlQuery.Aggregation.VALUE;
            if (rowLevel != (b.get().aggregation() == NlQuery.Aggregation.VALUE)) {
                // "the ratio of total amount to the number of sales": against a count, a column is its total
                NlQuery.Measure value = rowLevel ? a.get() : b.get();
                NlQuery.Measure other = rowLevel ? b.get() : a.get();
                if (other.aggregation() != NlQuery.Aggregation.COUNT || !value.tableId().equals(other.tableId())) {
                    problems.add("I could not tell whether the ratio is per row or over totals.");
                    return;
                }
                NlQuery.Measure total = NlQuery.Measure.of(NlQuery.Aggregation.SUM, value.tableId(), value.columnId());
                // "the total amount of card sales to cash sales": the second side is said short, the same total
                boolean counted = countWordBefore(rowLevel ? after.get(1) : after.get(0));
                a = Optional.of(rowLevel || !counted ? total : a.get());
                b = Optional.of(!rowLevel || !counted ? total : b.get());
                rowLevel = false;
                understood.add("sum");
            }
            if (rowLevel && !a.get().tableId().equals(b.get().tableId())) {
                // "population per area": the one table that has both words' columns, when the first guesses differ
                Optional<List<NlQuery.Measure>> together = sameTableOperands(after.get(0), after.get(1));
                if (together.isEmpty()) {
                    problems.add("A ratio of two columns needs both in one table.");
                    return;
                }
                a = Optional.of(together.get().get(0));
                b = Optional.of(together.get().get(1));
            }
            NlQuery.Measure ratio = new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(),
                    List.of(a.get(), b.get()));
            Optional<NlQuery.Aggregation> over = ratioAggregation(i);
            if (over.isPresent() && !rowLevel) {
                problems.add("The " + spoken(over.get()) + " of a ratio of totals is beyond me yet.");
                return;
            }
            // "the average ratio of cruising speed to payload": each row's ratio, averaged
            Long ratioTable = a.get().tableId();
            measures.add(over.map(agg -> new NlQuery.Measure(agg, ratioTable, null, List.of(), List.of(ratio)))
                    .orElse(ratio));
            assigned.add(after.get(0));
            assigned.add(after.get(1));
            markAggregationWords(after.get(0));
            markAggregationWords(after.get(1));
            understood.add("ratio");
            return;
        }
    }

    /**
     * "the first name and last name of the salesperson": a name is its owner's own. When the table after "of" has no
     * column of those words, the names found belong to some other table (the customers' first_name) and showing
     * them would answer about other rows; the question is refused instead of answered about the wrong people.
     */
    private void namesOfAnotherTable() {
        for (Part p : parts) {
            if (p.target() == null || p.target().kind() != SchemaIndex.Kind.COLUMN) {
                continue;
            }
            int of = p.end();
            // "first name and last name of …": the owner said after the last of a list of names
            Part last = p;
            while (q.lower(of).equals("and") || q.lower(of).equals(",")) {
                int next = of + 1;
                Optional<Part> listed = parts.stream().filter(o -> o.first() == next && o.target() != null
                        && o.target().kind() == SchemaIndex.Kind.COLUMN).findFirst();
                if (listed.isEmpty()) {
                    break;
                }
                last = listed.get();
                of = last.end();
            }
            if (!q.lower(of).equals("of")) {
                continue;
            }
            int ownerAt = q.pos(of + 1).equals("DT") ? of + 2 : of + 1;
            Optional<Part> owner = parts.stream().filter(o -> o.first() == ownerAt && o.target() != null
                    && o.target().kind() == SchemaIndex.Kind.TABLE).findFirst();
            SchemaLexicon.Column c = index.columns.get(p.target().columnId());
            if (owner.isEmpty() || owner.get().target().tableId() == c.tableId()
                    || !c.name().toLowerCase(java.util.Locale.ROOT).contains("name")) {
                continue;
            }
            long ownerTable = owner.get().target().tableId();
            List<String> words = index.columnWords.getOrDefault(c.id(), List.of());
            boolean ownerHasIt = p.mention().targets().keySet().stream().anyMatch(t -> t.tableId() == ownerTable)
                    || index.columnsOf(ownerTable).stream().anyMatch(o -> index.columnWords
                    .getOrDefault(o.id(), List.of()).equals(words));
            if (!ownerHasIt) {
                problems.add(index.tables.get(ownerTable).name() + " has no \"" + q.text(p.first(), p.end())
                        + "\"; the one I found belongs to " + index.tables.get(c.tableId()).name() + ".");
                return;
            }
        }
    }

    // ------------------------------------------------------------------ durations

    /** Words that ask how much time passes between two moments ("how long" only with "how"). */
    private static final Set<String> SPAN_WORDS = Set.of("duration", "time", "day", "days", "long", "gap",
            "interval", "elapse", "elapsed", "last");
    /** Words before the later date ("from the start to the end"), or before the earlier one ("since admission"). */
    private static final Set<String> SPAN_LINKS = Set.of("between", "from", "since", "after", "to", "until", "till",
            "and");
    private static final Set<String> START_LINKS = Set.of("since", "after", "from");
    /** Units other than days: counted days are not these, and a question asking for them is refused. */
    private static final Set<String> OTHER_UNITS = Set.of("hour", "hours", "minute", "minutes", "second", "seconds",
            "week", "weeks", "month", "months", "year", "years");
    /** Column-name words of the first and the last moment of a row's own span (start_date … end_date). */
    private static final Set<String> SPAN_STARTS = Set.of("start", "begin", "from", "departure", "depart", "admit",
            "admission", "checkin", "open", "hire");
    private static final Set<String> SPAN_ENDS = Set.of("end", "finish", "to", "arrival", "arrive", "discharge",
            "checkout", "close", "stop");

    /**
     * "the average number of days between the start date and the end date", "how long from order to delivery", "the
     * time to graduation since admission", "days since the last sale", "the average treatment duration": whole days
     * between two date columns (or from one, or its latest, to today), as a row's figure or aggregated — the average,
     * total, shortest or longest. A row of a table with one start/end pair of dates has its own duration. Other units
     * (hours, months) are refused rather than given in days.
     */
    private void durations() {
        int cue = spanCue();
        if (cue < 0) {
            return;
        }
        List<Part> dates = parts.stream().filter(p -> !assigned.contains(p) && p.first() > cue
                && dateOf(p).isPresent()).toList();
        List<NlQuery.Measure> ends = new ArrayList<>();
        List<Part> taken = new ArrayList<>();
        if (dates.size() >= 2 && linkedDates(cue, dates.get(1).first())) {
            Part a = dates.get(0);
            Part b = dates.get(1);
            boolean reversed = linkBefore(b).filter(START_LINKS::contains).isPresent()
                    && linkBefore(a).filter(START_LINKS::contains).isEmpty();
            for (Part p : reversed ? List.of(b, a) : List.of(a, b)) {
                SchemaLexicon.Column c = dateOf(p).get();
                ends.add(NlQuery.Measure.of(NlQuery.Aggregation.VALUE, c.tableId(), c.id()));
            }
            taken.addAll(List.of(a, b));
            // "between a sale and its payment": the tables only say whose dates
            taken.stream().filter(p -> p.target().kind() != SchemaIndex.Kind.COLUMN).forEach(assigned::add);
        } else if (!dates.isEmpty() && linkBefore(dates.get(0)).filter(w -> w.equals("since")).isPresent()) {
            // "days since the last admission", "since the last sale": from that date (or the latest) to today
            Part a = dates.get(0);
            SchemaLexicon.Column c = dateOf(a).get();
            ends.add(NlQuery.Measure.of(latestOrEarliest(a), c.tableId(), c.id()));
            taken.add(a);
        } else if (dates.isEmpty()) {
            Optional<List<SchemaLexicon.Column>> pair = ownSpan(cue);
            if (pair.isEmpty()) {
                return;
            }
            pair.get().forEach(c -> ends.add(NlQuery.Measure.of(NlQuery.Aggregation.VALUE, c.tableId(), c.id())));
        } else {
            return;
        }
        Optional<String> unit = otherUnit(cue);
        if (unit.isPresent()) {
            problems.add("I can count the days between dates, not the " + (unit.get().endsWith("s") ? unit.get()
                    : unit.get() + "s") + " yet.");
            return;
        }
        long table = ends.get(0).tableId();
        NlQuery.Measure days = new NlQuery.Measure(NlQuery.Aggregation.DAYS, table, null, List.of(), ends);
        Optional<NlQuery.Aggregation> agg = Optional.empty();
        int rank = 0;
        int rankAt = -1;
        for (int i = cue - 1; i >= 0 && i >= cue - 6; i--) {
            String w = q.lower(i);
            Optional<Part> part = partAt(i);
            if (part.isPresent() && part.get().target() != null && part.get().target().kind() == SchemaIndex.Kind.TABLE
                    && part.get().target().tableId() == table && part.get().end() == cue) {
                if (q.pos(cue).startsWith("NN")) {
                    assigned.add(part.get()); // "the average treatment duration": whose duration it is
                }
                i = part.get().first(); // "treatments lasted": the rows, shown or grouped later
                continue;
            }
            if (part.isPresent()) {
                break;
            }
            if (Cues.aggregation(w).isPresent() && !used[i]) {
                agg = Cues.aggregation(w);
                used[i] = true;
                break;
            }
            int r = used[i] ? 0 : Cues.ranking(w, q.pos(i));
            if (r != 0) {
                rank = r;
                rankAt = i;
                break;
            }
            if (!(Cues.ignorable(w) || w.equals("number") || w.equals("how") || w.equals("many")
                    || q.pos(i).equals("DT"))) {
                break;
            }
            used[i] = true;
        }
        for (int i = cue + 1; i < q.size() && i <= cue + 3 && agg.isEmpty() && rank == 0; i++) {
            // "lasted the longest", "took the shortest"
            int r = used[i] || partAt(i).isPresent() ? 0 : Cues.ranking(q.lower(i), q.pos(i));
            if (r != 0) {
                rank = r;
                rankAt = i;
            } else if (!q.pos(i).equals("DT")) {
                break;
            }
        }
        for (int i = 0; i + 1 < q.size() && agg.isEmpty(); i++) {
            if (q.lower(i).equals("on") && q.lower(i + 1).equals("average")) {
                agg = Optional.of(NlQuery.Aggregation.AVG);
                used[i] = used[i + 1] = true;
            }
        }
        used[cue] = true;
        markSpanWords(cue);
        // a table said for its date ("since each customer signed up") may still be the rows to show
        taken.stream().filter(p -> p.target().kind() == SchemaIndex.Kind.COLUMN).forEach(p -> {
            assigned.add(p);
            markRange(p);
        });
        parts.stream().filter(p -> !assigned.contains(p) && p.first() >= cue && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.COLUMN && q.lower(p.first()).equals("last")
                && q.pos(p.first()).startsWith("VB")).forEach(p -> {
                    assigned.add(p); // "how long did treatments last": the verb, not last_name
                    used[p.first()] = true;
                });
        understood.add(Interpretations.measureText(days, index.lexicon));
        if (rank != 0 && agg.isPresent()) {
            // "whose treatments lasted the longest on average": groups ranked by their average
            used[rankAt] = true;
            int at = addMeasure(new NlQuery.Measure(agg.get(), table, null, List.of(), List.of(days)));
            rankingMeasures.add(at);
            setRanking(rank);
            rankingWord = rankAt;
            order.add(0, new NlQuery.Order(at, null, rank > 0));
            return;
        }
        if (rank != 0 && (rankedList || rowAsked())) {
            // "Which treatment took the longest?": rows ranked by their own span
            used[rankAt] = true;
            int at = addMeasure(days);
            rankingMeasures.add(at);
            setRanking(rank);
            rankingWord = rankAt;
            order.add(0, new NlQuery.Order(at, null, rank > 0));
            rowsShownWithTheirDays(days);
            return;
        }
        if (rank != 0) {
            used[rankAt] = true;
            agg = Optional.of(rank > 0 ? NlQuery.Aggregation.MAX : NlQuery.Aggregation.MIN);
        }
        askedMeasures.add(addMeasure(agg.map(a -> new NlQuery.Measure(a, table, null, List.of(), List.of(days)))
                .orElse(days)));
        if (agg.isEmpty()) {
            rowsShownWithTheirDays(days);
        }
    }

    /**
     * A row's own days ("the treatments and their durations", "the customer who signed up longest ago") shown with
     * the row: the table named is shown as a person reads it, keyed, so each row stays one (no grouping).
     */
    private void rowsShownWithTheirDays(NlQuery.Measure days) {
        if (days.operands().stream().anyMatch(o -> o.aggregation() != NlQuery.Aggregation.VALUE)) {
            return;
        }
        Optional<Part> rows = parts.stream().filter(p -> !assigned.contains(p) && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.TABLE && p.target().tableId() == days.tableId()).findFirst();
        Optional<SchemaLexicon.Column> key = index.keyColumn(days.tableId()).filter(index::uniquePerRow);
        if (rows.isEmpty() || key.isEmpty()) {
            return;
        }
        assigned.add(rows.get());
        entityGroup(days.tableId());
        if (groups.stream().noneMatch(g -> g.columnId() == key.get().id())) {
            groups.add(0, new NlQuery.Field(key.get().id(), null));
            entityGroupColumns.add(key.get().id());
        }
    }

    /** The date a part names: a date column, or the one date column of a table ("since the last sale"). */
    private Optional<SchemaLexicon.Column> dateOf(Part p) {
        if (p.target() == null || p.target().kind() == SchemaIndex.Kind.VALUE) {
            return Optional.empty();
        }
        if (p.target().kind() == SchemaIndex.Kind.COLUMN) {
            Optional<SchemaLexicon.Column> c = Optional.of(index.columns.get(p.target().columnId()))
                    .filter(SchemaIndex::isCalendar);
            if (c.isPresent()) {
                return c;
            }
            // "between a sale and its payment": "sale" read as payments.sale_id still names a sale, and its date
            return p.mention().targets().keySet().stream().filter(t -> t.kind() == SchemaIndex.Kind.TABLE)
                    .map(t -> onlyDate(t.tableId())).flatMap(Optional::stream).findFirst();
        }
        Optional<SchemaLexicon.Column> only = onlyDate(p.target().tableId());
        return only.isPresent() ? only : dateNamedBefore(p);
    }

    /**
     * "since the last admitted student": of a table's several dates, the one whose own name a word just before the
     * table shares (admit_term; "date", "time" and the table's own words decide nothing).
     */
    private Optional<SchemaLexicon.Column> dateNamedBefore(Part p) {
        List<SchemaLexicon.Column> named = new ArrayList<>();
        for (SchemaLexicon.Column c : index.columnsOf(p.target().tableId())) {
            if (!SchemaIndex.isCalendar(c)) {
                continue;
            }
            List<String> words = new ArrayList<>(index.columnWords.getOrDefault(c.id(), List.of()));
            words.removeAll(index.tableWords.getOrDefault(c.tableId(), List.of()));
            words.removeAll(List.of("date", "time", "day"));
            for (int i = Math.max(0, p.first() - 3); i < p.first(); i++) {
                if (q.forms(i).stream().anyMatch(words::contains) && !named.contains(c)) {
                    named.add(c);
                }
            }
        }
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private Optional<SchemaLexicon.Column> onlyDate(long tableId) {
        List<SchemaLexicon.Column> dates = index.columns.values().stream().filter(c -> c.tableId() == tableId
                && SchemaIndex.isCalendar(c)).toList();
        return dates.size() == 1 ? Optional.of(dates.get(0)) : Optional.empty();
    }

    /** The word asking for a span: "duration", "how long", "days" (not "30 days", a period; not a column's word). */
    private int spanCue() {
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i);
            int at = i;
            if (!SPAN_WORDS.contains(w) || used[i] || q.parsed().times().stream()
                    .anyMatch(t -> at >= t.firstWord() && at < t.endWord())) {
                continue;
            }
            if (w.equals("long") && !(i > 0 && q.lower(i - 1).equals("how"))) {
                continue;
            }
            if (w.equals("last") && !q.pos(i).startsWith("VB")) {
                continue; // "the last sale" is no span; "treatments lasted" is
            }
            if (partAt(i).isPresent() && !(w.equals("last") && partAt(i).get().end() == i + 1)) {
                continue; // a column's own word ("departure time"); "lasted" is no last_name
            }
            if (i > 0 && (q.number(i - 1).isPresent() || w.equals("time") && q.lower(i - 1).equals("many"))) {
                continue; // "30 days", "how many times"
            }
            return i;
        }
        return -1;
    }

    /** Whether a link word ("between", "from", "since", "to") stands between the cue and the second date. */
    private boolean linkedDates(int cue, int second) {
        for (int i = cue + 1; i < second; i++) {
            if (SPAN_LINKS.contains(q.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** The link word right before a date ("since the last", "to the"), skipping articles and order words. */
    private Optional<String> linkBefore(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 4; i--) {
            String w = q.lower(i);
            if (SPAN_LINKS.contains(w)) {
                used[i] = true;
                return Optional.of(w);
            }
            if (!(q.pos(i).equals("DT") || q.pos(i).equals("POS") || LATEST.contains(w) || EARLIEST.contains(w)
                    || w.equals("most") || q.pos(i).equals("VBN") || q.pos(i).equals("JJ"))) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static final Set<String> LATEST = Set.of("last", "latest", "recent", "newest");
    private static final Set<String> EARLIEST = Set.of("first", "earliest", "oldest");

    /** "since the last sale": the latest date of all; "since the first": the earliest; plain: each row's own. */
    private NlQuery.Aggregation latestOrEarliest(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 3 && !q.lower(i).equals("since"); i--) {
            boolean latest = LATEST.contains(q.lower(i));
            if (latest || EARLIEST.contains(q.lower(i))) {
                used[i] = true;
                partAt(i).filter(o -> o.end() == o.first() + 1).ifPresent(assigned::add); // "last" is no last_name
                return latest ? NlQuery.Aggregation.MAX : NlQuery.Aggregation.MIN;
            }
        }
        return NlQuery.Aggregation.VALUE;
    }

    /**
     * "the treatment duration", "how long do treatments last": the one table named (or in play) with exactly one
     * pair of dates whose names say start and end.
     */
    private Optional<List<SchemaLexicon.Column>> ownSpan(int cue) {
        Set<Long> tables = new LinkedHashSet<>();
        parts.stream().filter(p -> p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE)
                .forEach(p -> tables.add(p.target().tableId()));
        if (tables.isEmpty()) {
            tables.addAll(contextTables);
        }
        List<List<SchemaLexicon.Column>> pairs = new ArrayList<>();
        for (long t : tables) {
            List<SchemaLexicon.Column> dates = index.columns.values().stream().filter(c -> c.tableId() == t
                    && SchemaIndex.isCalendar(c)).toList();
            List<SchemaLexicon.Column> starts = dates.stream().filter(c -> namedBy(c, SPAN_STARTS)).toList();
            List<SchemaLexicon.Column> ends = dates.stream().filter(c -> namedBy(c, SPAN_ENDS)).toList();
            if (starts.size() == 1 && ends.size() == 1 && starts.get(0).id() != ends.get(0).id()) {
                pairs.add(List.of(starts.get(0), ends.get(0)));
            }
        }
        return pairs.size() == 1 && Set.of("duration", "long", "last").contains(q.lower(cue)) ? Optional.of(pairs.get(0))
                : Optional.empty();
    }

    private static boolean namedBy(SchemaLexicon.Column c, Set<String> words) {
        for (String part : c.name().toLowerCase(java.util.Locale.ROOT).split("[^a-z]+")) {
            if (words.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** A unit other than days the question asks the span in ("in hours", "how many months"). */
    private Optional<String> otherUnit(int cue) {
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i);
            int at = i;
            if (!OTHER_UNITS.contains(w) || q.parsed().times().stream()
                    .anyMatch(t -> at >= t.firstWord() && at < t.endWord())) {
                continue;
            }
            String before = i > 0 ? q.lower(i - 1) : "";
            if (i == cue || before.equals("in") || before.equals("many") || before.equals("of")) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    /** "in days", "as an integer", "number of": the words around a span that say nothing more. */
    private void markSpanWords(int cue) {
        for (int i = 0; i + 1 < q.size(); i++) {
            if (q.lower(i).equals("in") && (q.lower(i + 1).equals("day") || q.lower(i + 1).equals("days"))) {
                used[i] = used[i + 1] = true;
            }
        }
        if (cue >= 2 && q.lower(cue - 1).equals("of") && q.lower(cue - 2).equals("number")) {
            used[cue - 1] = used[cue - 2] = true;
        }
    }

    /** A table the question asks for ("Which treatment …"), not yet given another role. */
    private boolean rowAsked() {
        return parts.stream().anyMatch(p -> !assigned.contains(p) && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.TABLE && whTarget(p));
    }

    /** "the average ratio", "the highest ratio": an aggregation word right before "ratio" (articles between). */
    private Optional<NlQuery.Aggregation> ratioAggregation(int ratio) {
        int i = ratio - 1;
        while (i >= 0 && q.pos(i).equals("DT")) {
            i--;
        }
        Optional<NlQuery.Aggregation> agg = i < 0 || used[i] ? Optional.empty() : Cues.aggregation(q.lower(i))
                .filter(a -> a != NlQuery.Aggregation.SUM);
        if (agg.isPresent()) {
            used[i] = true;
        }
        return agg;
    }

    /** The label column of a table the words name and the measures so far are on, when the words' column is a namesake. */
    private Optional<SchemaLexicon.Column> measuredTablesOwnLabel(Part p) {
        if (p.target().kind() != SchemaIndex.Kind.COLUMN) {
            return Optional.empty();
        }
        String name = index.columns.get(p.target().columnId()).name();
        Set<Long> measured = new LinkedHashSet<>();
        measures.forEach(m -> collectTables(m, measured));
        // the words themselves, not the mention's other targets: a choice between readings keeps only one
        Set<String> said = new java.util.HashSet<>();
        for (int i = p.first(); i < p.end(); i++) {
            said.addAll(q.forms(i));
        }
        return measured.stream().filter(t -> t != p.target().tableId()
                        && said.containsAll(index.tableWords.getOrDefault(t, List.of("\u0000"))))
                .map(index::labelColumn).flatMap(Optional::stream)
                .filter(l -> l.name().equals(name)).findFirst();
    }

    private Optional<List<NlQuery.Measure>> sameTableOperands(Part left, Part right) {
        List<List<NlQuery.Measure>> found = new ArrayList<>();
        for (SchemaIndex.Target l : left.mention().targets().keySet()) {
            for (SchemaIndex.Target r : right.mention().targets().keySet()) {
                if (l.kind() == SchemaIndex.Kind.COLUMN && r.kind() == SchemaIndex.Kind.COLUMN
                        && l.tableId() == r.tableId() && SchemaIndex.isNumeric(index.columns.get(l.columnId()))
                        && SchemaIndex.isNumeric(index.columns.get(r.columnId()))) {
                    found.add(List.of(NlQuery.Measure.of(NlQuery.Aggregation.VALUE, l.tableId(), l.columnId()),
                            NlQuery.Measure.of(NlQuery.Aggregation.VALUE, r.tableId(), r.columnId())));
                }
            }
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** "product category": a table named right before one of its columns only says whose column it is. */
    private Part headOf(Part p) {
        if (p.target().kind() != SchemaIndex.Kind.TABLE) {
            return p;
        }
        return parts.stream().filter(o -> o.first() == p.end() && o.target() != null
                && o.target().kind() == SchemaIndex.Kind.COLUMN && o.target().tableId() == p.target().tableId())
                .findFirst().orElse(p);
    }

    /** The first table or column after {@code from} (and before {@code until}); "aircraft capacity" is the column. */
    private Optional<Part> operandAfter(int from, int until) {
        Optional<Part> first = parts.stream().filter(p -> p.first() > from && p.first() < until && p.target() != null
                && p.target().kind() != SchemaIndex.Kind.VALUE).findFirst();
        if (first.isPresent() && countOfWhatFollows(first.get())) {
            // "the number of courses": a count of the courses, not a text column called "number"
            used[first.get().first()] = true;
            used[first.get().end()] = true;
            assigned.add(first.get());
            return operandAfter(first.get().end(), until);
        }
        if (first.isPresent() && first.get().target().kind() == SchemaIndex.Kind.TABLE) {
            Optional<Part> column = parts.stream().filter(p -> p.first() == first.get().end() && p.target() != null
                    && p.target().kind() == SchemaIndex.Kind.COLUMN
                    && p.target().tableId() == first.get().target().tableId()).findFirst();
            if (column.isPresent()) {
                assigned.add(first.get());
                return column;
            }
        }
        return first;
    }

    /** A text column named only "number" or "count", said as "the number of" something else the question names. */
    private boolean countOfWhatFollows(Part p) {
        String w = q.lower(p.first());
        if (p.end() != p.first() + 1 || !(w.equals("number") || w.equals("count")) || !q.lower(p.end()).equals("of")
                || p.target().kind() != SchemaIndex.Kind.COLUMN
                || SchemaIndex.isNumeric(index.columns.get(p.target().columnId()))) {
            return false;
        }
        int next = q.pos(p.end() + 1).equals("DT") ? p.end() + 2 : p.end() + 1;
        return parts.stream().anyMatch(o -> o.first() == next && o.target() != null
                && o.target().kind() != SchemaIndex.Kind.VALUE);
    }

    /** Filters said inside a ratio's operand ("restaurants with a rating above 4 to …") count only for it. */
    private void ratioConditions() {
        if (ratioWord < 0 || measures.isEmpty() || measures.get(0).aggregation() != NlQuery.Aggregation.RATIO) {
            return;
        }
        NlQuery.Measure ratio = measures.get(0);
        List<NlQuery.Condition> a = new ArrayList<>();
        List<NlQuery.Condition> b = new ArrayList<>();
        int end = q.size();
        for (int k = ratioDivisor + 1; k < q.size(); k++) {
            int i = k;
            String w = q.lower(i);
            boolean groupBy = w.equals("by") && !isPassiveVerb(i - 1) && parts.stream().anyMatch(p -> p.first() == i + 1
                    || p.first() == i + 2 && q.pos(i + 1).equals("DT"));
            if (Cues.GROUP_WORDS.contains(w) || groupBy || (w.equals("in") && valueFilterAt(i + 1))) {
                end = i;
                break;
            }
        }
        for (int k = filters.size() - 1; k >= 0; k--) {
            int at = filterAt.get(k);
            if (at > ratioWord && at < ratioDivisor) {
                a.add(0, filters.remove(k));
                filterAt.remove(k);
            } else if (at > ratioDivisor && at < end) {
                b.add(0, filters.remove(k));
                filterAt.remove(k);
            }
        }
        if (a.stream().noneMatch(c -> c.operator() == NlQuery.Operator.TIME_RANGE)) {
            // "the rate of payments over 100 to payments in 2024": a period said last, with none on the first side,
            // is the whole ratio's ("sales in 2024 to sales in 2023" gives each side its own)
            for (int k = b.size() - 1; k >= 0; k--) {
                if (b.get(k).operator() == NlQuery.Operator.TIME_RANGE) {
                    filters.add(b.remove(k));
                    filterAt.add(-1);
                }
            }
        }
        if (a.isEmpty() && b.isEmpty()) {
            return;
        }
        List<NlQuery.Measure> ops = ratio.operands();
        if (ops.get(0).aggregation() == NlQuery.Aggregation.VALUE) {
            // "the altitude of Everest to the altitude of K2", "sales in Germany to sales in France": each side is
            // the column over its own rows — a sum, which is the row's value when one row meets the condition
            ops = ops.stream().map(o -> NlQuery.Measure.of(NlQuery.Aggregation.SUM, o.tableId(), o.columnId())).toList();
            understood.add("sum");
        }
        measures.set(0, new NlQuery.Measure(NlQuery.Aggregation.RATIO, null, null, List.of(), List.of(
                withWhere(ops.get(0), a), withWhere(ops.get(1), b))));
    }

    private boolean valueFilterAt(int word) {
        return parts.stream().anyMatch(p -> p.first() == word && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.VALUE);
    }

    private static NlQuery.Measure withWhere(NlQuery.Measure m, List<NlQuery.Condition> where) {
        if (where.isEmpty()) {
            return m;
        }
        List<NlQuery.Condition> all = new ArrayList<>(m.where());
        all.addAll(where);
        return new NlQuery.Measure(m.aggregation(), m.tableId(), m.columnId(), all, m.operands());
    }

    private Optional<NlQuery.Measure> ratioOperand(Part p) {
        Optional<NlQuery.Aggregation> agg = aggregationBefore(p);
        if (p.target().kind() == SchemaIndex.Kind.TABLE) {
            return Optional.of(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, p.target().tableId(), null));
        }
        SchemaLexicon.Column c = index.columns.get(p.target().columnId());
        if (!SchemaIndex.isNumeric(c)) {
            return Optional.empty();
        }
        if (agg.isPresent() && agg.get() != NlQuery.Aggregation.COUNT) {
            return Optional.of(NlQuery.Measure.of(agg.get(), c.tableId(), c.id()));
        }
        return Optional.of(NlQuery.Measure.of(NlQuery.Aggregation.VALUE, c.tableId(), c.id()));
    }

    /** "each X", "per X", "by X", "for every X", "group by X": group keys. */
    private void groupCues() {
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i);
            // "the top 3 businesses in terms of review count": what they are ranked by, as "by" says it
            boolean inTermsOf = w.equals("of") && q.lower(i - 1).equals("term") && q.lower(i - 2).equals("in");
            boolean cue = Cues.GROUP_WORDS.contains(w)
                    || (w.equals("by") && !isOrderWord(i - 1) && !isOrderWord(i - 2))
                    || (w.equals("across") && i + 1 < q.size()) || inTermsOf;
            if (!cue || used[i]) {
                continue;
            }
            if (inTermsOf && !(rankingWord >= 0 && rankingWord < i && (q.lower(rankingWord).equals("top")
                    || q.lower(rankingWord).equals("bottom")))) {
                continue;
            }
            if (inTermsOf) {
                used[i - 1] = used[i - 2] = true;
            }
            if ((w.equals("by") || inTermsOf) && rankingWord >= 0 && rankingWord < i
                    && (q.lower(rankingWord).equals("top")
                    || q.lower(rankingWord).equals("bottom"))) {
                // "the top 3 products by price": what they are ranked by, not a group
                rankBy = i;
                used[i] = true;
                continue;
            }
            if (w.equals("by") && (isPassiveAgent(i)
                    || isPassiveVerb(i - 1) && !Cues.GROUP_WORDS.contains(q.lower(i + 1)))) {
                continue;
            }
            int k = i + 1;
            while (k < q.size() && (q.lower(k).equals("the") || q.lower(k).equals("different")
                    || q.lower(k).equals("individual") || q.lower(k).equals("each") || q.lower(k).equals("every")
                    || q.lower(k).equals("their"))) {
                k++;
            }
            int at = k;
            Optional<Part> part = parts.stream().filter(p -> p.first() == at && p.target() != null
                    && p.target().kind() != SchemaIndex.Kind.VALUE).findFirst().map(this::headOf);
            TimeGrain grain = Cues.GRAINS.get(q.lower(at));
            if (part.isPresent()) {
                Part p = part.get();
                // "by year" with a year column: the column; a grain word naming a date column's period otherwise
                boolean entity = p.target().kind() == SchemaIndex.Kind.TABLE;
                NlQuery.Field field = entity
                        ? index.labelColumn(p.target().tableId()).map(c -> new NlQuery.Field(c.id(), null))
                        .orElse(null)
                        : new NlQuery.Field(p.target().columnId(), grainFor(p.target().columnId(), grain));
                int cueAt = i;
                if (entity && w.equals("per") && parts.stream().anyMatch(o -> o.end() == cueAt && o.target() != null
                        && o.target().kind() == SchemaIndex.Kind.COLUMN
                        && o.target().tableId() == p.target().tableId())) {
                    // "the average quantity per sale" of a sale's own quantity: each row is one, not a group
                    assigned.add(p);
                    for (int m = i; m < p.end(); m++) {
                        used[m] = true;
                    }
                    continue;
                }
                if (!entity && w.equals("per") && amountPerUnit(index.columns.get(p.target().columnId()))) {
                    // "the average price per share": a rate (divide by the shares?) or each number of shares? Ask.
                    problems.add("\"per " + q.text(p.first(), p.end()) + "\" could divide by "
                            + index.columns.get(p.target().columnId()).name() + " or group by each of its values; say"
                            + " which.");
                    assigned.add(p);
                    continue;
                }
                Optional<SchemaLexicon.Column> own = measuredTablesOwnLabel(p);
                if (own.isPresent()) {
                    // "population per area for each state" measured on state: the state's own name, not a
                    // city's reference to it
                    field = new NlQuery.Field(own.get().id(), null);
                }
                if (field == null) {
                    continue;
                }
                if (entity && own.isEmpty()) {
                    entityGroup(p.target().tableId());
                } else {
                    addGroup(field);
                }
                assigned.add(p);
                for (int m = i; m < at; m++) {
                    used[m] = true;
                }
                if (p.first() != at) {
                    parts.stream().filter(o -> o.first() == at).forEach(assigned::add);
                }
                if (w.equals("by") && i > 0 && (q.lower(i - 1).equals("group") || q.lower(i - 1).equals("break")
                        || q.lower(i - 1).equals("breakdown") || q.lower(i - 1).equals("split"))) {
                    used[i - 1] = true;
                }
                listedGroups(p);
            } else if (grain != null && !Cues.GROUP_WORDS.contains(q.lower(at - 1)) || grain != null) {
                Optional<SchemaLexicon.Column> year = grain == TimeGrain.YEAR ? yearColumn() : Optional.empty();
                Optional<SchemaLexicon.Column> date = dateColumnNear(at);
                if (year.isPresent()) {
                    addGroup(new NlQuery.Field(year.get().id(), null));
                } else if (date.isPresent()) {
                    addGroup(new NlQuery.Field(date.get().id(), grain));
                    contextTables.add(date.get().tableId());
                } else {
                    problems.add("I found no date column to group by " + q.lower(at) + ".");
                    continue;
                }
                for (int m = i; m <= at; m++) {
                    used[m] = true;
                }
                understood.add("by " + q.lower(at));
            }
        }
        // "which month had the highest revenue", "what year were most students admitted": the period asked for is a
        // group (the ranking then keeps the best one)
        for (int i = 0; i + 1 < q.size(); i++) {
            TimeGrain grain = Cues.GRAINS.get(q.lower(i + 1));
            if (grain == null || used[i + 1] || !(q.lower(i).equals("which") || q.lower(i).equals("what"))
                    || partAt(i + 1).isPresent()) {
                continue;
            }
            Optional<SchemaLexicon.Column> year = grain == TimeGrain.YEAR ? yearColumn() : Optional.empty();
            Optional<SchemaLexicon.Column> date = year.isPresent() ? year : dateColumnNear(i + 1);
            if (date.isEmpty()) {
                problems.add("I found no date column to tell the " + q.lower(i + 1) + " by.");
                continue;
            }
            addGroup(new NlQuery.Field(date.get().id(), year.isPresent() ? null : grain));
            contextTables.add(date.get().tableId());
            used[i] = true;
            used[i + 1] = true;
            understood.add("by " + q.lower(i + 1));
            for (int k = 1; k < q.size(); k++) {
                if (q.lower(k).equals(q.lower(i + 1)) && q.lower(k - 1).equals("the")) {
                    used[k - 1] = true; // "… and the month": the period asked for, shown
                    used[k] = true;
                }
            }
            // "return … the month as a date": the period is shown as its first day, which is a date
            for (int k = 0; k + 2 < q.size(); k++) {
                if (q.lower(k).equals("as") && (q.lower(k + 1).equals("a") && q.lower(k + 2).equals("date")
                        || q.lower(k + 1).equals("date"))) {
                    int shownAs = q.lower(k + 1).equals("date") ? k + 1 : k + 2;
                    used[k] = true;
                    used[k + 1] = true;
                    used[shownAs] = true;
                    // "date" may also name date columns: here it only says how the period is shown
                    parts.stream().filter(o -> o.first() == shownAs && o.end() == shownAs + 1).forEach(assigned::add);
                }
            }
        }
        // "monthly revenue", "annual numbers": a grain adjective groups by that period
        for (int i = 0; i < q.size(); i++) {
            String w = q.lower(i);
            if (!used[i] && (w.equals("monthly") || w.equals("weekly") || w.equals("daily") || w.equals("yearly")
                    || w.equals("quarterly") || w.equals("annual") || w.equals("hourly"))) {
                TimeGrain grain = Cues.GRAINS.get(w);
                String before = q.lower(i - 1);
                if (Cues.aggregation(before).filter(a -> a != NlQuery.Aggregation.SUM
                        && a != NlQuery.Aggregation.COUNT).isPresent() || Cues.ranking(before, q.pos(i - 1)) != 0
                        && (q.pos(i - 1).equals("JJS") || q.pos(i - 1).equals("RBS"))) {
                    // "the highest daily volume", "the average monthly revenue": an extreme or an average of
                    // per-period totals, a query over a grouped query
                    problems.add("The " + q.surface(i - 1) + " of " + w + " totals needs a nested query, which I"
                            + " cannot build yet.");
                    used[i] = true;
                    continue;
                }
                Optional<SchemaLexicon.Column> year = grain == TimeGrain.YEAR ? yearColumn() : Optional.empty();
                Optional<SchemaLexicon.Column> date = dateColumnNear(i);
                if (year.isPresent()) {
                    addGroup(new NlQuery.Field(year.get().id(), null));
                    used[i] = true;
                } else if (date.isPresent()) {
                    addGroup(new NlQuery.Field(date.get().id(), grain));
                    used[i] = true;
                }
            }
        }
    }

    /**
     * A number column of many values that no one groups by ("per share", "per amount"): not a key, a year or a date,
     * and more than a dozen values in the catalog's sample (ratings 1–5, numbers of doors still group).
     */
    private boolean amountPerUnit(SchemaLexicon.Column c) {
        return SchemaIndex.isNumeric(c) && !c.primaryKey() && c.fkTargetColumnId() == null
                && !JoinGraph.namedAsKeyOf(index, c, c.tableId()) && !SchemaIndex.isTemporal(c)
                && !index.columnWords.getOrDefault(c.id(), List.of()).contains("year")
                && (c.distinctCount() == null || c.distinctCount() > 12);
    }

    /**
     * "Which payment method is used the most?", "which category is ordered least often": the value of one column
     * that the most (fewest) rows have — the rows counted per value, the first one kept.
     */
    /** Verbs that only say a value occurs ("used the most"); "ordered the most" counts orders, not these rows. */
    private static final Set<String> FREQUENCY_VERBS = Set.of("use", "choose", "select", "pick", "prefer", "occur",
            "appear", "repeat", "mention");

    private void mostFrequent() {
        // "the 2 most common trade types": a number asked for keeps its limit
        if (!measures.isEmpty() || !groups.isEmpty() || !order.isEmpty() || fields.size() != 1
                || limit != null && !rankedList) {
            return;
        }
        for (int i = 2; i < q.size(); i++) {
            String pos = q.pos(i);
            int rank = Cues.ranking(q.lower(i), pos);
            if (used[i] || rank == 0 || !(pos.equals("RBS") || pos.equals("JJS"))
                    || !q.lower(i - 1).equals("the") || !FREQUENCY_VERBS.contains(q.lower(i - 2))
                    || !(q.lower(i).equals("most") || q.lower(i).equals("least"))) {
                continue;
            }
            applyMostFrequent(i, rank, 1);
            return;
        }
        // "which payment method is used most often", "… the least frequently"
        for (int i = 1; i + 1 < q.size(); i++) {
            boolean verbBefore = FREQUENCY_VERBS.contains(q.lower(i - 1))
                    || q.lower(i - 1).equals("the") && i >= 2 && FREQUENCY_VERBS.contains(q.lower(i - 2));
            if (used[i] || !verbBefore || !(q.lower(i).equals("most") || q.lower(i).equals("least"))
                    || !Set.of("often", "frequently", "commonly").contains(q.lower(i + 1))) {
                continue;
            }
            used[i + 1] = true;
            applyMostFrequent(i, q.lower(i).equals("most") ? 1 : -1, q.lower(i - 1).equals("the") ? 1 : 0);
            return;
        }
        // "the most common payment method", "the least frequent category"
        for (int i = 0; i + 2 < q.size(); i++) {
            int at = i + 2;
            if (used[i] || !(q.lower(i).equals("most") || q.lower(i).equals("least"))
                    || !Set.of("common", "frequent", "used").contains(q.lower(i + 1))
                    || parts.stream().noneMatch(p -> p.first() == at && p.target() != null
                    && p.target().kind() == SchemaIndex.Kind.COLUMN
                    && p.target().columnId() == fields.get(0).columnId())) {
                continue;
            }
            used[i + 1] = true;
            applyMostFrequent(i, q.lower(i).equals("most") ? 1 : -1, 0);
            return;
        }
    }

    /** Counts the rows per value of the one field and keeps the first; {@code before} more words were the cue. */
    private void applyMostFrequent(int i, int rank, int before) {
        NlQuery.Field f = fields.get(0);
        SchemaLexicon.Column c = index.columns.get(f.columnId());
        boolean rowItself = index.labelColumn(c.tableId()).map(l -> l.id() == c.id()).orElse(false)
                || index.keyColumn(c.tableId()).map(k -> k.id() == c.id()).orElse(false);
        if (rowItself) {
            return; // each row has its own name: counting rows per name ranks nothing
        }
        groups.add(f);
        int at = addMeasure(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, c.tableId(), null));
        rankingMeasures.add(at);
        order.add(new NlQuery.Order(at, null, rank > 0));
        if (limit == null) {
            limit = 1;
        }
        used[i] = true;
        if (before > 0) {
            used[i - 1] = true;
        }
        understood.add((rank > 0 ? "most" : "least") + " often");
    }

    /**
     * "Return their name and total", "… and the count": an aggregation word standing alone names a measure the
     * question already has, not a new one.
     */
    private void measuresNamedAgain() {
        for (int i = 0; i < q.size(); i++) {
            if (used[i] || partAt(i).isPresent()) {
                continue;
            }
            String w = q.lower(i);
            Optional<NlQuery.Aggregation> a = w.equals("count") || w.equals("number") ? Optional.of(
                    NlQuery.Aggregation.COUNT) : Cues.aggregation(w);
            boolean alone = i + 1 >= q.size() || q.isPunctuation(i + 1) || q.lower(i + 1).equals("and")
                    || q.lower(i + 1).equals("of") && (q.lower(i + 2).equals("each") || q.lower(i + 2).equals("it"));
            if (a.isPresent() && alone && measures.stream().anyMatch(m -> m.aggregation() == a.get())) {
                used[i] = true;
            }
        }
    }

    private void addFilter(NlQuery.Condition condition, int at) {
        filters.add(condition);
        filterAt.add(at);
        namedBefore(at, condition.columnId());
    }

    /**
     * "the year 2020", "paper ID 2", "the state Texas": the column named right before the value it is filtered on
     * only says which column the value belongs to; it is neither shown nor grouped.
     */
    private void namedBefore(int valueAt, long columnId) {
        for (Part p : parts) {
            if (p.target() != null && p.target().kind() == SchemaIndex.Kind.COLUMN
                    && p.target().columnId() != null && p.target().columnId() == columnId
                    && (p.end() == valueAt || p.end() == valueAt - 1 && q.lower(valueAt - 1).equals("of"))) {
                assigned.add(p);
            }
        }
    }

    /** "by outcome and drug", "by region, segment": the columns listed after a group are groups too. */
    private void listedGroups(Part first) {
        Part last = first;
        while (q.lower(last.end()).equals("and") || q.lower(last.end()).equals(",")) {
            int at = last.end() + 1;
            TimeGrain grain = Cues.GRAINS.get(q.lower(at));
            if (grain != null && partAt(at).isEmpty()) {
                // "by payment method and year": a period of the rows' date
                Optional<SchemaLexicon.Column> year = grain == TimeGrain.YEAR ? yearColumn() : Optional.empty();
                Optional<SchemaLexicon.Column> date = year.isPresent() ? year : dateColumnNear(at);
                if (date.isEmpty()) {
                    return;
                }
                addGroup(new NlQuery.Field(date.get().id(), year.isPresent() ? null : grain));
                used[last.end()] = used[at] = true;
                understood.add("by " + q.lower(at));
                return;
            }
            Optional<Part> next = parts.stream().filter(o -> o.first() == at && o.target() != null
                    && o.target().kind() == SchemaIndex.Kind.COLUMN && !assigned.contains(o)).findFirst();
            if (next.isEmpty() || !SchemaIndex.isText(index.columns.get(next.get().target().columnId()))
                    && !SchemaIndex.isBoolean(index.columns.get(next.get().target().columnId()))) {
                return;
            }
            addGroup(new NlQuery.Field(next.get().target().columnId(), null));
            assigned.add(next.get());
            used[last.end()] = true;
            last = next.get();
        }
    }

    /**
     * "for each salesperson": one group per row of the table, named as a person reads it (first and last name); when
     * the sample shows those names repeating, the key too — two salespeople called Anna stay two.
     */
    private void entityGroup(long tableId) {
        List<SchemaLexicon.Column> names = index.nameColumns(tableId);
        Optional<SchemaLexicon.Column> key = index.keyColumn(tableId);
        // only when the catalog's sample saw the names repeat; unknown counts keep the names alone
        boolean repeating = names.size() == 1 && names.get(0).distinctCount() != null
                && !index.uniquePerRow(names.get(0))
                || names.size() > 1 && names.stream().allMatch(c -> c.distinctCount() != null)
                && index.tables.get(tableId).estimatedRows() != null
                && names.stream().mapToLong(SchemaLexicon.Column::distinctCount).max().orElse(0)
                < index.tables.get(tableId).estimatedRows() * 0.99;
        List<SchemaLexicon.Column> shown = new ArrayList<>();
        if (key.isPresent() && repeating && !index.valueList(tableId)
                && names.stream().noneMatch(c -> c.id() == key.get().id())) {
            shown.add(key.get());
        }
        shown.addAll(names);
        for (SchemaLexicon.Column c : shown) {
            if (groups.stream().noneMatch(g -> g.columnId() == c.id())) {
                addGroup(new NlQuery.Field(c.id(), null));
                entityGroupColumns.add(c.id());
            }
        }
    }

    /**
     * "the total cost of fares for each airline code": a group on the key that the measured rows reference, with
     * nothing else of the key's table asked, is the measured rows' own referencing column — no join to read the same
     * value back, and fares whose code has no airline row are not dropped. Orders on the key follow it.
     */
    private void keysWhereReferenced(List<NlQuery.Field> out, List<NlQuery.Order> orders) {
        if (measures.isEmpty() || !having.isEmpty() || compare != null) {
            return;
        }
        Set<Long> measured = new LinkedHashSet<>();
        measures.forEach(m -> collectTables(m, measured));
        for (int i = 0; i < out.size(); i++) {
            NlQuery.Field f = out.get(i);
            long keyTable = index.columns.get(f.columnId()).tableId();
            boolean onlyThis = f.grain() == null && !measured.contains(keyTable)
                    && out.stream().filter(o -> index.columns.get(o.columnId()).tableId() == keyTable).count() == 1
                    && filters.stream().noneMatch(c -> index.columns.get(c.columnId()).tableId() == keyTable)
                    && orders.stream().noneMatch(o -> o.columnId() != null && o.columnId() != f.columnId()
                            && index.columns.get(o.columnId()).tableId() == keyTable)
                    && parts.stream().noneMatch(p -> p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE
                            && p.target().tableId() == keyTable);
            List<JoinGraph.Edge> from = onlyThis ? index.joins.referencing(f.columnId()).stream()
                    .filter(e -> measured.contains(e.fromTableId())).toList() : List.of();
            if (from.size() != 1) {
                continue;
            }
            long referencing = from.get(0).fromColumnId();
            out.set(i, new NlQuery.Field(referencing, null));
            for (int k = 0; k < orders.size(); k++) {
                NlQuery.Order o = orders.get(k);
                if (o.columnId() != null && o.columnId() == f.columnId()) {
                    orders.set(k, new NlQuery.Order(o.measure(), referencing, o.descending()));
                }
            }
        }
    }

    /**
     * A sum or average over rows the joins repeat for another reason than the groups: "the citations of each author"
     * repeats each publication once per author, which is the grouping itself; "the average rating of products in
     * each category sold by credit card" repeats each review once per sale of its product, which nothing groups.
     * The ways from the measured rows to the grouped tables are walked first; any other join that fans out counts.
     */
    private boolean repeatedBesideGroups(List<JoinGraph.Edge> edges, long measured, List<NlQuery.Field> shown) {
        Set<Long> grouping = new java.util.HashSet<>(List.of(measured));
        Set<JoinGraph.Edge> groupingEdges = new java.util.HashSet<>();
        for (NlQuery.Field f : shown) {
            for (JoinGraph.Edge e : pathTo(measured, index.columns.get(f.columnId()).tableId(), edges)) {
                groupingEdges.add(e);
                grouping.add(e.fromTableId());
                grouping.add(e.toTableId());
            }
        }
        List<NlQuery.Join> others = edges.stream().filter(e -> !groupingEdges.contains(e))
                .map(e -> new NlQuery.Join(e.fromColumnId(), e.toColumnId())).toList();
        return JoinGraph.repeats(index, others, grouping);
    }

    /**
     * Equally short ways between the tables asked about, one through a table the question names in passing ("courses
     * offered for each semester": through course_offering, not student_record): that way, without asking. Otherwise
     * the plan stands, with its alternatives for the person to choose from.
     */
    private JoinGraph.Plan wayTheQuestionNames(long base, Set<Long> wanted, JoinGraph.Plan plan) {
        if (plan.alternatives().isEmpty()) {
            return plan;
        }
        List<List<JoinGraph.Edge>> ways = new ArrayList<>();
        ways.add(plan.edges());
        ways.addAll(plan.alternatives());
        List<Integer> named = ways.stream().map(edges -> waypointWordsNamed(base, wanted, edges)).toList();
        int best = named.stream().mapToInt(Integer::intValue).max().orElse(0);
        if (best == 0 || named.stream().filter(n -> n == best).count() > 1) {
            return plan;
        }
        return new JoinGraph.Plan(ways.get(named.indexOf(best)), List.of());
    }

    /** How many words of the tables a way passes through (not those asked about) the question says, in any form. */
    private int waypointWordsNamed(long base, Set<Long> wanted, List<JoinGraph.Edge> edges) {
        Set<Long> through = new LinkedHashSet<>();
        for (JoinGraph.Edge e : edges) {
            through.add(e.fromTableId());
            through.add(e.toTableId());
        }
        through.remove(base);
        through.removeAll(wanted);
        Set<String> asked = new java.util.HashSet<>(index.tableWords.getOrDefault(base, List.of()));
        wanted.forEach(t -> asked.addAll(index.tableWords.getOrDefault(t, List.of())));
        int count = 0;
        for (long table : through) {
            for (String word : index.tableWords.getOrDefault(table, List.of())) {
                Set<String> said = new java.util.HashSet<>(ROW_VERBS.getOrDefault(word, Set.of()));
                said.add(word);
                if (!asked.contains(word) && java.util.stream.IntStream.range(0, q.size())
                        .anyMatch(i -> q.forms(i).stream().anyMatch(said::contains))) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * "How many products were sold in 2024?" read over products alone would count the products launched in 2024: a
     * verb that makes the rows of a table ("sold" → sales) speaks of that table and of its dates, so a reading with a
     * period that joins none of the tables the verb names is refused rather than dated by another table.
     */
    private Optional<String> verbOfTablesLeftOut(long base, List<JoinGraph.Edge> edges) {
        boolean dated = filters.stream().anyMatch(f -> f.operator() == NlQuery.Operator.TIME_RANGE)
                || groups.stream().anyMatch(g -> g.grain() != null);
        if (!dated) {
            return Optional.empty(); // only a period read on another table's dates answers another question
        }
        Set<Long> used = new LinkedHashSet<>();
        used.add(base);
        edges.forEach(e -> {
            used.add(e.fromTableId());
            used.add(e.toTableId());
        });
        for (int i = 0; i < q.size(); i++) {
            if (!q.pos(i).startsWith("VB")) {
                continue;
            }
            String verb = q.lower(i);
            Set<Long> named = new LinkedHashSet<>();
            for (Map.Entry<Long, List<String>> t : index.tableWords.entrySet()) {
                if (t.getValue().stream().anyMatch(w -> ROW_VERBS.getOrDefault(w, Set.of()).contains(verb))) {
                    named.add(t.getKey());
                }
            }
            boolean ownColumn = index.columns.values().stream().filter(c -> used.contains(c.tableId()))
                    .anyMatch(c -> index.columnWords.getOrDefault(c.id(), List.of()).stream()
                            .anyMatch(w -> ROW_VERBS.getOrDefault(w, Set.of()).contains(verb)));
            // "sales paid by credit card": the sales' own payment_method says how they were paid
            if (!named.isEmpty() && !ownColumn && named.stream().noneMatch(used::contains)) {
                return Optional.of("\"" + q.word(i).text() + "\" speaks of " + String.join(" or ", named.stream()
                        .map(t -> index.tables.get(t).name()).toList()) + ", which my reading of the question does "
                        + "not use; name what to count or sum there.");
            }
        }
        return Optional.empty();
    }

    /**
     * "Which customers have both bought a product and made a trade?": a table the question names that the reading
     * neither joins, nor asks about as missing rows, nor read as a condition answers another question; refused.
     */
    private Optional<String> tableNamedButLeftOut(long base, List<JoinGraph.Edge> edges) {
        Set<Long> used = new LinkedHashSet<>();
        used.add(base);
        edges.forEach(e -> {
            used.add(e.fromTableId());
            used.add(e.toTableId());
        });
        for (NlQuery.Condition f : filters) {
            if (f.operator() == NlQuery.Operator.HAS_NONE) {
                index.column(Long.parseLong(f.values().get(0))).ifPresent(c -> used.add(c.tableId()));
            }
        }
        for (Part p : parts) {
            if (p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE && !absent.contains(p)
                    && !absorbed.contains(p) && !used.contains(p.target().tableId())) {
                return Optional.of("I could not tell how \"" + q.text(p.first(), p.end()) + "\" ("
                        + index.tables.get(p.target().tableId()).name() + ") fits the question.");
            }
        }
        return Optional.empty();
    }

    /** The verbs that make a row of a common business table: "each customer bought" goes through the sales. */
    private static final Map<String, Set<String>> ROW_VERBS = Map.of(
            "sale", Set.of("buy", "sell", "purchase"),
            "order", Set.of("order", "buy", "purchase"),
            "purchase", Set.of("buy", "purchase"),
            "payment", Set.of("pay"),
            "review", Set.of("review", "rate"),
            "trade", Set.of("trade", "buy", "sell"));

    /**
     * "the total credits of each student" where a student row keeps its total: grouped by the table's key and
     * measured on that row's own columns, each group is one row, so the measure is the row's value (not a sum of one
     * value under a "Sum of" label). Only when nothing else is involved that could bring more rows per key.
     */
    private void oneRowGroups() {
        if (groups.isEmpty() || measures.isEmpty() || !having.isEmpty() || compare != null) {
            return;
        }
        long table = index.columns.get(groups.get(0).columnId()).tableId();
        Optional<SchemaLexicon.Column> key = index.keyColumn(table).filter(index::uniquePerRow);
        boolean byKey = key.isPresent() && groups.stream().anyMatch(g -> g.grain() == null
                && g.columnId() == key.get().id());
        boolean ownRows = groups.stream().allMatch(g -> index.columns.get(g.columnId()).tableId() == table)
                && filters.stream().allMatch(f -> f.operator() != NlQuery.Operator.HAS_NONE
                        && index.columns.get(f.columnId()).tableId() == table)
                && measures.stream().allMatch(m -> ownValue(m, table));
        if (!byKey || !ownRows) {
            return;
        }
        measures.replaceAll(this::rowValue);
    }

    private boolean ownValue(NlQuery.Measure m, long table) {
        if (m.columnId() == null && m.operands().size() == 1 && m.aggregation() != NlQuery.Aggregation.DAYS) {
            return m.where().isEmpty() && ownValue(m.operands().get(0), table); // the average of each row's days
        }
        return switch (m.aggregation()) {
            case SUM, AVG, MIN, MAX, MEDIAN, VALUE -> m.where().isEmpty() && m.columnId() != null
                    && index.columns.get(m.columnId()).tableId() == table;
            case RATIO, DAYS -> m.where().isEmpty() && m.operands().stream().allMatch(o -> ownValue(o, table));
            default -> false;
        };
    }

    private NlQuery.Measure rowValue(NlQuery.Measure m) {
        if (m.aggregation() == NlQuery.Aggregation.DAYS) {
            return m;
        }
        if (m.columnId() == null && m.operands().size() == 1) {
            return rowValue(m.operands().get(0));
        }
        if (m.aggregation() == NlQuery.Aggregation.RATIO) {
            return new NlQuery.Measure(m.aggregation(), m.tableId(), m.columnId(), m.where(),
                    m.operands().stream().map(this::rowValue).toList());
        }
        return NlQuery.Measure.of(NlQuery.Aggregation.VALUE, index.columns.get(m.columnId()).tableId(), m.columnId());
    }

    /**
     * "the credits of each student … give the student id": a column that tells the rows apart, asked for by name,
     * is how the question wants each of them shown; the names "each student" brought along are dropped.
     */
    private void entityShownByNamedKey() {
        for (long added : Set.copyOf(entityGroupColumns)) {
            long owner = index.columns.get(added).tableId();
            List<SchemaLexicon.Column> names = index.nameColumns(owner);
            boolean keyStillGroups = names.size() > 1 || names.size() == 1 && index.namesRows(names.get(0));
            boolean namesAsked = index.keyColumn(owner).map(k -> k.id() == added).orElse(false) && keyStillGroups
                    && names.stream().allMatch(n -> groups.stream().anyMatch(g -> g.columnId() == n.id())
                    && !entityGroupColumns.contains(n.id()));
            if (namesAsked) {
                // "Return the doctor's first name, last name and …": what is shown is what was listed; the key still
                // groups (NlSql), so two doctors of one name stay two rows
                groups.removeIf(g -> g.columnId() == added);
                entityGroupColumns.remove(added);
                continue;
            }
            long table = index.columns.get(added).tableId();
            boolean keyAsked = groups.stream().map(g -> index.columns.get(g.columnId()))
                    .anyMatch(c -> c.tableId() == table && !entityGroupColumns.contains(c.id())
                            && index.uniquePerRow(c));
            if (keyAsked) {
                groups.removeIf(g -> g.columnId() == added);
                entityGroupColumns.remove(added);
            }
        }
    }

    /** Both name columns when the table names a row by first and last name, else the label alone. */
    private List<SchemaLexicon.Column> personNames(long tableId, SchemaLexicon.Column label) {
        List<SchemaLexicon.Column> names = index.nameColumns(tableId);
        return names.size() > 1 && names.stream().anyMatch(c -> c.id() == label.id()) ? names : List.of(label);
    }

    private void addGroup(NlQuery.Field field) {
        // named again (for itself): no longer only what stands for an entity
        entityGroupColumns.remove(field.columnId());
        if (groups.stream().noneMatch(g -> g.columnId() == field.columnId())) {
            groups.add(field);
            understood.add("by " + index.columns.get(field.columnId()).name());
        }
    }

    private TimeGrain grainFor(long columnId, TimeGrain spoken) {
        SchemaLexicon.Column c = index.columns.get(columnId);
        return SchemaIndex.isTemporal(c) && spoken != null ? spoken : null;
    }

    /** "received by each author" is a group; "written by Smith" is an agent. A "by" before a value is not a group. */
    private boolean isPassiveAgent(int i) {
        return parts.stream().anyMatch(p -> p.first() == i + 1 && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.VALUE);
    }

    /** "received by each author" reads as a group, but "written by", "offered by the department" name an agent. */
    private boolean isPassiveVerb(int i) {
        String pos = q.pos(i);
        String w = q.lower(i);
        if (!(pos.equals("VBN") || pos.equals("VBD"))) {
            return false;
        }
        return !Set.of("group", "break", "split", "categorize", "categorise", "segment", "aggregate", "bucket",
                "order", "sort", "rank").contains(w);
    }

    /** "ordered by", "sort by", "Order the results by" — but not "orders by month", where orders are rows. */
    private boolean isOrderWord(int i) {
        String w = q.lower(i);
        if (!(w.equals("order") || w.equals("sort") || w.equals("rank") || w.equals("arrange"))) {
            return false;
        }
        String pos = q.pos(i);
        boolean sentenceStart = i == 0 || q.lower(i - 1).equals(".") || q.lower(i - 1).equals("?");
        return pos.startsWith("VB") || (sentenceStart && !pos.equals("NNS")) || q.lower(i - 1).equals("in")
                || q.lower(i - 1).equals("alphabetical") || q.lower(i - 1).equals("descending")
                || q.lower(i - 1).equals("ascending");
    }

    /** Aggregation words before a table or column: measures; superlatives: ranking. */
    private void measureCues() {
        for (Part p : parts) {
            if (p.target() == null || p.target().kind() == SchemaIndex.Kind.VALUE || assigned.contains(p)) {
                continue;
            }
            Optional<NlQuery.Aggregation> agg = aggregationBefore(p);
            Optional<String> outer = p.target().kind() == SchemaIndex.Kind.TABLE
                    || !SchemaIndex.isNumeric(index.columns.get(p.target().columnId()))
                    ? aggregateOfCount(p) : Optional.empty();
            if (outer.isPresent()) {
                // "the average number of sales per customer": an average over counts per group, not one count
                problems.add("The " + outer.get() + " of a count (\"" + q.text(p.first(), p.end())
                        + "\") needs a nested query, which I cannot build yet.");
                assigned.add(p);
                continue;
            }
            int rank = rankingBefore(p);
            if (rank == 0 && p.target().kind() == SchemaIndex.Kind.COLUMN && q.pos(p.first()).startsWith("VB")) {
                rank = rankingAfterVerb(p);
            }
            SchemaIndex.Target t = p.target();
            boolean revenueWord = t.kind() == SchemaIndex.Kind.COLUMN && p.end() - p.first() == 1
                    && SchemaIndex.isRevenueWord(WordForms.norm(q.lower(p.first())));
            if (revenueWord && agg.isPresent() && agg.get() != NlQuery.Aggregation.SUM) {
                // "the average revenue per customer": an average of each customer's total, or the total over the
                // number of customers — either needs a nested query; never each customer's average sale
                problems.add("The " + spoken(agg.get()) + " of revenue (a total) needs a nested query, which I"
                        + " cannot build yet.");
                assigned.add(p);
                continue;
            }
            if (agg.isEmpty() && revenueWord) {
                // "the revenue in 2024": revenue is how much was sold in all, a sum whatever words come before
                agg = Optional.of(NlQuery.Aggregation.SUM);
            }
            if (agg.isEmpty() && rank != 0 && t.kind() == SchemaIndex.Kind.COLUMN && amountOfMost(t)) {
                // "the salesperson with the most revenue", "the customers who spent the most": an amount that adds
                // up over the rows, so the most of it is the largest sum, not the largest single row
                agg = Optional.of(NlQuery.Aggregation.SUM);
            }
            boolean orderTarget = orderTargetAt(p);
            boolean perGroupExtreme = rank != 0 && t.kind() == SchemaIndex.Kind.COLUMN && extremePerGroup(p);
            if (t.kind() == SchemaIndex.Kind.TABLE) {
                if (agg.isPresent() && agg.get() != NlQuery.Aggregation.COUNT
                        && agg.get() != NlQuery.Aggregation.SUM) {
                    problems.add("I cannot take the " + agg.get().code() + " of "
                            + index.tables.get(t.tableId()).name() + " rows.");
                    continue;
                }
                if (rank != 0 && agg.isEmpty() && !countRanking()) {
                    // "the longest rivers": the table's length, not how many rivers
                    Optional<SchemaLexicon.Column> dimension = dimensionColumn(t.tableId(), rankingWord);
                    if (dimension.isEmpty()) {
                        problems.add("I could not tell what \"" + q.word(rankingWord).text() + "\" measures for "
                                + index.tables.get(t.tableId()).name() + ".");
                        continue;
                    }
                    setRanking(rank);
                    // "the oldest patient" was born first: a birth date ranks the other way round from an age
                    boolean born = index.columnWords.getOrDefault(dimension.get().id(), List.of()).contains("birth");
                    order.add(0, new NlQuery.Order(null, dimension.get().id(), born != rank > 0));
                    rankedColumns.add(new Part(p.mention(), new SchemaIndex.Target(SchemaIndex.Kind.COLUMN,
                            t.tableId(), dimension.get().id(), null)));
                    markAggregationWords(p);
                    continue;
                }
                if (agg.isPresent() && agg.get() == NlQuery.Aggregation.SUM && !countWordBefore(p)
                        && !amountsOf(t.tableId()).isEmpty()) {
                    // "the highest total sales": how many sales, or the sum of what they are worth? Ask.
                    int mention = foundAt(p);
                    if (mention < 0) {
                        problems.add("\"" + q.text(p.first(), p.end()) + "\" could be a count or a sum; say which.");
                        continue;
                    }
                    List<SchemaIndex.Target> readings = new ArrayList<>();
                    readings.add(t);
                    amountsOf(t.tableId()).forEach(c -> readings.add(new SchemaIndex.Target(SchemaIndex.Kind.COLUMN,
                            c.tableId(), c.id(), null)));
                    unclear.add(new Unclear(mention, readings));
                }
                if (agg.isPresent() || rank != 0 || (orderTarget && countWordBefore(p))) {
                    NlQuery.Measure m = NlQuery.Measure.of(NlQuery.Aggregation.COUNT, t.tableId(), null);
                    int at = addMeasure(m);
                    assigned.add(p);
                    markAggregationWords(p);
                    (rank != 0 ? rankingMeasures : askedMeasures).add(at);
                    if (rank != 0) {
                        setRanking(rank);
                        order.add(0, new NlQuery.Order(at, null, rank > 0));
                    } else if (orderTarget) {
                        order.add(new NlQuery.Order(at, null, explicitDescending == null || explicitDescending));
                    }
                }
                continue;
            }
            SchemaLexicon.Column c = index.columns.get(t.columnId());
            boolean numeric = SchemaIndex.isNumeric(c);
            if (agg.isPresent()) {
                NlQuery.Aggregation a = agg.get();
                if (a == NlQuery.Aggregation.COUNT) {
                    boolean thingsCounted = SchemaIndex.isWholeNumber(c, false) && !c.primaryKey()
                            && c.fkTargetColumnId() == null && q.pos(p.end() - 1).equals("NNS");
                    if (numeric && (countLike(c) || thingsCounted)) {
                        // "the number of shares" of trades.shares: each row says how many already
                        a = averageBefore(p) ? NlQuery.Aggregation.AVG : NlQuery.Aggregation.SUM;
                    } else if (distinctWordBefore(p) || index.labelColumn(c.tableId()).map(l -> l.id() == c.id())
                            .orElse(false)) {
                        a = NlQuery.Aggregation.COUNT_DISTINCT;
                    } else {
                        problems.add("I could not tell what to count in \"" + q.text(p.first(), p.end()) + "\".");
                        continue;
                    }
                } else if (!numeric && a != NlQuery.Aggregation.MIN && a != NlQuery.Aggregation.MAX
                        && !SchemaIndex.isTemporal(c)) {
                    problems.add("\"" + c.name() + "\" is not a number to take the " + a.code() + " of.");
                    continue;
                }
                int at = addMeasure(NlQuery.Measure.of(a, c.tableId(), c.id()));
                measureParts.put(p, at);
                assigned.add(p);
                markAggregationWords(p);
                (rank != 0 && !perGroupExtreme ? rankingMeasures : askedMeasures).add(at);
                if (rank != 0 && !perGroupExtreme) {
                    setRanking(rank);
                    order.add(0, new NlQuery.Order(at, null, rank > 0));
                } else if (orderTarget) {
                    order.add(new NlQuery.Order(at, null, explicitDescending == null || explicitDescending));
                }
            } else if (perGroupExtreme && (numeric || SchemaIndex.isTemporal(c))) {
                // "What is the highest rating for each product?": each group's maximum, not the one top row
                int at = addMeasure(NlQuery.Measure.of(rank > 0 ? NlQuery.Aggregation.MAX : NlQuery.Aggregation.MIN,
                        c.tableId(), c.id()));
                measureParts.put(p, at);
                assigned.add(p);
                markAggregationWords(p);
                used[rankingWord] = true;
            } else if (rank != 0 && (numeric || SchemaIndex.isTemporal(c))) {
                // ranked by a row's own value ("the publication with the highest number of citations")
                setRanking(rank);
                order.add(0, new NlQuery.Order(null, c.id(), rank > 0));
                assigned.add(p);
                markAggregationWords(p);
                rankedColumns.add(p);
            } else if (orderTarget) {
                boolean descending = rankBy >= 0 && p.first() > rankBy ? ranking >= 0
                        : explicitDescending != null && explicitDescending;
                order.add(new NlQuery.Order(null, c.id(), descending));
                if (rankBy >= 0 && p.first() > rankBy) {
                    rankedColumns.add(p);
                }
                assigned.add(p);
                markAggregationWords(p);
            }
        }
    }

    /**
     * "the average total amount and quantity", "the number of sales and the total amount": a number column listed
     * right after a measure is measured too — with the same aggregation, or summed after a count — never a group.
     */
    private void listedMeasures() {
        for (Part p : parts) {
            if (assigned.contains(p) || p.target() == null || p.target().kind() != SchemaIndex.Kind.COLUMN) {
                continue;
            }
            SchemaLexicon.Column c = index.columns.get(p.target().columnId());
            if (!SchemaIndex.isNumeric(c) || c.primaryKey() || c.fkTargetColumnId() != null
                    || JoinGraph.namedAsKeyOf(index, c, c.tableId())) {
                continue;
            }
            int before = p.first() - 1;
            while (before >= 0 && q.pos(before).equals("DT")) {
                before--;
            }
            if (before < 1 || !(q.lower(before).equals("and") || q.lower(before).equals(","))) {
                continue;
            }
            int prevEnd = before;
            Optional<Part> prev = parts.stream().filter(o -> o.end() == prevEnd && assigned.contains(o)).findFirst();
            if (prev.isEmpty()) {
                continue;
            }
            Optional<NlQuery.Aggregation> agg = Optional.empty();
            if (measureParts.containsKey(prev.get())) {
                agg = Optional.of(measures.get(measureParts.get(prev.get())).aggregation());
            } else if (prev.get().target().kind() == SchemaIndex.Kind.TABLE && measures.stream().anyMatch(m ->
                    m.aggregation() == NlQuery.Aggregation.COUNT && m.tableId() != null
                    && m.tableId() == prev.get().target().tableId())) {
                agg = Optional.of(NlQuery.Aggregation.COUNT);
            }
            if (agg.isEmpty()) {
                continue;
            }
            NlQuery.Aggregation a = switch (agg.get()) {
                case SUM, AVG, MIN, MAX, MEDIAN -> agg.get();
                case COUNT -> NlQuery.Aggregation.SUM;
                default -> null;
            };
            if (a == null) {
                continue;
            }
            int at = addMeasure(NlQuery.Measure.of(a, c.tableId(), c.id()));
            measureParts.put(p, at);
            askedMeasures.add(at);
            assigned.add(p);
            used[before] = true;
            understood.add(spoken(a) + " " + c.name());
        }
    }

    /**
     * "What is the highest rating for each product?", "the lowest price in each category": the superlative right
     * before the column asked for, with groups and no count of rows wanted, is each group's extreme. "Which product
     * has the highest rating" (a row asked for) stays a ranking.
     */
    private boolean extremePerGroup(Part p) {
        if (groups.isEmpty() || rankedList || rankingWord < 0 || rankingWord < p.first() - 2
                || rankingWord >= p.first()) {
            return false;
        }
        if (parts.stream().anyMatch(o -> o.first() == p.end() && o.mention().targets().keySet().stream()
                .anyMatch(t -> t.kind() == SchemaIndex.Kind.TABLE))) {
            return false; // "the highest rated business in each city" asks for a business of each city, not a rating
        }
        int i = rankingWord - 1;
        while (i >= 0 && q.pos(i).equals("DT")) {
            i--;
        }
        if (i < 0 || Cues.COMMANDS.contains(q.lower(i))) {
            return true;
        }
        return q.lower(i).equals("be") && (i == 0 || q.lower(i - 1).equals("what"));
    }

    private final List<Part> rankedColumns = new ArrayList<>();
    /** The measure (index) an aggregated column mention became: "average rating" compared is a group condition. */
    private final Map<Part, Integer> measureParts = new java.util.HashMap<>();

    private static final Set<String> MONEY_WORDS = Set.of("amount", "price", "revenue", "total", "cost", "value",
            "sale", "income", "spend", "spent", "paid", "payment", "fee", "charge");

    /** The columns saying what a table's rows are worth (money), at most three: what "total <rows>" may sum. */
    private List<SchemaLexicon.Column> amountsOf(long tableId) {
        return index.columnsOf(tableId).stream().filter(SchemaIndex::isNumeric)
                .filter(c -> !c.primaryKey() && c.fkTargetColumnId() == null && c.semanticType() != SemanticType.PK
                        && c.semanticType() != SemanticType.FK && c.semanticType() != SemanticType.ID)
                .filter(c -> c.semanticType() == SemanticType.CURRENCY || index.columnWords.getOrDefault(c.id(),
                        List.of()).stream().anyMatch(MONEY_WORDS::contains))
                .limit(3).toList();
    }

    /** The index in the mentions as found of the one {@code p} stands for, or -1 when merging changed it. */
    private int foundAt(Part p) {
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i).first() == p.first() && found.get(i).end() == p.end()) {
                return i;
            }
        }
        return -1;
    }

    /** "most"/"fewest"/"highest number of" rank by a count; "longest", "largest" rank by a dimension. */
    /** "most"/"least" grading the adjective after it ("most recent", "least expensive"), which measures something. */
    private boolean degreeOfAdjective(int word) {
        String w = q.lower(word);
        return (w.equals("most") || w.equals("least")) && q.pos(word + 1).equals("JJ")
                && !Cues.dimensions(q.lower(word + 1), q.surface(word + 1)).isEmpty();
    }

    private boolean countRanking() {
        if (rankingWord < 0) {
            return false;
        }
        String w = q.lower(rankingWord);
        String surface = q.surface(rankingWord);
        if (degreeOfAdjective(rankingWord)) {
            return false; // "the most recent sales": the most of the adjective, not of the rows
        }
        return w.equals("most") || w.equals("many") || w.equals("few") || w.equals("fewest") || surface.equals("most")
                || surface.equals("fewest") || surface.equals("least")
                || q.lower(rankingWord + 1).equals("number") || q.lower(rankingWord + 1).equals("count");
    }

    /** The column a superlative adjective measures: longest → length, highest → altitude/height… of that table. */
    private Optional<SchemaLexicon.Column> dimensionColumn(long tableId, int word) {
        if (degreeOfAdjective(word)) {
            // "the most recent", "the least expensive": the adjective after it says what is measured
            used[word + 1] = true;
            word++;
        }
        Set<String> nouns = Cues.dimensions(q.lower(word), q.surface(word));
        List<SchemaLexicon.Column> found = index.columnsOf(tableId).stream()
                .filter(c -> SchemaIndex.isNumeric(c) || SchemaIndex.isTemporal(c))
                .filter(c -> index.columnWords.getOrDefault(c.id(), List.of()).stream().anyMatch(nouns::contains))
                .toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private int addMeasure(NlQuery.Measure m) {
        int existing = measures.indexOf(m);
        if (existing >= 0) {
            return existing;
        }
        measures.add(m);
        understood.add(m.aggregation().code());
        return measures.size() - 1;
    }

    private void setRanking(int rank) {
        ranking = rank;
    }

    private boolean countLike(SchemaLexicon.Column c) {
        List<String> words = index.columnWords.getOrDefault(c.id(), List.of());
        return words.contains("number") || words.contains("count") || words.contains("total")
                || words.contains("quantity") || words.contains("amount") || words.contains("credit");
    }

    /** The words before a mention that say how to aggregate it: "the average", "total number of", "how many". */
    private Optional<NlQuery.Aggregation> aggregationBefore(Part p) {
        NlQuery.Aggregation found = null;
        boolean count = false;
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 6; i--) {
            String w = q.lower(i);
            if (valueModifierAt(i, p) || stateWords.contains(i)) {
                continue; // "the number of failed payments": the value says which, the count is still theirs
            }
            if (partAt(i).isPresent()) {
                break;
            }
            Optional<NlQuery.Aggregation> a = Cues.aggregation(w);
            if (a.isPresent() && !(w.equals("total") && count)) {
                if (found == null || found == NlQuery.Aggregation.COUNT && w.equals("total")) {
                    found = found == NlQuery.Aggregation.COUNT ? found : a.get();
                }
            } else if ((w.equals("number") || w.equals("count") || w.equals("#")) && !p.mention().covers(i)) {
                count = true;
                found = NlQuery.Aggregation.COUNT;
            } else if ((w.equals("many") || w.equals("much")) && q.lower(i - 1).equals("how")) {
                found = w.equals("many") ? NlQuery.Aggregation.COUNT : NlQuery.Aggregation.SUM;
                count = w.equals("many");
            } else if ((q.pos(i).equals("IN") || q.pos(i).equals("TO")) && !w.equals("of")) {
                break;
            } else if (!(Cues.ignorable(w) || Cues.DISTINCT.contains(w) || q.pos(i).startsWith("JJ")
                    || q.isPunctuation(i) || w.equals("how"))) {
                break;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Word {@code i} belongs to a value of {@code p}'s own table standing right before it ("failed payments"). */
    private boolean valueModifierAt(int i, Part p) {
        Optional<Part> at = partAt(i);
        if (at.isEmpty() || at.get().target() == null || at.get().target().kind() != SchemaIndex.Kind.VALUE
                || p.target() == null || at.get().target().tableId() != p.target().tableId()) {
            return false;
        }
        int end = at.get().end();
        return end == p.first() || end < p.first() && parts.stream().noneMatch(o -> o.first() >= end
                && o.first() < p.first());
    }

    /** "average number of", "maximum count of" right before the mention: the outer word, else empty. */
    private Optional<String> aggregateOfCount(Part p) {
        boolean count = false;
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 6; i--) {
            String w = q.lower(i);
            if (partAt(i).isPresent() && !valueModifierAt(i, p)) {
                return Optional.empty();
            }
            if (w.equals("number") || w.equals("count")) {
                count = true;
            } else if (count && Cues.aggregation(w).filter(a -> a != NlQuery.Aggregation.SUM
                    && a != NlQuery.Aggregation.COUNT).isPresent()) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    private boolean distinctWordBefore(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 4; i--) {
            if (Cues.DISTINCT.contains(q.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** "the average number of shares": an average of what each row counts. */
    private boolean averageBefore(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 4; i--) {
            if (Cues.aggregation(q.lower(i)).filter(a -> a == NlQuery.Aggregation.AVG).isPresent()) {
                used[i] = true;
                return true;
            }
        }
        return false;
    }

    private boolean countWordBefore(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 3; i--) {
            if (q.lower(i).equals("number") || q.lower(i).equals("count")) {
                return true;
            }
        }
        return false;
    }

    private void markAggregationWords(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 6; i--) {
            String w = q.lower(i);
            if (valueModifierAt(i, p)) {
                continue;
            }
            if (partAt(i).isPresent()) {
                break;
            }
            if (Cues.aggregation(w).isPresent() || w.equals("number") || w.equals("count") || w.equals("many")
                    || w.equals("much") || w.equals("how") || Cues.DISTINCT.contains(w) || Cues.ignorable(w)
                    || Cues.ranking(w, q.pos(i)) != 0 || w.equals("#") || q.pos(i).equals("HYPH")) {
                used[i] = true;
            } else if (!q.pos(i).startsWith("JJ")) {
                break;
            }
        }
    }

    /** +1/-1 when a superlative ("highest", "most", "the fewest") stands just before the mention. */
    private int rankingBefore(Part p) {
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 5; i--) {
            if (valueModifierAt(i, p)) {
                continue; // "the most failed payments"
            }
            if (partAt(i).isPresent()) {
                return 0;
            }
            int r = used[i] ? 0 : Cues.ranking(q.lower(i), q.pos(i));
            if (r != 0 && !q.lower(i).equals("top") && !q.lower(i).equals("bottom")) {
                rankingWord = i;
                if (degreeOfAdjective(i) && p.target().kind() == SchemaIndex.Kind.COLUMN) {
                    used[i + 1] = true; // "the most recent sale date": the date itself is ranked
                }
                return r;
            }
            String w = q.lower(i);
            if (!(Cues.ignorable(w) || w.equals("number") || w.equals("count") || Cues.aggregation(w).isPresent()
                    || q.pos(i).startsWith("JJ") || q.pos(i).equals("RBS") || q.pos(i).equals("HYPH"))) {
                return 0; // (a hyphen joins "highest-rated")
            }
        }
        return 0;
    }

    private static String spoken(NlQuery.Aggregation a) {
        return switch (a) {
            case AVG -> "average";
            case MIN -> "minimum";
            case MAX -> "maximum";
            case SUM -> "sum";
            default -> a.code();
        };
    }

    /** "spent the most", "sold the least": a superlative right after a verb that names a column. +1/-1, else 0. */
    private int rankingAfterVerb(Part p) {
        int i = p.end();
        if (q.lower(i).equals("the")) {
            i++;
        }
        String w = q.lower(i);
        boolean closes = i + 1 >= q.size() || q.isPunctuation(i + 1) || CLAUSE_ENDS.contains(q.lower(i + 1));
        if (!closes || used[i] || !(w.equals("most") || w.equals("least"))) {
            return 0;
        }
        rankingWord = i;
        used[i] = true;
        return w.equals("most") ? 1 : -1;
    }

    /**
     * "most"/"least" (not "highest") before a number of money or units: how much of it there is in all. Only for a
     * column that adds up — not a key, a date, or a rate.
     */
    private boolean amountOfMost(SchemaIndex.Target t) {
        String word = rankingWord >= 0 ? q.lower(rankingWord) : "";
        SchemaLexicon.Column c = index.columns.get(t.columnId());
        int ranked = rankingWord;
        if (parts.stream().anyMatch(p -> p.end() <= ranked && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.TABLE && p.target().tableId() == c.tableId())) {
            // "which business has the most reviews" of business.review_count: each business's own number ranks
            return false;
        }
        return (word.equals("most") || word.equals("least")) && SchemaIndex.isNumeric(c) && !c.primaryKey()
                && c.fkTargetColumnId() == null && c.semanticType() != SemanticType.PERCENTAGE
                && (c.semanticType() == SemanticType.CURRENCY || c.semanticType() == SemanticType.QUANTITY
                || countLike(c) || amountsOf(c.tableId()).contains(c));
    }

    /** The mention follows "order(ed) by" / "sort(ed) by". */
    private boolean orderTargetAt(Part p) {
        if (rankBy >= 0 && p.first() > rankBy && p.first() <= rankBy + 4) {
            return true;
        }
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 6; i--) {
            if (q.lower(i).equals("by") && (isOrderWord(i - 1) || isOrderWord(i - 2))) {
                used[i] = true;
                return true;
            }
            if (partAt(i).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /** Numbers with "over", "more than", "at least", "between … and …" (or CoreNLP's ">3.0") on a numeric column. */
    private void comparisons() {
        for (int i = 0; i < q.size(); i++) {
            if (used[i] || q.number(i).isEmpty() || partAt(i).isPresent() || continuesNumber(i)) {
                continue;
            }
            BigDecimal value = q.number(i).get();
            // "two million", "a hundred thousand": one number over several words, read once
            int numEnd = i + 1;
            while (numEnd < q.size() && continuesNumber(numEnd)) {
                numEnd++;
            }
            int lead = (q.lower(i - 1).equals("a") || q.lower(i - 1).equals("an"))
                    && MAGNITUDES.contains(q.lower(i)) ? i - 1 : i;
            String normalized = q.word(i).normalized() == null ? "" : q.word(i).normalized();
            NlQuery.Operator op = null;
            int opStart = i;
            String before1 = q.lower(lead - 1);
            String before2 = q.surface(lead - 2);
            if (before1.equals(">") || before1.equals("&gt;")) {
                normalized = ">";
            } else if (before1.equals(">=") || before1.equals("≥")) {
                normalized = ">=";
            } else if (before1.equals("<") || before1.equals("&lt;")) {
                normalized = "<";
            } else if (before1.equals("<=") || before1.equals("≤")) {
                normalized = "<=";
            }
            // CoreNLP reads "no more than 50" as "<=50" itself, turning the words around: its "no" is then part of
            // the operator, not a negation ("not more than 50" it leaves as ">50", and the negation stays)
            boolean saidMore = Set.of("more", "greater", "higher", "larger", "bigger", "longer").contains(before2)
                    && before1.equals("than");
            boolean saidLess = Set.of("less", "fewer", "lower", "smaller", "shorter").contains(before2)
                    && before1.equals("than");
            boolean readByTagger = saidMore && normalized.startsWith("<") || saidLess && normalized.startsWith(">");
            if (normalized.startsWith(">=") || (before2.equals("at") && before1.equals("least"))) {
                op = NlQuery.Operator.GREATER_OR_EQUAL;
            } else if (normalized.startsWith("<=") || (before2.equals("at") && before1.equals("most"))) {
                op = NlQuery.Operator.LESS_OR_EQUAL;
            } else if (normalized.startsWith(">") || Set.of("over", "above", "exceed", "exceeding", "after")
                    .contains(before1) || Set.of("more", "greater", "higher", "larger", "bigger", "longer")
                    .contains(before2) && before1.equals("than")) {
                op = NlQuery.Operator.GREATER;
            } else if (normalized.startsWith("<") || Set.of("under", "below", "before").contains(before1)
                    || Set.of("less", "fewer", "lower", "smaller", "shorter").contains(before2)
                    && before1.equals("than")) {
                op = NlQuery.Operator.LESS;
            } else if (q.lower(numEnd).equals("or") && Set.of("more", "greater", "higher", "above", "over")
                    .contains(q.surface(numEnd + 1))) {
                op = NlQuery.Operator.GREATER_OR_EQUAL;
                used[numEnd] = used[numEnd + 1] = true;
            } else if (q.lower(numEnd).equals("or") && Set.of("less", "fewer", "lower", "below", "under")
                    .contains(q.surface(numEnd + 1))) {
                op = NlQuery.Operator.LESS_OR_EQUAL;
                used[numEnd] = used[numEnd + 1] = true;
            } else if (before1.equals("between") && range(i).isPresent()) {
                op = NlQuery.Operator.BETWEEN;
            } else if (before1.equals("between") && q.lower(numEnd).equals("and")
                    && q.number(numEnd + 1).isPresent()) {
                op = NlQuery.Operator.BETWEEN;
            } else if (Set.of("equal", "exactly").contains(before1) || before1.equals("to")
                    && before2.equals("equal")) {
                op = NlQuery.Operator.EQUALS;
            }
            // which words the comparison used
            int first = lead;
            while (first > 0 && Set.of("at", "least", "most", "more", "less", "fewer", "greater", "higher", "lower",
                    "than", "over", "above", "under", "below", "between", "exceed", "exceeding", "equal", "to",
                    "exactly", "larger", "smaller", "bigger", "longer", "shorter", "after", "before", "of", "$", "or", ">",
                    ">=", "<", "<=", "=", "≥", "≤")
                    .contains(q.surface(first - 1)) && first > lead - 4) {
                first--;
            }
            opStart = first;
            if (readByTagger && first > 0 && (q.lower(first - 1).equals("no") || q.lower(first - 1).equals("not"))) {
                used[first - 1] = true;
                opStart = first - 1; // the negation words now belong to the operator: negatedBefore passes over them
            }
            int compareAt = opStart;
            Optional<Part> column = q.lower(numEnd).equals("time") ? parts.stream().filter(p -> p.target() != null
                    && p.target().kind() == SchemaIndex.Kind.TABLE && p.end() == compareAt
                    && q.pos(p.first()).startsWith("VB")).findFirst() : Optional.empty();
            if (column.isPresent()) {
                // "tickers traded more than 200 times": the rows the verb makes, counted
                used[numEnd] = true;
            } else {
                column = numericPartNear(opStart, numEnd - 1);
            }
            if (op == null) {
                if (column.isPresent() && column.get().end() == opStart && isInteger(value)
                        && (q.lower(opStart - 1).equals("of") || q.lower(opStart - 1).equals("is"))) {
                    op = NlQuery.Operator.EQUALS;
                } else if (column.isPresent() && column.get().end() == opStart && opStart + 1 == lead
                        && q.lower(opStart).equals("of") && column.get().target().kind() == SchemaIndex.Kind.COLUMN
                        && Set.of("a", "an").contains(q.lower(column.get().first() - 1))) {
                    // "reviews with a rating of 5", "a rating of 4.5": the column's value said after "of"
                    op = NlQuery.Operator.EQUALS;
                } else if (column.isPresent() && column.get().end() == lead) {
                    op = NlQuery.Operator.EQUALS;
                } else {
                    continue;
                }
            }
            if (column.isEmpty()) {
                problems.add("I could not tell what \"" + q.text(opStart, numEnd) + "\" compares.");
                continue;
            }
            Part c = column.get();
            List<String> values = new ArrayList<>();
            values.add(value.toPlainString());
            int end = numEnd;
            Optional<BigDecimal[]> range = op == NlQuery.Operator.BETWEEN ? range(i) : Optional.empty();
            if (range.isPresent()) {
                // "between 1 million and 2 million": CoreNLP normalised the whole range on each of its words
                values.set(0, range.get()[0].toPlainString());
                values.add(range.get()[1].toPlainString());
                end = i + 1;
                while (end < q.size() && q.word(i).normalized().equals(q.word(end).normalized())) {
                    end++;
                }
            } else if (op == NlQuery.Operator.BETWEEN) {
                values.add(q.number(numEnd + 1).get().toPlainString());
                end = numEnd + 2;
                while (end < q.size() && continuesNumber(end)) {
                    end++;
                }
            }
            if (measureParts.containsKey(c)) {
                // "products with an average rating above 4": the groups' measure, not each row's value
                NlQuery.Measure m = measures.get(measureParts.get(c));
                boolean losesNone = m.aggregation() == NlQuery.Aggregation.AVG
                        || m.aggregation() == NlQuery.Aggregation.MIN || m.aggregation() == NlQuery.Aggregation.MAX
                        || m.aggregation() == NlQuery.Aggregation.MEDIAN
                        || op == NlQuery.Operator.GREATER && value.signum() >= 0
                        || op == NlQuery.Operator.GREATER_OR_EQUAL && value.signum() > 0;
                if (negatedBefore(opStart) || !losesNone) {
                    // a sum under 100 would have to keep the rows with nothing to sum, which no join does
                    problems.add("Comparing the " + m.aggregation().code() + " of "
                            + index.columns.get(c.target().columnId()).name() + " that way is beyond me yet.");
                    continue;
                }
                having.add(new NlQuery.Having(m, op, values));
                for (int k = opStart; k < end; k++) {
                    used[k] = true;
                }
                understood.add(q.text(Math.min(opStart, c.first()), Math.max(end, c.end())));
                continue;
            }
            if (c.target().kind() == SchemaIndex.Kind.TABLE) {
                boolean missesNone = op == NlQuery.Operator.GREATER && value.signum() >= 0
                        || value.compareTo(BigDecimal.ONE) >= 0 && (op == NlQuery.Operator.GREATER_OR_EQUAL
                        || op == NlQuery.Operator.EQUALS || op == NlQuery.Operator.BETWEEN);
                if (negatedBefore(opStart) || !isInteger(value) || !missesNone) {
                    // rows with none of them are not joined at all: "fewer than 3 orders" would lose those with 0
                    problems.add("Comparing counts of " + index.tables.get(c.target().tableId()).name()
                            + " that way is beyond me yet.");
                    continue;
                }
                // "customers with more than 5 orders": the rows shown are grouped, the related rows counted
                having.add(new NlQuery.Having(NlQuery.Measure.of(NlQuery.Aggregation.COUNT, c.target().tableId(),
                        null), op, values));
                assigned.add(c);
                for (int k = opStart; k < end; k++) {
                    used[k] = true;
                }
                understood.add(q.text(Math.min(opStart, c.first()), Math.max(end, c.end())));
                continue;
            }
            addFilter(new NlQuery.Condition(c.target().columnId(), op, values, negatedBefore(opStart), false),
                    opStart);
            assigned.add(c);
            for (int k = opStart; k < end; k++) {
                used[k] = true;
            }
            // a unit after the number ("200 mph", "3 hours") belongs to it
            if (end < q.size() && partAt(end).isEmpty() && q.pos(end).startsWith("NN") && !used[end]
                    && unitLike(q.lower(end))) {
                used[end] = true;
            }
            understood.add(q.text(opStart, end));
        }
    }

    /**
     * "Which states have more than 10 customers? Return the state and count", "… and how many": the count the groups
     * were kept by is also shown.
     */
    private void countOfTheCondition() {
        if (having.size() != 1 || !measures.isEmpty() || having.get(0).measure().aggregation()
                != NlQuery.Aggregation.COUNT) {
            return;
        }
        List<Integer> words = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            if (used[i] || partAt(i).isPresent()) {
                continue;
            }
            if (q.lower(i).equals("count") && q.pos(i).startsWith("NN")) {
                words.add(i);
            } else if (i >= 1 && q.lower(i - 1).equals("how") && q.lower(i).equals("many") && !used[i - 1]
                    && (i + 1 == q.size() || q.isPunctuation(i + 1))) {
                words.addAll(List.of(i - 1, i));
            }
        }
        if (words.isEmpty()) {
            return;
        }
        words.forEach(i -> used[i] = true);
        int at = addMeasure(having.get(0).measure());
        askedMeasures.add(at);
        for (NlQuery.Field f : fields) {
            if (groups.stream().noneMatch(g -> g.columnId() == f.columnId())) {
                groups.add(f);
            }
        }
        fields.clear();
        understood.add("count");
    }

    /**
     * "Which user has written the most reviews, and how many?": the count that ranks is shown too. Only when the
     * question ends with "and how many" (or "much") and one counted (or summed) measure ranks.
     */
    private void andHowManyOfTheRanked() {
        int end = q.size();
        while (end > 0 && q.isPunctuation(end - 1)) {
            end--;
        }
        if (end < 3 || !q.lower(end - 3).equals("and") || !q.lower(end - 2).equals("how")
                || !(q.lower(end - 1).equals("many") || q.lower(end - 1).equals("much")) || used[end - 1]) {
            return;
        }
        NlQuery.Aggregation said = q.lower(end - 1).equals("many") ? NlQuery.Aggregation.COUNT
                : NlQuery.Aggregation.SUM;
        List<Integer> ranked = rankingMeasures.stream().filter(m -> measures.get(m).aggregation() == said).toList();
        if (ranked.size() != 1) {
            return;
        }
        askedMeasures.add(ranked.get(0));
        used[end - 3] = used[end - 2] = used[end - 1] = true;
    }

    /**
     * "the customer name", "the name of the patient": a person kept as first and last name is named by both — the
     * word "name" found the first, the last is added right after it (not when "first name" was said).
     */
    private void fullNames(List<NlQuery.Field> list) {
        for (int i = 0; i < list.size(); i++) {
            long id = list.get(i).columnId();
            List<SchemaLexicon.Column> names = index.nameColumns(index.columns.get(id).tableId());
            if (names.size() != 2 || names.get(0).id() != id || list.stream().anyMatch(f -> f.columnId()
                    == names.get(1).id())) {
                continue;
            }
            boolean saidName = parts.stream().anyMatch(p -> p.target() != null && p.target().columnId() != null
                    && p.target().columnId() == id
                    && java.util.stream.IntStream.range(p.first(), p.end()).anyMatch(k -> q.lower(k).equals("name"))
                    && java.util.stream.IntStream.range(Math.max(0, p.first() - 1), p.end())
                    .noneMatch(k -> q.lower(k).equals("first") || q.lower(k).equals("given")));
            if (saidName) {
                list.add(i + 1, new NlQuery.Field(names.get(1).id(), null));
            }
        }
    }

    /**
     * "from Boston or with a last name starting with K": conditions on different columns joined by "or" would be read
     * as both; refused until the query can say either ("Boston or Austin", one column, is a list).
     */
    private Optional<String> orAcrossColumns() {
        for (int i = 0; i < q.size(); i++) {
            if (!q.lower(i).equals("or") || used[i]) {
                continue;
            }
            int before = -1;
            int after = -1;
            for (int k = 0; k < filters.size(); k++) {
                int at = filterAt.get(k);
                if (at >= 0 && at < i && (before < 0 || at > filterAt.get(before))) {
                    before = k;
                } else if (at > i && (after < 0 || at < filterAt.get(after))) {
                    after = k;
                }
            }
            if (before >= 0 && after >= 0 && filters.get(before).columnId() != filters.get(after).columnId()) {
                return Optional.of("Conditions joined by \"or\" on different columns ("
                        + index.columns.get(filters.get(before).columnId()).name() + ", "
                        + index.columns.get(filters.get(after).columnId()).name() + ") need a query I cannot build"
                        + " yet; ask for each one separately.");
            }
        }
        return Optional.empty();
    }

    /**
     * "Which customers bought every product in the Books category?", "salespeople with sales in all regions": rows
     * related to every one of something else. Listing those related to any would answer another question, so it is
     * refused ("list all products", "for every customer" stay as they are).
     */
    private Optional<String> everyOfAnother() {
        if (!measures.isEmpty() || fields.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> shown = new HashSet<>();
        fields.forEach(f -> shown.add(index.columns.get(f.columnId()).tableId()));
        for (int i = 1; i < q.size(); i++) {
            String w = q.lower(i);
            if (!(w.equals("every") || w.equals("all")) || !(q.pos(i - 1).startsWith("VB")
                    || Set.of("in", "from").contains(q.lower(i - 1)))) {
                continue;
            }
            int at = q.pos(i + 1).equals("DT") ? i + 2 : i + 1;
            Optional<Part> what = parts.stream().filter(p -> p.first() == at && p.target() != null
                    && p.target().kind() != SchemaIndex.Kind.VALUE).findFirst();
            // "all the courses" read as some table's course_id still names the courses shown
            boolean namesShown = what.isPresent() && what.get().mention().targets().keySet().stream()
                    .anyMatch(t -> t.kind() == SchemaIndex.Kind.TABLE && shown.contains(t.tableId()));
            if (what.isPresent() && !namesShown && (!shown.contains(what.get().target().tableId())
                    || what.get().target().kind() == SchemaIndex.Kind.COLUMN && fields.stream()
                    .noneMatch(f -> f.columnId() == what.get().target().columnId()))) {
                return Optional.of("\"" + q.text(i, what.get().end()) + "\" asks for rows related to every one of"
                        + " them, which needs a query I cannot build yet.");
            }
        }
        return Optional.empty();
    }

    /**
     * "the top 3 drugs by total drug amount" where many treatments share a drug: ranking the rows would show a drug
     * as often as its rows make the top. The drugs are grouped and ranked by their total when the words say total;
     * otherwise the question is refused (by the total, the average or the highest?). Empty when nothing was changed
     * or when it was read that way.
     */
    private Optional<String> rankedSharedValues() {
        if (!measures.isEmpty() || rankedColumns.isEmpty() || fields.size() != 1 || !groups.isEmpty()
                || !having.isEmpty()) {
            return Optional.empty();
        }
        SchemaLexicon.Column shown = index.columns.get(fields.get(0).columnId());
        Part rankedPart = rankedColumns.get(0);
        SchemaLexicon.Column by = index.columns.get(rankedPart.target().columnId());
        boolean entityName = index.labelColumn(shown.tableId()).map(l -> l.id() == shown.id()).orElse(false)
                && index.namesRows(shown);
        // "which city has the highest-rated restaurant": the rows themselves are named and ranked, one is shown
        boolean rowsNamed = parts.stream().anyMatch(p -> p.target() != null && p.target().kind()
                == SchemaIndex.Kind.TABLE && p.target().tableId() == shown.tableId());
        if (shown.tableId() != by.tableId() || !SchemaIndex.isText(shown) || index.uniquePerRow(shown) || entityName
                || rowsNamed || shown.distinctCount() == null || !SchemaIndex.isNumeric(by)) {
            return Optional.empty();
        }
        boolean total = false;
        for (int i = Math.max(0, rankedPart.first() - 1); i < rankedPart.end(); i++) {
            total |= q.lower(i).equals("total") || q.lower(i).equals("sum");
        }
        if (!total) {
            return Optional.of("Many rows share each " + shown.name() + "; rank them by the total, the average or the"
                    + " highest " + by.name() + "?");
        }
        groups.add(fields.get(0));
        fields.clear();
        int at = addMeasure(NlQuery.Measure.of(NlQuery.Aggregation.SUM, by.tableId(), by.id()));
        rankingMeasures.add(at);
        order.replaceAll(o -> o.columnId() != null && o.columnId() == by.id()
                ? new NlQuery.Order(at, null, o.descending()) : o);
        rankedColumns.clear();
        return Optional.empty();
    }

    /** The two ends of a range CoreNLP normalised over "X and Y" ("1000000.0-2000000.0"), when word i starts one. */
    private Optional<BigDecimal[]> range(int i) {
        String n = q.word(i).normalized();
        if (n == null || !"NUMBER".equals(q.word(i).ner())) {
            return Optional.empty();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(-?[0-9.]+)-(-?[0-9.]+)$").matcher(n);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal[] {new BigDecimal(m.group(1)).stripTrailingZeros(),
                    new BigDecimal(m.group(2)).stripTrailingZeros()});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static final Set<String> MAGNITUDES = Set.of("hundred", "thousand", "million", "billion", "dozen");

    /** A word of the same spelled-out number as the word before it ("million" in "two million"). */
    private boolean continuesNumber(int k) {
        // a range ("between 10 and 20" is normalised as 10-20 on every word) is two numbers, not one
        return k > 0 && k < q.size() && "NUMBER".equals(q.word(k).ner()) && "NUMBER".equals(q.word(k - 1).ner())
                && q.pos(k).equals("CD") && q.word(k).text().chars().anyMatch(Character::isLetter)
                && q.word(k).normalized() != null && q.word(k).normalized().indexOf('-', 1) < 0
                && q.word(k).normalized().equals(q.word(k - 1).normalized());
    }

    private static boolean unitLike(String w) {
        return Set.of("mph", "km", "kilometer", "mile", "hour", "minute", "second", "day", "dollar", "euro", "usd",
                "eur", "percent", "point", "kg", "pound", "unit", "meter", "foot", "feet", "year", "month", "week")
                .contains(w);
    }

    /** The numeric column (or table, for counts) a comparison refers to: just before it, else just after the number. */
    private Optional<Part> numericPartNear(int opStart, int number) {
        Optional<Part> before = parts.stream().filter(p -> p.target() != null && p.end() <= opStart
                && p.end() >= opStart - 3 && isComparable(p)).reduce((a, b) -> b);
        if (before.isPresent() && before.get().end() == opStart) {
            return before;
        }
        Optional<Part> counted = parts.stream().filter(p -> p.target() != null && p.first() == number + 1
                && p.target().kind() == SchemaIndex.Kind.TABLE && q.pos(p.end() - 1).equals("NNS")).findFirst();
        if (counted.isPresent()) {
            // "among products with at least 10 reviews": the rows said right after the number are counted, whatever
            // measure came a few words before
            return counted;
        }
        Optional<Part> worth = rowsWorth(opStart);
        if (worth.isPresent()) {
            // "the total amount for sales between 100 and 200": the sales right before are compared, the total
            // named earlier stays what is shown
            return worth;
        }
        if (before.isPresent()) {
            return before;
        }
        Optional<Part> after = parts.stream().filter(p -> p.target() != null && p.first() > number
                && p.first() <= number + 2 && (isComparable(p) || p.target().kind() == SchemaIndex.Kind.TABLE))
                .findFirst();
        if (after.isPresent()) {
            return after;
        }
        return Optional.empty();
    }

    /**
     * "sales over 500": rows compared with an amount are compared by what they are worth, when the table named right
     * before has one money column (none or several: unknown).
     */
    private Optional<Part> rowsWorth(int opStart) {
        return parts.stream().filter(p -> p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE
                && p.end() == opStart && amountsOf(p.target().tableId()).size() == 1).findFirst()
                .map(p -> new Part(p.mention(), new SchemaIndex.Target(SchemaIndex.Kind.COLUMN, p.target().tableId(),
                        amountsOf(p.target().tableId()).get(0).id(), null)));
    }

    private boolean isComparable(Part p) {
        if (p.target().kind() != SchemaIndex.Kind.COLUMN) {
            return false;
        }
        SchemaLexicon.Column c = index.columns.get(p.target().columnId());
        return SchemaIndex.isNumeric(c) || SchemaIndex.isTemporal(c);
    }

    /** Indexed values and quoted literals: equality filters, values of one column combined into a list. */
    private void valueFilters() {
        // values of one column are one list, except across a ratio's "to": "Everest to K2" are its two sides
        Map<List<Long>, List<Part>> byColumn = new LinkedHashMap<>();
        for (Part p : parts) {
            if (assigned.contains(p)) {
                continue;
            }
            if (p.target() != null && p.target().kind() == SchemaIndex.Kind.VALUE && usedAny(p)) {
                // "top 2" is not the value '2' of some code column
                assigned.add(p);
                continue;
            }
            if (p.target() != null && p.target().kind() == SchemaIndex.Kind.VALUE) {
                long side = ratioDivisor >= 0 && p.first() > ratioDivisor ? 1 : 0;
                byColumn.computeIfAbsent(List.of(p.target().columnId(), side), k -> new ArrayList<>()).add(p);
            } else if (p.target() == null && p.mention().quoted()) {
                Optional<Part> owner = parts.stream().filter(o -> o.target() != null && o.end() <= p.first()
                        && o.end() >= p.first() - 6 && o.target().kind() != SchemaIndex.Kind.VALUE)
                        .reduce((a, b) -> b);
                Optional<SchemaLexicon.Column> column = owner.flatMap(o -> o.target().kind() == SchemaIndex.Kind.TABLE
                        ? index.labelColumn(o.target().tableId()) : index.column(o.target().columnId()))
                        .filter(SchemaIndex::isText);
                if (column.isEmpty()) {
                    problems.add("I do not know which column \"" + q.text(p.first(), p.end()) + "\" is a value of.");
                    continue;
                }
                owner.ifPresent(o -> {
                    if (o.target().kind() == SchemaIndex.Kind.TABLE) {
                        assigned.add(o);
                    } else {
                        assigned.add(o);
                    }
                });
                String literal = q.text(p.first(), p.end());
                NlQuery.Operator operator = literalOperator(p.first());
                addFilter(new NlQuery.Condition(column.get().id(), operator, List.of(literal),
                        negatedBefore(owner.map(Part::first).orElse(p.first())), guidance.ignoreCase()), p.first());
                assigned.add(p);
                markRange(p);
                contextTables.add(column.get().tableId());
                understood.add("\"" + literal + "\"");
            }
        }
        byColumn.forEach((key, values) -> {
            long columnId = key.get(0);
            boolean negated = values.stream().anyMatch(v -> negatedBefore(v.first()) || q.negatedByPrefix(v.first()));
            List<String> list = values.stream().map(v -> v.target().value()).distinct().toList();
            // "whose name contains Product 1", or guidance asking for wildcards: the value anywhere in the text
            NlQuery.Operator op = list.size() == 1 ? literalOperator(values.get(0).first()) : NlQuery.Operator.EQUALS;
            boolean anywhere = op == NlQuery.Operator.EQUALS && guidance.wildcards() && list.size() == 1
                    && SchemaIndex.isText(index.columns.get(columnId));
            addFilter(new NlQuery.Condition(columnId, anywhere ? NlQuery.Operator.CONTAINS : op, list, negated,
                    guidance.ignoreCase() || anywhere), values.get(0).first());
            int both = bothBefore(values.get(0).first());
            if (both >= 0 && list.size() > 1 && !negated) {
                // "authors with publications in both the domain X and the domain Y": every one of the values, not
                // any — the rows shown are grouped and keep only those related to as many distinct values
                long table = index.columns.get(columnId).tableId();
                having.add(new NlQuery.Having(NlQuery.Measure.of(NlQuery.Aggregation.COUNT_DISTINCT, table, columnId),
                        NlQuery.Operator.EQUALS, List.of(Integer.toString(list.size()))));
                used[both] = true;
                understood.add("both");
            }
            if (both < 0 && list.size() > 1 && !negated && valuesSetApart(values)) {
                // "the average commission for buy trades versus sell trades", "how many buy trades and sell trades":
                // one figure for each value, not one over them all (the values stay the filter)
                addGroup(new NlQuery.Field(columnId, null));
            }
            values.forEach(v -> {
                assigned.add(v);
                markRange(v);
                understood.add(v.target().value());
            });
            // "the department of Computer Science": the column's own name just before the value is part of it
            // ("Italian food": or just after it)
            int firstValue = values.stream().mapToInt(Part::first).min().orElse(0);
            int lastValue = values.stream().mapToInt(Part::end).max().orElse(0);
            parts.stream().filter(o -> o.target() != null && o.target().kind() == SchemaIndex.Kind.COLUMN
                    && o.target().columnId().equals(columnId) && !assigned.contains(o)
                    && (o.end() <= firstValue && o.end() >= firstValue - 3
                    || o.first() >= lastValue && o.first() <= lastValue + 1)).forEach(assigned::add);
            // "the length of the Mississippi River": the table said after the value, once one of its columns was
            // asked for before it, only names whose value it is
            long owner = index.columns.get(columnId).tableId();
            boolean columnBefore = parts.stream().anyMatch(o -> o.target() != null && o.end() <= firstValue
                    && o.target().kind() == SchemaIndex.Kind.COLUMN && o.target().tableId() == owner
                    && !o.target().columnId().equals(columnId));
            parts.stream().filter(o -> columnBefore && o.first() == lastValue && o.target() != null
                    && o.target().kind() == SchemaIndex.Kind.TABLE && o.target().tableId() == owner)
                    .forEach(assigned::add);
            contextTables.add(index.columns.get(columnId).tableId());
        });
    }

    /** Set-apart list words: each value is weighed against the others, not added to them. */
    private static final Set<String> VERSUS = Set.of("versus", "vs", "vs.", "against");

    /**
     * Whether a list of values asks for a figure per value: the question has plain aggregates (no share or ratio,
     * which already split their rows) and says "versus"/"compared to" between the values, or repeats the rows' noun
     * after every one ("buy trades and sell trades"). "Sales in Germany and France" stays one total over both.
     */
    private boolean valuesSetApart(List<Part> values) {
        if (measures.isEmpty() || measures.stream().anyMatch(m -> switch (m.aggregation()) {
            case SHARE, PERCENT, RATIO, VALUE -> true;
            default -> false;
        })) {
            return false;
        }
        List<Part> sorted = values.stream().sorted(java.util.Comparator.comparingInt(Part::first)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            for (int k = sorted.get(i - 1).end(); k < sorted.get(i).first(); k++) {
                if (VERSUS.contains(q.lower(k)) || q.lower(k).equals("compared") || q.lower(k).equals("compare")) {
                    return true;
                }
            }
        }
        Set<Long> nouns = new HashSet<>();
        for (Part v : sorted) {
            Optional<Part> noun = partAt(v.end()).filter(o -> o.target() != null
                    && o.target().kind() == SchemaIndex.Kind.TABLE);
            if (noun.isEmpty()) {
                return false;
            }
            nouns.add(noun.get().target().tableId());
        }
        return nouns.size() == 1;
    }

    /** "with a", "with an" right before the word. */
    private boolean withArticleBefore(int at) {
        return at >= 2 && q.lower(at - 2).equals("with") && (q.lower(at - 1).equals("a") || q.lower(at - 1)
                .equals("an"));
    }

    /** The word "both" a few words before a value ("both the domain X and …"), or -1. */
    private int bothBefore(int value) {
        for (int i = value - 1; i >= 0 && i >= value - 4; i--) {
            if (q.lower(i).equals("both")) {
                return i;
            }
            if (partAt(i).filter(o -> o.target() != null && o.target().kind() == SchemaIndex.Kind.VALUE).isPresent()) {
                break;
            }
        }
        return -1;
    }

    /** "names that start with the letter "J"", "titles containing "data"": how a quoted text is compared. */
    private NlQuery.Operator literalOperator(int literal) {
        int after = literal;
        while (after < q.size() && (partAt(after).filter(o -> o.first() <= literal).isPresent()
                || q.isPunctuation(after))) {
            after++;
        }
        // "the journal with "IEEE Transactions" in its name": the text is part of the name
        if (after + 2 < q.size() && q.lower(after).equals("in")
                && Set.of("its", "their", "the", "his", "her").contains(q.lower(after + 1))
                && Set.of("name", "title").contains(q.lower(after + 2))) {
            for (int k = after; k < after + 3; k++) {
                used[k] = true;
                partAt(k).ifPresent(assigned::add);
            }
            return NlQuery.Operator.CONTAINS;
        }
        for (int i = literal - 1; i >= 0 && i >= literal - 5; i--) {
            String w = q.lower(i);
            if (w.equals("start") || w.equals("begin")) {
                markWords(i, literal);
                return NlQuery.Operator.STARTS_WITH;
            }
            if (w.equals("contain") || w.equals("include") || w.equals("mention")) {
                markWords(i, literal);
                return NlQuery.Operator.CONTAINS;
            }
            if (partAt(i).isPresent()) {
                break;
            }
        }
        return NlQuery.Operator.EQUALS;
    }

    private void markWords(int from, int to) {
        for (int k = from; k < to; k++) {
            String w = q.lower(k);
            if (Cues.ignorable(w) || Set.of("start", "begin", "contain", "include", "mention", "letter", "word",
                    "string", "character", "text", "phrase").contains(w)) {
                used[k] = true;
            }
        }
    }

    private Boolean lastBoolean;
    private int lastBooleanEnd = -1;

    private boolean usedAny(Part p) {
        for (int i = p.first(); i < p.end(); i++) {
            if (used[i]) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> BELONGING = Set.of("part", "member", "of", "belong", "to", "in", "any", "a", "an",
            "assign", "assigned", "link", "linked", "associate", "associated", "with", "have", "has", "do", "be");

    /** Table names read as part of another phrase ("a minor program"): understood, never joined. */
    private final Set<Part> absorbed = new java.util.HashSet<>();

    /** Tables named as what rows lack: never joined (an inner join would keep only rows that have one). */
    private final Set<Part> absent = new java.util.HashSet<>();

    /**
     * "authors who are not part of any organization", "flights without an aircraft": the rows whose own reference to
     * that table is empty. "customers who have not made any sales", "products that were never reviewed": rows no row
     * of that table refers to (NOT EXISTS; a join would answer the opposite). Anything else is refused.
     */
    private void missingReferences() {
        for (Part x : parts) {
            if (assigned.contains(x) || x.target() == null || x.target().kind() != SchemaIndex.Kind.TABLE) {
                continue;
            }
            int negation = -1;
            for (int i = x.first() - 1; i >= 0 && i >= x.first() - 5; i--) {
                String w = q.lower(i);
                if (w.equals("without") || w.equals("no") || w.equals("not") || w.equals("n't")
                        || w.equals("never")) {
                    negation = i;
                    break;
                }
                // "have not made any sales", "were never given a review": the verb between says how they relate
                boolean relating = q.pos(i).startsWith("VB") && i < x.first() - 1 || w.equals("ever")
                        || w.equals("yet");
                if (!BELONGING.contains(w) && !q.pos(i).equals("DT") && !relating) {
                    break;
                }
            }
            if (negation < 0) {
                continue;
            }
            int neg = negation;
            Optional<Part> rows = parts.stream().filter(o -> o != x && o.end() <= neg && o.target() != null
                    && o.target().kind() == SchemaIndex.Kind.TABLE).reduce((a, b) -> b);
            long table = x.target().tableId();
            Optional<SchemaLexicon.Column> reference = rows.flatMap(r -> index.columnsOf(r.target().tableId())
                    .stream().filter(c -> pointsTo(c.id(), table)).findFirst());
            Optional<NlQuery.Condition> none = reference.isPresent()
                    ? Optional.of(new NlQuery.Condition(reference.get().id(), NlQuery.Operator.IS_EMPTY, List.of(),
                    false, false))
                    : rows.flatMap(r -> referencedByNone(r.target().tableId(), table));
            if (none.isEmpty()) {
                // two ways of referring, or none: joining would answer the opposite
                problems.add("Rows without any " + index.tables.get(table).name()
                        + " need a query I cannot build yet.");
                assigned.add(x);
                absent.add(x);
                continue;
            }
            addFilter(none.get(), neg);
            for (int i = neg; i < x.first(); i++) {
                used[i] = true;
            }
            assigned.add(x);
            absent.add(x);
            markRange(x);
            understood.add(q.text(neg, x.end()));
        }
    }

    /**
     * "customers who have not made any sales": the rows' key that no row of {@code other} refers to, when exactly one
     * column of {@code other} refers to them (two — a flight's origin and destination — leave it open).
     */
    private Optional<NlQuery.Condition> referencedByNone(long rowsTable, long other) {
        List<SchemaLexicon.Column> referring = index.columnsOf(other).stream().filter(c -> pointsTo(c.id(), rowsTable))
                .toList();
        if (referring.size() != 1 || rowsTable == other) {
            return Optional.empty();
        }
        SchemaLexicon.Column by = referring.get(0);
        Optional<SchemaLexicon.Column> referenced = by.fkTargetColumnId() != null
                ? index.column(by.fkTargetColumnId()) : index.keyColumn(rowsTable);
        return referenced.filter(k -> k.tableId() == rowsTable).map(k -> new NlQuery.Condition(k.id(),
                NlQuery.Operator.HAS_NONE, List.of(Long.toString(by.id())), false, false));
    }

    /** Opposite states that no prefix spells ("closed" of open); "inactive", "unverified" are read by their prefix. */
    private static final Map<String, String> OPPOSITE_STATES = Map.of("closed", "open", "open", "closed",
            "offline", "online", "online", "offline", "private", "public", "public", "private", "hidden", "visible",
            "visible", "hidden");
    private static final Set<String> SHARE_WORDS = Set.of("ratio", "proportion", "percentage", "percent", "share",
            "fraction", "rate", "%");

    /**
     * "open businesses", "businesses that are open", "closed businesses", "inactive users", "are not active": the
     * state a yes/no column's name says (is_open, active_flag), or its opposite, said of rows the question names, is
     * a condition on it. Only right before the rows' noun or after a form of "be"; a question that sets states
     * against each other or asks for a share of them ("open businesses to closed ones", "what percentage are open")
     * is left to the steps that read sides and shares.
     */
    private final Set<Integer> stateWords = new HashSet<>();

    private void stateFlags() {
        List<SchemaLexicon.Column> flags = index.columns.values().stream()
                .filter(c -> contextTables.contains(c.tableId()) && SchemaIndex.flagState(c).isPresent()).toList();
        if (flags.isEmpty()) {
            return;
        }
        // "the ratio of open businesses to closed ones", "the percentage of businesses that are open": each state
        // said is a condition where it is said, which the ratio and share steps give to their sides
        boolean sides = java.util.stream.IntStream.range(0, q.size()).anyMatch(i -> SHARE_WORDS.contains(q.lower(i)));
        for (SchemaLexicon.Column c : flags) {
            String state = SchemaIndex.flagState(c).get();
            List<int[]> said = new ArrayList<>(); // {word, value, first word read}
            for (int i = 0; i < q.size(); i++) {
                final int at = i;
                if (used[i] || parts.stream().anyMatch(p -> p.first() <= at && at < p.end() && (p.end() - p.first() > 1
                        || p.target() == null || p.target().kind() != SchemaIndex.Kind.COLUMN
                        || p.target().columnId() != c.id()))) {
                    continue; // a word of another name or value ("Open Kitchen" as a business's name)
                }
                Boolean value = stateWord(q.surface(i), q.lower(i), state);
                if (value == null) {
                    continue;
                }
                // "open businesses"; "open to closed businesses", where the noun of both comes after the second
                boolean paired = sides && Set.of("to", "and", "or", "vs", "vs.", "versus").contains(q.lower(at + 1))
                        && stateWord(q.surface(at + 2), q.lower(at + 2), state) != null;
                int noun = paired ? at + 3 : at + 1;
                boolean before = parts.stream().anyMatch(p -> p.first() == noun && p.target() != null
                        && p.target().kind() == SchemaIndex.Kind.TABLE && p.target().tableId() == c.tableId());
                int k = i - 1;
                boolean negated = false;
                while (k >= 0 && (notWord(k) || q.pos(k).startsWith("RB"))) {
                    negated ^= notWord(k);
                    k--;
                }
                boolean predicate = k >= 0 && q.lower(k).equals("be") && !q.lower(k + 1).equals("there")
                        && parts.stream().anyMatch(p -> p.end() <= at && p.target() != null
                        && p.target().kind() == SchemaIndex.Kind.TABLE && p.target().tableId() == c.tableId());
                if (!before && !predicate) {
                    continue;
                }
                said.add(new int[] {i, value ^ negated ? 1 : 0, predicate ? k + 1 : i});
            }
            if (said.isEmpty() || !sides && said.stream().map(x -> x[1]).distinct().count() > 1) {
                continue; // both states said without a ratio: groups, not one condition
            }
            for (int[] x : said) {
                for (int i = x[2]; i <= x[0]; i++) {
                    used[i] = true;
                }
                stateWords.add(x[0]);
                // read: no step may take the word as the column it also names ("how many open businesses")
                parts.removeIf(p -> p.first() == x[0] && p.end() == x[0] + 1);
            }
            for (int[] x : sides ? said : said.subList(0, 1)) {
                boolean yes = x[1] == 1;
                addFilter(new NlQuery.Condition(c.id(), yes ? NlQuery.Operator.IS_TRUE : NlQuery.Operator.IS_FALSE,
                        List.of(), false, false), x[0]);
                understood.add((yes ? "" : "not ") + state);
            }
        }
    }

    /** What a column of free text is called: the one a row's words are kept in. */
    private static final Set<String> FREE_TEXT = Set.of("text", "comment", "content", "body", "description",
            "message", "note", "summary", "remark", "review", "feedback");

    /**
     * "reviews that mention pizza", "tips mentioning 'parking' in their text": the rows' free text (a text column
     * called text, comment, body…, the only one of their table) contains the words, in any case — whatever other
     * column also holds them as a value (a category Pizza is not what a review mentions).
     */
    private void mentionedWords() {
        for (int i = 1; i < q.size(); i++) {
            // "contain" only of words: "reviews containing the word X" (categories contain businesses)
            boolean mention = q.lower(i).equals("mention") || (q.lower(i).equals("contain")
                    || q.lower(i).equals("include")) && Set.of("word", "term", "phrase").contains(
                    q.lower(q.pos(i + 1).equals("DT") ? i + 2 : i + 1));
            if (!mention || !q.pos(i).startsWith("VB") || used[i]) {
                continue;
            }
            int verb = i;
            // the rows that speak: the noun right before ("reviews" may also name review_count; the table counts)
            Optional<Long> rows = parts.stream().filter(p -> p.end() <= verb && p.end() >= verb - 3)
                    .max(Comparator.comparingInt(Part::end))
                    .flatMap(p -> p.mention().targets().keySet().stream()
                            .filter(t -> t.kind() == SchemaIndex.Kind.TABLE).map(SchemaIndex.Target::tableId)
                            .findFirst());
            if (rows.isEmpty()) {
                continue;
            }
            List<SchemaLexicon.Column> texts = index.columnsOf(rows.get()).stream()
                    .filter(c -> SchemaIndex.isText(c) && index.columnWords.getOrDefault(c.id(), List.of()).stream()
                            .anyMatch(FREE_TEXT::contains)).toList();
            if (texts.size() != 1) {
                continue;
            }
            int from = i + 1;
            while (from < q.size() && (q.pos(from).equals("DT") || Set.of("word", "term", "phrase").contains(
                    q.lower(from)) || q.isPunctuation(from) && !q.quoted(from + 1))) {
                from++;
            }
            while (from < q.size() && !q.quoted(from) && q.isPunctuation(from)) {
                from++;
            }
            int end = from;
            while (end < q.size() && (q.quoted(from) ? q.quoted(end) : !q.isPunctuation(end)
                    && !q.pos(end).equals("CC") && !q.pos(end).equals("IN") && !q.pos(end).startsWith("W"))) {
                end++;
            }
            if (end == from) {
                continue;
            }
            String words = q.text(from, end);
            int first = from;
            int last = end;
            parts.removeIf(p -> p.first() < last && p.end() > first);
            for (int k = i; k < end; k++) {
                used[k] = true;
            }
            if (end < q.size() && q.quoted(end - 1)) {
                used[end] = true; // the closing quote
            }
            // "… in their text": the column named again
            if (q.lower(end).equals("in") && Set.of("its", "their", "the").contains(q.lower(end + 1))) {
                int named = end + 2;
                parts.stream().filter(p -> p.first() == named && p.target() != null
                        && p.target().kind() == SchemaIndex.Kind.COLUMN && p.target().columnId() == texts.get(0).id())
                        .findFirst().ifPresent(p -> {
                            assigned.add(p);
                            used[named - 2] = used[named - 1] = true;
                        });
            }
            addFilter(new NlQuery.Condition(texts.get(0).id(), NlQuery.Operator.CONTAINS, List.of(words), false,
                    true), i);
            understood.add(texts.get(0).name() + " mentions " + words);
        }
    }

    /** TRUE when the word says the state, FALSE when it says the opposite, else null. */
    private static Boolean stateWord(String surface, String lemma, String state) {
        return surface.equals(state) || lemma.equals(state) ? Boolean.TRUE
                : state.equals(OPPOSITE_STATES.get(surface)) || oppositeByPrefix(surface, state) ? Boolean.FALSE : null;
    }

    /** "inactive" of active, "unverified" of verified, "disabled" of enabled. */
    private static boolean oppositeByPrefix(String word, String state) {
        for (String prefix : List.of("in", "un", "dis", "non-", "non")) {
            if (word.startsWith(prefix) && word.substring(prefix.length()).equals(state)) {
                return true;
            }
        }
        return state.startsWith("en") && word.equals("dis" + state.substring(2));
    }

    /** "courses with exams" / "without a final project": boolean columns. */
    private void booleanFilters() {
        for (Part p : parts) {
            if (assigned.contains(p) || p.target() == null || p.target().kind() != SchemaIndex.Kind.COLUMN) {
                continue;
            }
            SchemaLexicon.Column c = index.columns.get(p.target().columnId());
            if (countOfThings(p, c)) {
                // "flights with stops", "orders without returns": a count column said as the things it counts
                boolean none = q.lower(p.first() - 1).equals("without") || q.lower(p.first() - 1).equals("no");
                if (none && p.first() >= 2 && q.lower(p.first() - 1).equals("no")) {
                    used[p.first() - 2] = true;
                }
                used[p.first() - 1] = true;
                addFilter(new NlQuery.Condition(c.id(), NlQuery.Operator.GREATER, List.of("0"), none, false),
                        p.first());
                assigned.add(p);
                understood.add((none ? "without " : "with ") + c.name());
                continue;
            }
            if (!SchemaIndex.isBoolean(c)) {
                presence(p, c);
                continue;
            }
            boolean with = false;
            boolean without = false;
            for (int i = p.first() - 1; i >= 0 && i >= p.first() - 4; i--) {
                String w = q.lower(i);
                if (w.equals("without") || w.equals("no") || w.equals("not") || w.equals("n't")) {
                    without = true;
                    used[i] = true;
                } else if (w.equals("with") || w.equals("have") || w.equals("has") || w.equals("having")
                        || w.equals("offer") || w.equals("include") || w.equals("require") || w.equals("use")
                        || w.equals("receive") || w.equals("get") || w.equals("take")) {
                    with = true;
                    used[i] = true;
                } else if (!(Cues.ignorable(w) || q.pos(i).startsWith("JJ") || q.pos(i).equals("DT"))) {
                    break;
                }
            }
            if (!with && !without && lastBoolean != null && lastBooleanEnd >= p.first() - 3) {
                // "a final project and a final exam": the second one as the first
                boolean listed = false;
                for (int i = lastBooleanEnd; i < p.first(); i++) {
                    listed |= q.lower(i).equals("and") || q.lower(i).equals("or");
                }
                if (listed) {
                    with = lastBoolean;
                    without = !lastBoolean;
                }
            }
            if (!with && !without) {
                continue;
            }
            lastBoolean = with;
            lastBooleanEnd = p.end();
            int both = andHowManyNot(p.end());
            if (both > 0) {
                // "how many offerings have a final exam and how many do not": one count for each answer
                for (int i = p.end(); i < both; i++) {
                    used[i] = true;
                }
                addGroup(new NlQuery.Field(c.id(), null));
                assigned.add(p);
                continue;
            }
            addFilter(new NlQuery.Condition(c.id(), without ? NlQuery.Operator.IS_FALSE : NlQuery.Operator.IS_TRUE,
                    List.of(), false, false), p.first());
            assigned.add(p);
            understood.add((without ? "without " : "with ") + c.name());
        }
    }

    private static final Set<String> AUXILIARIES = Set.of("do", "be", "have");

    /**
     * The end of "and how many (do/are/have) not [verb]" closing the question right after {@code from}, or -1: the
     * count asked both ways.
     */
    private int andHowManyNot(int from) {
        int i = from;
        if (!q.lower(i).equals("and") || !q.lower(i + 1).equals("how")
                || !(q.lower(i + 2).equals("many") || q.lower(i + 2).equals("much"))) {
            return -1;
        }
        i += 3;
        if (!AUXILIARIES.contains(q.lower(i)) || !q.lower(i + 1).equals("not")) {
            return -1;
        }
        i += 2;
        while (i < q.size() && (q.pos(i).startsWith("VB") || q.pos(i).equals("RP") || q.pos(i).equals("PRP"))) {
            i++;
        }
        while (i < q.size() && q.isPunctuation(i)) {
            i++;
        }
        return i == q.size() ? i : -1;
    }

    /**
     * "students who have a minor", "students who have declared a major", "customers without an email": a column the
     * rows may leave empty, said as something they have, is a condition that it is filled in (or, negated, empty).
     * Only for a column of rows the question names, said with a/an/any after the verb, and with nothing after it
     * that would say which value ("a major in Physics" is a value filter, left to the value steps).
     */
    private void presence(Part p, SchemaLexicon.Column c) {
        if (c.primaryKey() || c.fkTargetColumnId() != null || !contextTables.contains(c.tableId())
                || parts.stream().noneMatch(o -> o != p && o.end() <= p.first() && o.target() != null
                && o.target().kind() == SchemaIndex.Kind.TABLE && o.target().tableId() == c.tableId())) {
            return;
        }
        int i = p.first() - 1;
        // the mention may hold the verb and the article itself: "have [declared a major]" names declare_major
        boolean verbInside = p.end() - p.first() > 2 && q.pos(p.first()).startsWith("VB")
                && q.pos(p.first() + 1).equals("DT");
        if (!verbInside) {
            if (i < 0 || !Set.of("a", "an", "any", "no").contains(q.lower(i))) {
                return;
            }
            i--;
            if (i >= 0 && (q.pos(i).equals("VBN") || q.pos(i).equals("VBD"))
                    && !Set.of("have", "has", "had").contains(q.surface(i))) {
                i--; // "have chosen a minor"
            }
        }
        boolean negated = !verbInside && q.lower(p.first() - 1).equals("no");
        while (i >= 0 && notWord(i)) {
            negated = true;
            i--;
        }
        // "with a category" stays unclear (with which one?); "have a category" and "without a category" do not
        if (i < 0 || !(q.lower(i).equals("have") || q.lower(i).equals("without"))) {
            return;
        }
        negated |= q.lower(i).equals("without");
        // "do not have an email", "doesn't have a minor"
        if (q.lower(i).equals("have") && notWord(i - 1)) {
            negated = !negated;
            i--;
            if (q.lower(i - 1).equals("do")) {
                i--;
            }
        }
        int after = p.end();
        // "declared a minor program": the noun after the column is the head of the same phrase, not a table to join
        Optional<Part> head = parts.stream().filter(o -> o.first() == p.end() && o.target() != null
                && o.target().kind() == SchemaIndex.Kind.TABLE && !assigned.contains(o)).findFirst();
        if (head.isPresent()) {
            after = head.get().end();
        }
        // only where the phrase ends: "a minor in Physics", "a population of fewer than …" say more than presence
        boolean ends = after >= q.size() || q.isPunctuation(after) || q.pos(after).equals("CC")
                || q.pos(after).startsWith("W");
        if (!ends && Set.of("in", "for", "per", "by").contains(q.lower(after))) {
            int next = after + 1;
            ends = q.lower(next).equals("each") || q.lower(next).equals("every")
                    || parts.stream().anyMatch(o -> o.first() == next && o.target() != null
                    && o.target().kind() == SchemaIndex.Kind.TABLE);
        }
        if (!ends) {
            return;
        }
        for (int k = i; k < p.first(); k++) {
            used[k] = true;
        }
        addFilter(new NlQuery.Condition(c.id(), NlQuery.Operator.IS_EMPTY, List.of(), !negated, false), p.first());
        assigned.add(p);
        head.ifPresent(h -> {
            assigned.add(h);
            absorbed.add(h);
        });
        understood.add((negated ? "without " : "with ") + c.name());
    }

    private boolean notWord(int i) {
        return q.lower(i).equals("not") || q.lower(i).equals("n't") || q.lower(i).equals("never");
    }

    /**
     * A whole-number column (not a key or reference) named by a plural noun right after "with", "without" or "with
     * no": "flights with stops" are those whose stops are above zero.
     */
    private boolean countOfThings(Part p, SchemaLexicon.Column c) {
        int before = p.first() - 1;
        // after "with", a plural the tagger read as a verb ("with stops out of …") is still the noun
        if (before < 0 || p.end() != p.first() + 1 || !Set.of("NNS", "VBZ").contains(q.pos(p.first()))
                || !SchemaIndex.isWholeNumber(c, false) || c.primaryKey() || c.fkTargetColumnId() != null
                || c.semanticType() == com.insightiq.catalog.entity.SemanticType.PK
                || c.semanticType() == com.insightiq.catalog.entity.SemanticType.FK) {
            return false;
        }
        String w = q.lower(before);
        return w.equals("with") || w.equals("without") || w.equals("no") && before >= 1
                && q.lower(before - 1).equals("with");
    }

    /**
     * "compared to", "compared with", "vs", "versus", "against", "relative to" ending right before word {@code at}
     * (an article between is allowed): the first word of the cue, else -1.
     */
    private int comparisonCueBefore(int at) {
        int end = at;
        if (q.lower(end - 1).equals("the")) {
            end--;
        }
        String last = q.lower(end - 1);
        if (Set.of("vs", "vs.", "versus", "against").contains(last)) {
            return end - 1;
        }
        if ((last.equals("to") || last.equals("with")) && Set.of("compare", "relative").contains(q.lower(end - 2))) {
            return end - 2;
        }
        int cueAt = end - 1;
        if ((last.equals("to") || last.equals("with")) && java.util.stream.IntStream.range(0, cueAt)
                .anyMatch(k -> q.lower(k).equals("compare")) && q.parsed().times().stream()
                .anyMatch(t -> t.endWord() <= cueAt)) {
            // "Compare revenue this year to last year": the verb opens the sentence, the period compared follows "to"
            return end - 1;
        }
        return -1;
    }

    /**
     * "Sales in 2024 compared to last year", "… vs the previous quarter", "… versus the prior period", "… compared with
     * 2022": every measure is also computed over the previous period. A relative one is the current period moved back
     * by its unit ("last year" of Q1 2024 is Q1 2023; "the previous period" is as long as the current one and ends
     * where it starts); an explicit one is taken as written.
     */
    private void previousPeriod() {
        int cue = comparedCue;
        int end;
        TimeGrain unit = null;
        boolean relative;
        LocalDate[] explicit = null;
        if (comparedTime != null) {
            end = comparedTime.endWord();
            boolean relativeText = false;
            for (int i = comparedTime.firstWord(); i < comparedTime.endWord(); i++) {
                relativeText |= RELATIVE_WORDS.contains(q.lower(i));
            }
            relative = relativeText;
            unit = grainOf(comparedTime);
            if (!relative) {
                explicit = new LocalDate[] {comparedTime.from(), comparedTime.to()};
            }
        } else {
            // "the previous period", which no time parser reads as a date
            cue = -1;
            end = -1;
            for (int i = 0; i < q.size() && cue < 0; i++) {
                int c = comparisonCueBefore(i);
                int w = i;
                if (c >= 0 && RELATIVE_WORDS.contains(q.lower(w)) && q.lower(w + 1).equals("period")) {
                    cue = c;
                    end = w + 2;
                }
            }
            if (cue < 0) {
                return;
            }
            relative = true;
        }
        String said = q.text(cue, end);
        Optional<NlQuery.Condition> now = filters.stream().filter(c -> c.operator() == NlQuery.Operator.TIME_RANGE
                && !c.negated() && c.values().size() == 2 && c.values().stream().noneMatch(String::isBlank))
                .findFirst();
        if (now.isEmpty() || filters.stream().filter(c -> c.operator() == NlQuery.Operator.TIME_RANGE).count() > 1) {
            problems.add("I could not tell which one period \"" + said + "\" is compared with: name it (e.g. \"in "
                    + "2024\").");
            return;
        }
        LocalDate from = LocalDate.parse(now.get().values().get(0));
        LocalDate to = LocalDate.parse(now.get().values().get(1));
        LocalDate previousFrom;
        LocalDate previousTo;
        if (explicit != null) {
            if (explicit[0] == null || explicit[1] == null) {
                problems.add("\"" + said + "\" is not a closed period to compare with.");
                return;
            }
            previousFrom = explicit[0];
            previousTo = explicit[1];
        } else if (unit == TimeGrain.YEAR || unit == TimeGrain.QUARTER || unit == TimeGrain.MONTH
                || unit == TimeGrain.WEEK || unit == TimeGrain.DAY) {
            previousFrom = back(from, unit);
            previousTo = back(to, unit);
        } else {
            long days = java.time.temporal.ChronoUnit.DAYS.between(from, to);
            previousFrom = from.minusDays(days);
            previousTo = from;
        }
        compare = new NlQuery.Compare(now.get().columnId(), null, previousFrom.toString(), previousTo.toString());
        for (int k = cue; k < end; k++) {
            used[k] = true;
        }
        understood.add(said);
    }

    private static LocalDate back(LocalDate day, TimeGrain unit) {
        return switch (unit) {
            case YEAR -> day.minusYears(1);
            case QUARTER -> day.minusMonths(3);
            case MONTH -> day.minusMonths(1);
            case WEEK -> day.minusWeeks(1);
            default -> day.minusDays(1);
        };
    }

    /** "month over month", "year over year", "compared to last year". */
    private void periodComparison() {
        previousPeriod();
        if (compare != null) {
            return;
        }
        for (int i = 0; i + 2 < q.size(); i++) {
            TimeGrain g = Cues.GRAINS.get(q.lower(i));
            if (g != null && q.lower(i + 1).equals("over") && g == Cues.GRAINS.get(q.lower(i + 2))) {
                Optional<SchemaLexicon.Column> date = dateColumnNear(i);
                if (date.isEmpty()) {
                    problems.add("I found no date column to compare periods on.");
                    return;
                }
                compareGrain = g;
                compare = new NlQuery.Compare(date.get().id(), g, null, null);
                if (groups.stream().noneMatch(f -> f.columnId() == date.get().id())) {
                    groups.add(0, new NlQuery.Field(date.get().id(), g));
                }
                used[i] = used[i + 1] = used[i + 2] = true;
                understood.add(q.text(i, i + 3));
                // "the month over month change in revenue", "… growth": what the comparison gives anyway
                for (int k = 0; k < q.size(); k++) {
                    if (CHANGE_WORDS.contains(q.lower(k)) && partAt(k).isEmpty()) {
                        used[k] = true;
                    }
                }
                return;
            }
        }
    }

    /** Words for the difference a period comparison shows. */
    private static final Set<String> CHANGE_WORDS = Set.of("change", "growth", "difference", "increase", "trend");

    // ------------------------------------------------------------------ assembly

    /** Whatever names a table or column and has no role yet is what the question asks to see (or groups by). */
    private void leftovers() {
        anaphora();
        impliedSums();
        boolean hasMeasures = !measures.isEmpty();
        for (Part p : parts) {
            if (assigned.contains(p) || p.target() == null) {
                continue;
            }
            SchemaIndex.Target t = p.target();
            if (t.kind() == SchemaIndex.Kind.VALUE) {
                continue;
            }
            if (orderByWord >= 0 && p.first() > orderByWord && p.first() <= orderByWord + 4) {
                // "Order the results by the region name": the ordering, settled once the shown columns are known
                continue;
            }
            if (t.kind() == SchemaIndex.Kind.COLUMN && (backReference(p) || compoundModifier(p)
                    || qualifierOfPrevious(p))) {
                assigned.add(p);
                continue;
            }
            boolean representedElsewhere = isRepresented(t.tableId(), p);
            boolean asked = whTarget(p);
            if (ratioWord >= 0 && p.first() > ratioWord && !asked) {
                if (t.kind() == SchemaIndex.Kind.TABLE && ratioQualifier(p)) {
                    continue;
                }
                problems.add("I could not tell how \"" + q.text(p.first(), p.end()) + "\" qualifies the ratio.");
                continue;
            }
            if (t.kind() == SchemaIndex.Kind.TABLE) {
                if (representedElsewhere && !asked) {
                    assigned.add(p);
                    continue;
                }
                Optional<SchemaLexicon.Column> label = index.labelColumn(t.tableId());
                if (label.isEmpty()) {
                    // a table of links ("writes": author, paper) named by a verb: a way between tables, not a result
                    assigned.add(p);
                    continue;
                }
                if (hasMeasures) {
                    if (representedElsewhere && measures.stream().allMatch(m -> t.tableId() == tableOf(m))) {
                        assigned.add(p);
                        continue;
                    }
                    if (!asked) {
                        // "students who found the instructor hilarious": a table on the way, not a group
                        assigned.add(p);
                        continue;
                    }
                    if (measures.stream().anyMatch(m -> m.aggregation() == NlQuery.Aggregation.COUNT
                            && m.tableId() != null && m.tableId() == t.tableId())) {
                        problems.add("Counting " + index.tables.get(t.tableId()).name() + " for each of the same "
                                + index.tables.get(t.tableId()).name() + " needs a relationship I cannot follow yet.");
                        continue;
                    }
                    entityGroup(t.tableId());
                } else {
                    if (!asked && !fields.isEmpty()) {
                        // "authors who wrote publications in …": a way from the authors to the domain
                        assigned.add(p);
                        continue;
                    }
                    // a person is shown by first and last name, as a group of them is
                    for (SchemaLexicon.Column name : personNames(t.tableId(), label.get())) {
                        addField(new NlQuery.Field(name.id(), null));
                        entityLabels.add(name.id());
                    }
                }
                assigned.add(p);
            } else {
                SchemaLexicon.Column c = index.columns.get(t.columnId());
                if (!hasMeasures && SchemaIndex.isNumeric(c) && rankedColumns.stream()
                        .anyMatch(r -> r.end() == p.first() && r.target().columnId() != c.id())) {
                    // "the lowest low price": a number right after the ranked word is no column to show beside it
                    problems.add("I could not tell what \"" + q.text(p.first(), p.end()) + "\" does in the question.");
                    continue;
                }
                if (!hasMeasures && !asked && !fields.isEmpty() && withArticleBefore(p.first())) {
                    // "airlines with a stopover in Dallas": a condition on the column that nothing here says
                    problems.add("I could not tell what \"" + q.text(p.first(), p.end()) + "\" must be.");
                    continue;
                }
                if (!hasMeasures && !asked && !fields.isEmpty() && isRepresented(c.tableId(), p)) {
                    // "flights that serve meals: flight id and meal description": named on the way, not asked
                    assigned.add(p);
                    continue;
                }
                if (hasMeasures) {
                    boolean afterMeasured = measureParts.keySet().stream().anyMatch(m -> m.end() == p.first());
                    if (!asked || afterMeasured && SchemaIndex.isNumeric(c)) {
                        // (a number right after a measured word, "the average high price", is no group of it)
                        problems.add("I could not tell what \"" + q.text(p.first(), p.end()) + "\" does in the question.");
                        continue;
                    }
                    addGroup(new NlQuery.Field(c.id(), null));
                } else {
                    addField(new NlQuery.Field(c.id(), null));
                }
                assigned.add(p);
            }
        }
    }

    /**
     * A table named inside one side of a ratio: the rows that side counts said again ("students enrolled in courses
     * with exams" — the courses whose num_enrolled is summed; "papers cited by 2 or more papers"), or a table those rows
     * refer to by exactly one key, which then says that they have one ("publications presented in conferences": those
     * whose conference is filled in; "not in a journal": empty). The condition counts for that side only.
     */
    private boolean ratioQualifier(Part p) {
        if (measures.isEmpty() || ratioDivisor < 0) {
            return false;
        }
        NlQuery.Measure ratio = measures.get(0).aggregation() != NlQuery.Aggregation.RATIO
                && measures.get(0).operands().size() == 1 ? measures.get(0).operands().get(0) : measures.get(0);
        if (ratio.aggregation() != NlQuery.Aggregation.RATIO) {
            return false;
        }
        NlQuery.Measure side = ratio.operands().get(p.first() > ratioDivisor ? 1 : 0);
        if (side.tableId() == null) {
            return false;
        }
        long named = p.target().tableId();
        if (named == side.tableId()) {
            assigned.add(p);
            absorbed.add(p);
            return true;
        }
        if (side.aggregation() != NlQuery.Aggregation.COUNT) {
            return false;
        }
        List<Long> keys = index.joins.keysInto(side.tableId(), named);
        if (keys.size() != 1) {
            return false;
        }
        boolean none = negatedBefore(p.first());
        addFilter(new NlQuery.Condition(keys.get(0), NlQuery.Operator.IS_EMPTY, List.of(), !none, false),
                p.first());
        assigned.add(p);
        absorbed.add(p);
        understood.add((none ? "without " : "with ") + index.tables.get(named).name());
        return true;
    }

    /**
     * "the total of orders by month", "revenue per region": a number column next to a grouping, or named by the word
     * "total"/"sum" itself, is summed (Metabase's default for a metric without an aggregation word).
     */
    private void impliedSums() {
        if (!measures.isEmpty()) {
            return;
        }
        for (Part p : parts) {
            if (assigned.contains(p) || p.target() == null || p.target().kind() != SchemaIndex.Kind.COLUMN) {
                continue;
            }
            SchemaLexicon.Column c = index.columns.get(p.target().columnId());
            boolean key = c.primaryKey() || c.fkTargetColumnId() != null || JoinGraph.namedAsKeyOf(index, c, c.tableId());
            String said = WordForms.norm(q.lower(p.first()));
            // "the total amount of sales" naming total_amount: still the total of the sales, not a list of amounts
            boolean sumWord = p.mention().length() == 1 && (said.equals("total") || said.equals("sum") || said.equals("amount"))
                    || (said.equals("total") || said.equals("sum"))
                    && (q.lower(p.end()).equals("of") || q.lower(p.end()).equals("for"));
            if (SchemaIndex.isNumeric(c) && !key && (sumWord || !groups.isEmpty()) && !whTargetOfListing(p)) {
                addMeasure(NlQuery.Measure.of(NlQuery.Aggregation.SUM, c.tableId(), c.id()));
                assigned.add(p);
            }
        }
    }

    /** A column asked for by name in a listing ("Which products and their price"): shown, not summed. */
    private boolean whTargetOfListing(Part p) {
        return groups.isEmpty() && whTarget(p) && !WordForms.norm(q.lower(p.first())).equals("total");
    }

    /** "Show both courses and scores" after "easiness scores": the same column again, not comment.score. */
    private boolean backReference(Part p) {
        List<String> words = new ArrayList<>();
        for (int i = p.first(); i < p.end(); i++) {
            words.add(WordForms.norm(q.lower(i)));
        }
        for (Part other : parts) {
            if (other == p || other.first() >= p.first() || other.target() == null
                    || other.target().columnId() == null || other.target().columnId().equals(p.target().columnId())) {
                continue;
            }
            List<String> otherWords = index.columnWords.getOrDefault(other.target().columnId(), List.of());
            if (otherWords.size() > words.size() && otherWords.containsAll(words)
                    && other.target().tableId() != p.target().tableId()) {
                return true;
            }
        }
        return false;
    }

    /** "the region name": "name" after a column only says which column is meant. */
    private boolean qualifierOfPrevious(Part p) {
        for (int i = p.first(); i < p.end(); i++) {
            if (!Set.of("name", "id", "code", "title").contains(WordForms.norm(q.lower(i)))) {
                return false;
            }
        }
        return parts.stream().anyMatch(o -> o.end() == p.first() && o.target() != null
                && o.target().kind() == SchemaIndex.Kind.COLUMN);
    }

    /** "population density": a column name used as a modifier of the next column of the same table. */
    private boolean compoundModifier(Part p) {
        for (Part next : parts) {
            if (next.first() != p.end() || next.target() == null || next.target().kind() != SchemaIndex.Kind.COLUMN
                    || next.target().tableId() != p.target().tableId()) {
                continue;
            }
            for (ParsedQuestion.Dependency d : q.parsed().dependencies()) {
                if (d.relation().startsWith("compound") && next.mention().covers(d.governor())
                        && p.mention().covers(d.dependent())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "that year", "those states": a question that refers back to itself asks two things; be less sure. */
    private void anaphora() {
        for (Part p : parts) {
            int i = p.first() - 1;
            boolean pointing = i >= 0 && (Set.of("that", "this", "those", "these").contains(q.lower(i))
                    && q.pos(i).equals("DT") || q.lower(i).equals("same"));
            if (pointing && p.target() != null && p.target().kind() == SchemaIndex.Kind.COLUMN && !assigned.contains(p)
                    && filters.stream().anyMatch(f -> f.columnId() == p.target().columnId())) {
                // "in the year 2021 … in that year": the condition already kept, said again
                assigned.add(p);
                continue;
            }
            if (pointing && p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE
                    && !assigned.contains(p) && groups.stream().anyMatch(g -> index.columns.get(g.columnId())
                    .tableId() == p.target().tableId())) {
                // "in each state … of that state": the group's own row, not another one
                assigned.add(p);
                continue;
            }
            if (i >= 0 && p.target() != null && (q.lower(i).equals("that") || q.lower(i).equals("those")
                    || q.lower(i).equals("this") || q.lower(i).equals("these")) && q.pos(i).equals("DT")
                    && parts.stream().anyMatch(o -> o.first() < p.first() && o.target() != null
                    && o.target().tableId() == p.target().tableId())) {
                confidence *= 0.5;
            }
        }
    }

    private void addField(NlQuery.Field f) {
        if (fields.stream().noneMatch(x -> x.columnId() == f.columnId())) {
            fields.add(f);
        }
    }

    /** The thing asked for: right after "which", "what", "list", "get the"…, or the question's first name. */
    private boolean whTarget(Part p) {
        return whTarget(p, 0);
    }

    private boolean whTarget(Part p, int depth) {
        boolean first = parts.stream().noneMatch(o -> o.first() < p.first() && o.target() != null);
        // "the name and rating of …", "flight id and meal description": a list continues what was asked
        int before = p.first() - 1;
        if (before >= 0 && q.pos(before).equals("PRP$") && parts.stream().anyMatch(o -> o.first() < p.first()
                && o.target() != null && o.target().kind() != SchemaIndex.Kind.VALUE && depth == 0)) {
            // "the cities in the United States and their population": a property of what was asked
            return true;
        }
        while (before > 0 && (q.pos(before).equals("DT") || q.pos(before).equals("PRP$"))) {
            before--;
        }
        if (depth < 4 && before > 0 && (q.lower(before).equals("and") || q.lower(before).equals(","))) {
            Optional<Part> previous = partAt(before - 1);
            if (previous.isPresent() && previous.get().target() != null && whTarget(previous.get(), depth + 1)) {
                return true;
            }
        }
        if (depth < 4 && before > 0 && q.lower(before).equals("with") && p.target() != null
                && p.target().kind() == SchemaIndex.Kind.COLUMN) {
            // "the 5 most recent sales with the customer name and the total amount": the columns to show
            Optional<Part> previous = partAt(before - 1);
            if (previous.isPresent() && previous.get().target() != null
                    && previous.get().target().kind() == SchemaIndex.Kind.TABLE && whTarget(previous.get(), depth + 1)) {
                return true;
            }
        }
        for (int i = p.first() - 1; i >= 0 && i >= p.first() - 5; i--) {
            String w = q.lower(i);
            if (Cues.COMMANDS.contains(w)) {
                return true;
            }
            if (q.pos(i).equals("CD") || w.equals("top") || w.equals("bottom")) {
                continue;
            }
            if (first && q.pos(i).startsWith("VB") && !Cues.FUNCTION_WORDS.contains(w)) {
                return false;
            }
            if (!(q.pos(i).equals("DT") || q.pos(i).startsWith("JJ") || q.pos(i).startsWith("RB") || w.equals("all")
                    || w.equals("the")
                    || w.equals("be") || w.equals("both") || w.equals("'s") || q.pos(i).equals("POS"))) {
                return false;
            }
        }
        return false;
    }

    /** Another role already uses a column of this table (so the table's name only says where it lives). */
    private boolean isRepresented(long tableId, Part self) {
        for (Part other : assigned) {
            if (other != self && other.target() != null && other.target().tableId() == tableId) {
                return true;
            }
        }
        return measures.stream().anyMatch(m -> tableOf(m) == tableId)
                || groups.stream().anyMatch(g -> index.columns.get(g.columnId()).tableId() == tableId)
                || filters.stream().anyMatch(f -> index.columns.get(f.columnId()).tableId() == tableId);
    }

    private long tableOf(NlQuery.Measure m) {
        if (m.tableId() != null) {
            return m.tableId();
        }
        if (m.columnId() != null) {
            return index.columns.get(m.columnId()).tableId();
        }
        return m.operands().isEmpty() ? -1 : tableOf(m.operands().get(0));
    }

    /** A count of rows of a table whose rows each keep a count of their own (a whole number called just count). */
    private Optional<SchemaLexicon.Column> countedRowsKeepingCounts(NlQuery.Measure m) {
        if (m.aggregation() == NlQuery.Aggregation.COUNT && m.tableId() != null && m.columnId() == null) {
            Optional<SchemaLexicon.Column> kept = ownCount(m.tableId());
            if (kept.isPresent()) {
                return kept;
            }
        }
        return m.operands().stream().map(this::countedRowsKeepingCounts).flatMap(Optional::stream).findFirst();
    }

    /** The one whole-number column of a table named only as a count (checkin.count, visits.num). */
    private Optional<SchemaLexicon.Column> ownCount(long tableId) {
        List<SchemaLexicon.Column> counts = index.columnsOf(tableId).stream()
                .filter(c -> !c.primaryKey() && c.fkTargetColumnId() == null && SchemaIndex.isWholeNumber(c, true)
                        && !index.columnWords.getOrDefault(c.id(), List.of()).isEmpty()
                        && COUNT_MARKERS.containsAll(index.columnWords.getOrDefault(c.id(), List.of())))
                .toList();
        return counts.size() == 1 ? Optional.of(counts.get(0)) : Optional.empty();
    }

    /**
     * "tips written in 2021 or 2022": two values of one column said apart are either of them — no row holds both,
     * so the two conditions together would keep nothing.
     */
    private void eitherValue() {
        for (int a = 0; a < filters.size(); a++) {
            NlQuery.Condition x = filters.get(a);
            if (x.operator() != NlQuery.Operator.EQUALS || x.negated()) {
                continue;
            }
            for (int b = filters.size() - 1; b > a; b--) {
                NlQuery.Condition y = filters.get(b);
                if (y.columnId() == x.columnId() && y.operator() == NlQuery.Operator.EQUALS && !y.negated()
                        && y.ignoreCase() == x.ignoreCase()) {
                    int from = Math.min(filterAt.get(a), filterAt.get(b));
                    int to = Math.max(filterAt.get(a), filterAt.get(b));
                    boolean or = java.util.stream.IntStream.range(Math.max(0, from), Math.max(0, to))
                            .anyMatch(k -> q.lower(k).equals("or"));
                    long table = index.columns.get(x.columnId()).tableId();
                    boolean rowsMeasured = measures.stream().anyMatch(m -> Objects.equals(m.tableId(), table)
                            || m.columnId() != null && index.columns.get(m.columnId()).tableId() == table);
                    if (!or && !rowsMeasured) {
                        // "users who wrote reviews in 2020 and 2021": in both years, or in either?
                        problems.add("\"" + x.values().get(0) + "\" and \"" + y.values().get(0) + "\" could mean"
                                + " rows of either or things with rows of both; say \"or\" or \"both\".");
                        return;
                    }
                    List<String> values = new ArrayList<>(x.values());
                    y.values().stream().filter(v -> !values.contains(v)).forEach(values::add);
                    x = new NlQuery.Condition(x.columnId(), x.operator(), values, false, x.ignoreCase());
                    filters.remove(b);
                    filterAt.remove(b);
                }
            }
            filters.set(a, x);
        }
    }

    private static boolean ratioOfItself(NlQuery.Measure m) {
        return m.aggregation() == NlQuery.Aggregation.RATIO && m.operands().size() == 2
                && m.operands().get(0).equals(m.operands().get(1))
                || m.operands().stream().anyMatch(Reading::ratioOfItself);
    }

    private Outcome finish() {
        ratioConditions();
        shareConditions();
        eitherValue();
        mostFrequent();
        measuresNamedAgain();
        entityShownByNamedKey();
        oneRowGroups();
        for (NlQuery.Measure m : measures) {
            if (m.aggregation() == NlQuery.Aggregation.COUNT && m.tableId() != null && groups.stream().anyMatch(g ->
                    index.columns.get(g.columnId()).tableId() == m.tableId() && (index.labelColumn(m.tableId())
                    .map(l -> l.id() == g.columnId() && (index.uniquePerRow(l) || entityGroupColumns.contains(l.id())))
                    .orElse(false) || index.keyColumn(m.tableId()).map(k -> k.id() == g.columnId()).orElse(false)))) {
                // "how many papers cite each paper": a table related to itself, which needs a self-join
                problems.add("Counting " + index.tables.get(m.tableId()).name() + " for each "
                        + index.tables.get(m.tableId()).name() + " needs a relationship I cannot follow yet.");
            }
        }
        for (NlQuery.Measure m : measures) {
            Optional<SchemaLexicon.Column> kept = countedRowsKeepingCounts(m);
            if (kept.isPresent()) {
                // "how many check-ins" of checkin(business_id, day, count): rows, or the counts they keep?
                problems.add("Each " + index.tables.get(kept.get().tableId()).name() + " row keeps a count of its own ("
                        + kept.get().name() + "); ask for \"the total number of …\" to add it up.");
                break;
            }
        }
        if (measures.stream().anyMatch(Reading::ratioOfItself)) {
            // "open businesses to closed businesses" with neither state read: a quotient that is always 1
            problems.add("Both sides of the ratio came out the same; I could not tell what sets them apart.");
        }
        disjointPeriods().ifPresent(problems::add);
        rowsPerPeriod().ifPresent(problems::add);
        if (!problems.isEmpty()) {
            return fail(problems.get(0));
        }
        if (measures.isEmpty() && fields.isEmpty() && groups.isEmpty() && !rankedColumns.isEmpty()) {
            // "What is the highest X?", "the latest sale date" with nothing else asked: the maximum (or minimum)
            Part p = rankedColumns.get(0);
            order.clear();
            measures.add(NlQuery.Measure.of(ranking > 0 ? NlQuery.Aggregation.MAX : NlQuery.Aggregation.MIN,
                    p.target().tableId(), p.target().columnId()));
            limit = null;
            ranking = 0;
            rankedColumns.clear();
        }
        if (measures.isEmpty() && fields.isEmpty() && groups.isEmpty()) {
            return fail("I did not find what to show: no table, column or measure of this data source is named.");
        }
        Optional<String> either = orAcrossColumns().or(this::everyOfAnother);
        if (either.isPresent()) {
            return fail(either.get());
        }
        Optional<String> shared = rankedSharedValues();
        if (shared.isPresent()) {
            return fail(shared.get());
        }
        if (measures.isEmpty() && !groups.isEmpty() && ranking != 0 && having.isEmpty()) {
            // "the most expensive product in each category": the first row of every group, not of all rows
            return fail("The first rows of every " + index.columns.get(groups.get(0).columnId()).name()
                    + " need a query that ranks within each group, which I cannot build yet.");
        }
        List<NlQuery.Field> outFields = new ArrayList<>(measures.isEmpty() ? fields : groups);
        fullNames(outFields);
        if (!having.isEmpty() && outFields.isEmpty() && !measures.stream().allMatch(m -> m.aggregation()
                == NlQuery.Aggregation.COUNT && m.tableId() != null && index.keyColumn(m.tableId()).isPresent()
                && having.stream().noneMatch(h -> m.tableId().equals(h.measure().tableId())))) {
            // "how many customers have more than 5 orders" counts groups: a query over a grouped query
            return fail("Counting or measuring the rows that meet a condition on their "
                    + index.tables.get(having.get(0).measure().tableId()).name() + " needs a nested query, which I "
                    + "cannot build yet.");
        }
        for (NlQuery.Field f : outFields) {
            long table = index.columns.get(f.columnId()).tableId();
            boolean rowItself = index.labelColumn(table).map(l -> l.id() == f.columnId()).orElse(false)
                    || index.keyColumn(table).map(k -> k.id() == f.columnId()).orElse(false);
            if (rowItself && having.stream().anyMatch(h -> h.measure().tableId() == table)) {
                // "papers with more than 5 papers": a table related to itself ("countries with more than 10
                // customers" groups customers by a column of theirs, which is fine)
                return fail("Counting " + index.tables.get(table).name() + " for each "
                        + index.tables.get(table).name() + " needs a relationship I cannot follow yet.");
            }
        }
        if (measures.isEmpty() && !groups.isEmpty()) {
            // grouping without a measure: "how many … per X" without a count word reads as a count of the rows
            for (NlQuery.Field g : groups) {
                if (outFields.stream().noneMatch(f -> f.columnId() == g.columnId())) {
                    outFields.add(g);
                }
            }
        }
        // ranked rows show what they were ranked by when asked for twice or with "and what/how"
        List<NlQuery.Order> orders = new ArrayList<>(order);
        if (measures.isEmpty() && ranking != 0 && orders.isEmpty()) {
            return fail("I could not tell what to rank by.");
        }
        if (measures.isEmpty() && !rankedColumns.isEmpty() && !outFields.isEmpty()
                && limit == null && orderByRequested) {
            // a ranking shows what it ranks by ("the largest lakes, largest first": names and areas)
            for (Part p : rankedColumns) {
                if (outFields.stream().noneMatch(f -> f.columnId() == p.target().columnId())) {
                    outFields.add(new NlQuery.Field(p.target().columnId(), null));
                }
            }
        }
        if (!measures.isEmpty() && measures.stream().allMatch(m -> m.aggregation() == NlQuery.Aggregation.RATIO
                && m.operands().stream().allMatch(o -> o.aggregation() == NlQuery.Aggregation.VALUE))) {
            // row-level ratio: the group keys are simply shown next to it
        }
        if (orderByWord >= 0 && orders.stream().noneMatch(o -> o.measure() != null)) {
            Optional<NlQuery.Order> explicit = explicitOrderTarget(outFields);
            if (explicit.isPresent()) {
                orders.removeIf(o -> o.columnId() != null);
                orders.add(0, explicit.get());
            }
        }
        if (!measures.isEmpty()) {
            // a grouped result can only be ordered by what it shows
            orders.removeIf(o -> o.columnId() != null && outFields.stream().noneMatch(f -> f.columnId() == o.columnId()));
        }
        if (alphabetical) {
            Optional<NlQuery.Field> label = outFields.stream()
                    .filter(f -> SchemaIndex.isText(index.columns.get(f.columnId()))).findFirst();
            if (label.isEmpty()) {
                return fail("I could not tell what to sort alphabetically.");
            }
            orders.add(new NlQuery.Order(null, label.get().columnId(), explicitDescending != null && explicitDescending));
        }
        if (orders.isEmpty() && explicitDescending != null) {
            if (!measures.isEmpty()) {
                orders.add(new NlQuery.Order(0, null, explicitDescending));
            } else if (!outFields.isEmpty()) {
                orders.add(new NlQuery.Order(null, outFields.get(0).columnId(), explicitDescending));
            }
        } else if (explicitDescending != null && !orders.isEmpty() && ranking == 0) {
            NlQuery.Order o = orders.get(0);
            orders.set(0, new NlQuery.Order(o.measure(), o.columnId(), explicitDescending));
        }
        if (orders.isEmpty() && !measures.isEmpty() && !outFields.isEmpty() && !rowLevel()) {
            // the usual reading: periods in time order, categories biggest first
            NlQuery.Field first = outFields.get(0);
            if (first.grain() != null || ordinal(first.columnId())) {
                for (NlQuery.Field f : outFields) {
                    orders.add(new NlQuery.Order(null, f.columnId(), false));
                }
            } else {
                orders.add(new NlQuery.Order(0, null, true));
            }
        }
        boolean oneRanked = false;
        if (ranking != 0 && limit == null && !orderByRequested) {
            // "the author with the most papers" is one; "which papers have the most authors, sorted by …" a ranking
            limit = 1;
            oneRanked = true;
        }
        if (limit != null && orders.isEmpty()) {
            if (!measures.isEmpty()) {
                orders.add(new NlQuery.Order(0, null, ranking >= 0));
            } else {
                return fail("I could not tell what to rank by for the top " + limit + ".");
            }
        }
        List<NlQuery.Order> unique = new ArrayList<>();
        for (NlQuery.Order o : orders) {
            if (unique.stream().noneMatch(u -> java.util.Objects.equals(u.measure(), o.measure())
                    && java.util.Objects.equals(u.columnId(), o.columnId()))) {
                unique.add(o);
            }
        }
        orders = unique;
        if (oneRanked && compare == null && !outFields.isEmpty()) {
            // "Which street has the most restaurants?" asks for a street: the count only ranks, unless the words
            // also ask to see it ("… and how many")
            orders.replaceAll(o -> o.measure() != null && rankingMeasures.contains(o.measure())
                    && !askedMeasures.contains(o.measure()) ? new NlQuery.Order(o.measure(), null, o.descending(), true)
                    : o);
        }
        keysWhereReferenced(outFields, orders);
        boolean totalsRatio = totalsRatio();
        long base = totalsRatio ? tableOf(measures.get(0).operands().get(0)) : baseTable(outFields);
        Set<Long> tables = new LinkedHashSet<>();
        outFields.forEach(f -> tables.add(index.columns.get(f.columnId()).tableId()));
        if (!totalsRatio) {
            measures.forEach(m -> collectTables(m, tables));
        }
        filters.forEach(f -> tables.add(index.columns.get(f.columnId()).tableId()));
        having.forEach(h -> collectTables(h.measure(), tables));
        orders.stream().filter(o -> o.columnId() != null).forEach(o -> tables.add(index.columns.get(o.columnId())
                .tableId()));
        // tables named only to say how things relate ("authors who wrote publications in …") are waypoints
        for (Part p : parts) {
            if (p.target() != null && p.target().kind() == SchemaIndex.Kind.TABLE && assigned.contains(p)
                    && !absent.contains(p) && !absorbed.contains(p)) {
                tables.add(p.target().tableId());
            }
        }
        for (Part p : absent) {
            if (tables.contains(p.target().tableId()) || base == p.target().tableId()) {
                // "customers with no sales in 2024": the condition is on rows that must not exist, not a join
                return fail("Conditions on " + index.tables.get(p.target().tableId()).name()
                        + " that must not exist need a query I cannot build yet.");
            }
        }
        tables.remove(base);
        Set<Long> guided = guidedTables(base, tables);
        Set<Long> wanted = new LinkedHashSet<>(guided);
        wanted.addAll(orderedByMention(tables));
        wanted.remove(base);
        Optional<JoinGraph.Plan> plan = index.joins.connect(base, wanted);
        if (plan.isEmpty()) {
            return fail("I could not find how " + names(base, wanted) + " relate to each other.");
        }
        Optional<String> loop = guidedLoop(guided, plan.get().edges());
        if (loop.isPresent()) {
            return fail(loop.get());
        }
        tables.addAll(guided);
        tables.remove(base);
        Optional<String> route = routeAgainstItsJoin(base, plan.get().edges());
        if (route.isPresent()) {
            return fail(route.get());
        }
        Optional<String> role = selfRelation();
        if (role.isPresent()) {
            return fail(role.get());
        }
        JoinGraph.Plan chosen = wayTheQuestionNames(base, tables, plan.get());
        Optional<String> unusedVerb = verbOfTablesLeftOut(base, chosen.edges());
        if (unusedVerb.isPresent()) {
            return fail(unusedVerb.get());
        }
        Optional<String> leftOut = tableNamedButLeftOut(base, chosen.edges());
        if (leftOut.isPresent()) {
            return fail(leftOut.get());
        }
        Optional<String> acrossMany = negatedAcrossMany(base, chosen.edges());
        if (acrossMany.isPresent()) {
            return fail(acrossMany.get());
        }
        for (NlQuery.Condition f : filters) {
            if (f.operator() != NlQuery.Operator.HAS_NONE || f.values().isEmpty()) {
                continue;
            }
            long referencing = index.columns.get(Long.parseLong(f.values().get(0))).tableId();
            if (chosen.edges().stream().anyMatch(e -> e.fromTableId() == referencing || e.toTableId() == referencing)) {
                // "authors who did not write publications in 2020": none at all, yet some of 2020 — the condition
                // belongs inside the "none", which needs a query I cannot build yet
                return fail("Rows with no " + index.tables.get(referencing).name() + " that meet a condition need a"
                        + " query I cannot build yet.");
            }
        }
        List<List<NlQuery.Join>> alternatives = chosen.alternatives().stream()
                .map(edges -> edges.stream().map(e -> new NlQuery.Join(e.fromColumnId(), e.toColumnId())).toList())
                .toList();
        if (chosen.edges().size() > 2) {
            confidence *= Math.pow(0.93, chosen.edges().size() - 2);
        }
        if (countsOfTwoTablesJoined(chosen)) {
            // counts of two tables across a join (or per group) depend on how unmatched rows count: not a guess to make
            confidence *= 0.5;
        }
        List<NlQuery.Join> joins = chosen.edges().stream()
                .map(e -> new NlQuery.Join(e.fromColumnId(), e.toColumnId())).toList();
        for (NlQuery.Measure m : measures) {
            boolean adds = m.aggregation() == NlQuery.Aggregation.SUM || m.aggregation() == NlQuery.Aggregation.AVG
                    || m.aggregation() == NlQuery.Aggregation.MEDIAN;
            if (adds && m.columnId() != null && repeatedBesideGroups(chosen.edges(), tableOf(m), outFields)) {
                // "the total of sales for products with 5-star reviews": each sale once per review of its product
                return fail("The " + spoken(m.aggregation()) + " of " + index.columns.get(m.columnId()).name()
                        + " would count each " + index.tables.get(tableOf(m)).name() + " row once for every related"
                        + " row the question joins; that needs a nested query, which I cannot build yet.");
            }
        }
        if (measures.isEmpty() && !outFields.isEmpty()
                && outFields.stream().allMatch(f -> f.grain() == null && entityLabels.contains(f.columnId()))) {
            namesakesApart(outFields);
        }
        boolean distinct = measures.isEmpty() && !outFields.isEmpty();
        if (distinct && joins.isEmpty() && outFields.stream().anyMatch(f -> f.grain() == null
                && isEntityColumn(base, index.columns.get(f.columnId())))) {
            // rows of one table shown by what identifies them: each row is an entity already, and two namesakes
            // stay two
            distinct = false;
        }
        if (measures.isEmpty() && limit != null && orders.stream().anyMatch(o -> o.columnId() != null)) {
            // ranked rows: show each row once, but do not merge rows that tie on the shown columns
            distinct = false;
        }
        if (measures.isEmpty() && (limit == null || rankedList && limit > 1) && !outFields.isEmpty()
                && outFields.stream().allMatch(f -> entityLabels.contains(f.columnId()))) {
            // "the top 3 publications by citations", "the restaurants from the best rating to the lowest": a ranked
            // list of things shows what ranks them
            for (NlQuery.Order o : orders) {
                if (o.columnId() != null && outFields.stream().noneMatch(f -> f.columnId() == o.columnId())) {
                    outFields.add(new NlQuery.Field(o.columnId(), null));
                }
            }
        }
        if (measures.isEmpty() && orders.isEmpty() && limit == null && !outFields.isEmpty()
                && outFields.get(0).grain() == null) {
            // a list nobody asked to rank reads best in the order of its first column, and is the same every time
            orders = List.of(new NlQuery.Order(null, outFields.get(0).columnId(), false));
        }
        NlQuery query = new NlQuery(base, joins, outFields, measures, filters, orders, limit, distinct, compare,
                having);
        List<String> left = notUnderstood();
        double c = confidence;
        if (!left.isEmpty()) {
            c *= Math.pow(0.6, left.size());
        }
        return new Outcome(query, alternatives, understood, left, left.isEmpty() ? null
                : "I did not understand: " + String.join(", ", left) + ".", c, unclear);
    }

    /**
     * "fares from JFK to Los Angeles": a value said after "to" (or "from") that the joins reach through a key named the
     * other way (fare.from_airport → airport) would answer a different route; the engine does not read routes over
     * two roles of one table yet, so it says so instead of answering.
     */
    private Optional<String> routeAgainstItsJoin(long base, List<JoinGraph.Edge> tree) {
        for (int k = 0; k < filters.size(); k++) {
            int at = filterAt.get(k) - 1;
            while (at >= 0 && q.pos(at).equals("DT")) {
                at--;
            }
            String preposition = at >= 0 ? q.lower(at) : "";
            if (!preposition.equals("to") && !preposition.equals("from")) {
                continue;
            }
            String opposite = preposition.equals("to") ? "from" : "to";
            long table = index.columns.get(filters.get(k).columnId()).tableId();
            for (JoinGraph.Edge e : pathTo(base, table, tree)) {
                if (index.columnWords.getOrDefault(e.fromColumnId(), List.of()).contains(opposite)) {
                    return Optional.of("\"" + preposition + " " + String.join(", ", filters.get(k).values())
                            + "\" is reached through "
                            + index.columns.get(e.fromColumnId()).name() + "; a route from one place to another is"
                            + " beyond me yet.");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Which states border the state where Lake Ontario is?", "papers that cite the paper …": one table named twice,
     * the second time as what a verb relates the first to, means two different rows of it — a self-relation, which
     * one table instance cannot express. Refused rather than answered with the filter's own row.
     */
    private Optional<String> selfRelation() {
        for (Part second : parts) {
            // either naming may have been read as a column ("states" as border_info.state_name): what names the
            // table among the words' candidates counts
            Set<Long> named = tablesNamedBy(second);
            if (second.target() == null || named.isEmpty()) {
                continue;
            }
            boolean namedBefore = parts.stream().anyMatch(p -> p.end() <= second.first() && p.target() != null
                    && tablesNamedBy(p).stream().anyMatch(named::contains));
            int i = second.first() - 1;
            while (i >= 0 && q.pos(i).equals("DT") && !Set.of("that", "this", "those", "these").contains(q.lower(i))) {
                i--;
            }
            if (i >= 1 && (q.lower(i).equals("to") || q.lower(i).equals("by")) && q.pos(i - 1).startsWith("VB")) {
                i--;
            }
            String verb = i >= 0 ? q.word(i).lemma().toLowerCase(java.util.Locale.ROOT) : "";
            boolean relatedByVerb = i > 0 && i < second.first() - 1 && q.pos(i).startsWith("VB")
                    && !q.isPunctuation(i - 1) && !Set.of("be", "have", "do", "show", "list", "give", "return",
                    "display", "include", "sort", "order", "rank", "find", "get").contains(verb);
            // "… the state where Lake Ontario is": the second one picked out by a clause of its own
            boolean picked = second.end() < q.size() && second.first() > 0 && q.pos(second.first() - 1).equals("DT")
                    && Set.of("where", "which", "that", "who", "whose").contains(q.lower(second.end()));
            if (namedBefore && (relatedByVerb || picked)) {
                int from = relatedByVerb ? i : second.first() - 1;
                int to = relatedByVerb ? second.end() : second.end() + 1;
                return Optional.of("\"" + q.text(from, to) + "\" relates one "
                        + index.tables.get(named.iterator().next()).name()
                        + " to another; a table joined to itself is beyond me yet.");
            }
        }
        return Optional.empty();
    }

    private static Set<Long> tablesNamedBy(Part p) {
        Set<Long> tables = new java.util.TreeSet<>();
        p.mention().targets().keySet().stream().filter(t -> t.kind() == SchemaIndex.Kind.TABLE)
                .forEach(t -> tables.add(t.tableId()));
        return tables;
    }

    /** The edges of the join tree between the base table and one table (a tree has one such path). */
    /**
     * "Which doctors did not prescribe any Curex treatments?": a negated condition on rows of which each shown row
     * has many (a doctor's treatments) would keep the doctors with some other treatment, not those with none of these;
     * the question is refused rather than answered the wrong way round. Conditions on the rows themselves, or on what
     * each has one of (a trade's stock), stay.
     */
    private Optional<String> negatedAcrossMany(long base, List<JoinGraph.Edge> tree) {
        for (NlQuery.Condition f : filters) {
            long table = index.columns.get(f.columnId()).tableId();
            if (!f.negated() || f.operator() == NlQuery.Operator.HAS_NONE || table == base) {
                continue;
            }
            long far = table;
            for (JoinGraph.Edge e : pathTo(base, table, tree)) {
                if (e.fromTableId() == far) {
                    return Optional.of("Each " + index.tables.get(base).name() + " row has many "
                            + index.tables.get(table).name() + ": \"not\" could mean none of them or only some;"
                            + " that needs a query I cannot build yet.");
                }
                far = e.other(far);
            }
        }
        return Optional.empty();
    }

    private static List<JoinGraph.Edge> pathTo(long base, long table, List<JoinGraph.Edge> tree) {
        Map<Long, JoinGraph.Edge> via = new java.util.HashMap<>();
        java.util.ArrayDeque<Long> queue = new java.util.ArrayDeque<>(List.of(base));
        Set<Long> seen = new java.util.HashSet<>(List.of(base));
        while (!queue.isEmpty()) {
            long at = queue.poll();
            for (JoinGraph.Edge e : tree) {
                if (e.fromTableId() == at || e.toTableId() == at) {
                    long next = e.other(at);
                    if (seen.add(next)) {
                        via.put(next, e);
                        queue.add(next);
                    }
                }
            }
        }
        List<JoinGraph.Edge> path = new ArrayList<>();
        for (long t = table; via.containsKey(t); t = via.get(t).other(t)) {
            path.add(via.get(t));
        }
        return path;
    }

    /**
     * "Which customers signed up in 2023?" shown by name: when the catalog's sample saw those names repeat, the key
     * goes first, so two customers called Anna Smith stay two rows (DISTINCT on the names alone merged them).
     */
    private void namesakesApart(List<NlQuery.Field> outFields) {
        long table = index.columns.get(outFields.get(0).columnId()).tableId();
        if (outFields.stream().anyMatch(f -> index.columns.get(f.columnId()).tableId() != table)) {
            return;
        }
        Optional<SchemaLexicon.Column> key = index.keyColumn(table);
        SchemaLexicon.Table t = index.tables.get(table);
        List<SchemaLexicon.Column> shown = outFields.stream().map(f -> index.columns.get(f.columnId())).toList();
        boolean known = t.estimatedRows() != null && shown.stream().allMatch(c -> c.distinctCount() != null);
        boolean repeating = known && shown.stream().mapToLong(SchemaLexicon.Column::distinctCount).max().orElse(0)
                < t.estimatedRows() * 0.99 && shown.size() > 1
                || known && shown.size() == 1 && !index.uniquePerRow(shown.get(0));
        if (key.isPresent() && repeating && !index.valueList(table)
                && shown.stream().noneMatch(c -> c.id() == key.get().id())) {
            outFields.add(0, new NlQuery.Field(key.get().id(), null));
            entityLabels.add(key.get().id());
        }
    }

    private boolean isEntityColumn(long table, SchemaLexicon.Column c) {
        boolean identifies = index.keyColumn(table).map(k -> k.id() == c.id()).orElse(false)
                || index.labelColumn(table).map(l -> l.id() == c.id()).orElse(false);
        return identifies && c.tableId() == table && index.uniquePerRow(c);
    }

    /** "ratio of publications to authors": two tables' own totals, nothing grouped or filtered. */
    private boolean totalsRatio() {
        if (measures.size() != 1 || measures.get(0).aggregation() != NlQuery.Aggregation.RATIO || !groups.isEmpty()
                || !filters.isEmpty() || !fields.isEmpty()) {
            return false;
        }
        List<NlQuery.Measure> ops = measures.get(0).operands();
        return ops.stream().allMatch(o -> o.aggregation() == NlQuery.Aggregation.COUNT)
                && !ops.get(0).tableId().equals(ops.get(1).tableId());
    }

    private boolean countsOfTwoTablesJoined(JoinGraph.Plan plan) {
        for (NlQuery.Measure m : measures) {
            if (m.aggregation() == NlQuery.Aggregation.RATIO && m.operands().stream()
                    .allMatch(o -> o.aggregation() == NlQuery.Aggregation.COUNT)
                    && !m.operands().get(0).tableId().equals(m.operands().get(1).tableId())
                    && (!plan.edges().isEmpty() || !groups.isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "ordered by the region name", "sorted by the paper ID": a shown column, or the column people use for a grouped
     * table ("each paper … by paper ID" groups by the id instead of the title).
     */
    private Optional<NlQuery.Order> explicitOrderTarget(List<NlQuery.Field> outFields) {
        Optional<Part> target = parts.stream().filter(p -> p.first() > orderByWord && p.first() <= orderByWord + 4
                && p.target() != null && p.target().kind() == SchemaIndex.Kind.COLUMN).findFirst();
        if (target.isEmpty()) {
            return Optional.empty();
        }
        markRange(target.get());
        assigned.add(target.get());
        long columnId = target.get().target().columnId();
        boolean descending = explicitDescending != null && explicitDescending;
        if (outFields.stream().anyMatch(f -> f.columnId() == columnId)) {
            return Optional.of(new NlQuery.Order(null, columnId, descending));
        }
        long table = target.get().target().tableId();
        for (int i = 0; i < outFields.size(); i++) {
            SchemaLexicon.Column shown = index.columns.get(outFields.get(i).columnId());
            // (a grouped table only: a list of restaurants ordered by rating still shows the restaurants)
            if (!measures.isEmpty() && shown.tableId() == table
                    && index.labelColumn(table).map(l -> l.id() == shown.id()).orElse(false)) {
                outFields.set(i, new NlQuery.Field(columnId, null));
                groups.set(groups.indexOf(new NlQuery.Field(shown.id(), null)) < 0 ? 0
                        : groups.indexOf(new NlQuery.Field(shown.id(), null)), new NlQuery.Field(columnId, null));
                markRange(target.get());
                return Optional.of(new NlQuery.Order(null, columnId, descending));
            }
        }
        if (measures.isEmpty()) {
            markRange(target.get());
            return Optional.of(new NlQuery.Order(null, columnId, descending));
        }
        return Optional.empty();
    }

    private boolean rowLevel() {
        return measures.stream().allMatch(m -> m.aggregation() == NlQuery.Aggregation.VALUE
                || ((m.aggregation() == NlQuery.Aggregation.RATIO || m.aggregation() == NlQuery.Aggregation.DAYS)
                && m.operands().stream().allMatch(o -> o.aggregation() == NlQuery.Aggregation.VALUE)));
    }

    private boolean ordinal(long columnId) {
        SchemaLexicon.Column c = index.columns.get(columnId);
        List<String> words = index.columnWords.getOrDefault(columnId, List.of());
        return SchemaIndex.isTemporal(c) || words.contains("year") || words.contains("month")
                || words.contains("semester") || words.contains("quarter") || words.contains("week")
                || words.contains("day") || words.contains("period") || words.contains("term");
    }

    private void collectTables(NlQuery.Measure m, Set<Long> tables) {
        if (m.tableId() != null) {
            tables.add(m.tableId());
        }
        if (m.columnId() != null) {
            tables.add(index.columns.get(m.columnId()).tableId());
        }
        m.where().forEach(w -> tables.add(index.columns.get(w.columnId()).tableId()));
        m.operands().forEach(o -> collectTables(o, tables));
    }

    /** The FROM table: what is counted or measured, else what is shown. */
    private long baseTable(List<NlQuery.Field> outFields) {
        for (NlQuery.Measure m : measures) {
            long t = tableOf(m);
            if (t >= 0) {
                return t;
            }
        }
        if (!outFields.isEmpty()) {
            return index.columns.get(outFields.get(0).columnId()).tableId();
        }
        return contextTables.iterator().next();
    }

    /**
     * The tables a join sentence of the guidance names besides those asked about ("join domain, domain_author, author
     * to link the domain to the author": domain_author), in its order, when it speaks of at least two of the tables this reading relates: the joins go through
     * them. A sentence about other tables is left alone, so general guidance does not add joins to every question.
     */
    private Set<Long> guidedTables(long base, Set<Long> asked) {
        Set<Long> related = new LinkedHashSet<>(asked);
        related.add(base);
        Set<Long> guided = new LinkedHashSet<>();
        for (List<String> sentence : guidance.joins()) {
            Set<Long> named = new LinkedHashSet<>();
            for (String word : sentence) {
                String form = WordForms.norm(word);
                index.tables.values().stream().filter(t -> t.name().equalsIgnoreCase(word)
                        || !form.isEmpty() && WordForms.norm(t.name()).equals(form)).forEach(t -> named.add(t.id()));
            }
            if (named.stream().filter(related::contains).count() >= 2) {
                guided.addAll(named);
            }
        }
        guided.removeAll(related); // the waypoints: joined first, so the tree goes through them
        return guided;
    }

    /**
     * Two tables the guided joins both reach, one of them by a way the guidance laid, while a key between them goes
     * unused ("join the domain table with the domain_conference table" beside the publication's own conference): the
     * guidance means both ways to match, a loop a join tree cannot hold. Refused rather than half done.
     */
    private Optional<String> guidedLoop(Set<Long> guided, List<JoinGraph.Edge> edges) {
        if (guided.isEmpty()) {
            return Optional.empty();
        }
        Set<Long> joined = new LinkedHashSet<>();
        edges.forEach(e -> {
            joined.add(e.fromTableId());
            joined.add(e.toTableId());
        });
        for (long table : joined) {
            Set<Long> used = new LinkedHashSet<>();
            edges.stream().filter(e -> e.fromTableId() == table || e.toTableId() == table)
                    .forEach(e -> used.add(e.other(table)));
            for (long next : index.joins.neighbours(table)) {
                if (joined.contains(next) && !used.contains(next)) {
                    return Optional.of("The guidance joins " + String.join(", ", guided.stream()
                            .map(t -> index.tables.get(t).name()).toList()) + ", which leaves " + index.tables.get(table).name() + " and "
                            + index.tables.get(next).name() + " related two ways at once; matching both needs a join "
                            + "I cannot build yet.");
                }
            }
        }
        return Optional.empty();
    }

    private Set<Long> orderedByMention(Set<Long> tables) {
        List<Long> list = new ArrayList<>(tables);
        list.sort(Comparator.comparingInt(t -> tablePositions.getOrDefault(t, Integer.MAX_VALUE)));
        return new LinkedHashSet<>(list);
    }

    private String names(long base, Set<Long> tables) {
        List<String> names = new ArrayList<>();
        names.add(index.tables.get(base).name());
        tables.forEach(t -> names.add(index.tables.get(t).name()));
        return String.join(", ", names);
    }

    /** Content words no step used: nouns, adjectives and numbers block an answer; leftover verbs only weaken it. */
    private List<String> notUnderstood() {
        for (Part p : parts) {
            if (assigned.contains(p)) {
                markRange(p);
            }
        }
        List<String> left = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            if (used[i] || q.isPunctuation(i)) {
                continue;
            }
            String w = q.lower(i);
            String pos = q.pos(i);
            // "no." is the abbreviation of number ("the no. of students"), not a negation
            boolean numberAbbreviation = w.equals("no") && (q.word(i).text().endsWith(".")
                    || q.lower(i + 1).equals(".") || q.lower(i - 1).equals("the"));
            if (w.equals("than")) {
                // "businesses with more reviews than tips": a comparison no step read is never dropped
                left.add(q.word(i).text());
                continue;
            }
            if ((Cues.NEGATIONS.contains(w) || w.equals("never") || w.equals("none")) && !numberAbbreviation) {
                // "products never sold", "customers with no email": a negation no step read turns the answer around
                left.add(q.word(i).text());
                continue;
            }
            // "ends with S": a capital letter mid-sentence is a value someone typed, not the possessive 's
            boolean capitalLetter = i > 0 && q.word(i).text().length() == 1
                    && Character.isUpperCase(q.word(i).text().charAt(0));
            if (Cues.ignorable(w) && !capitalLetter || Cues.DISTINCT.contains(w) || pos.equals("DT") || pos.equals("IN")
                    || pos.equals("CC") || pos.equals("TO") || pos.startsWith("PRP") || pos.startsWith("W")
                    || pos.equals("MD") || pos.equals("POS") || pos.equals("EX") || pos.equals("RP")) {
                continue;
            }
            if (Cues.ranking(w, pos) != 0 && (pos.equals("RBS") || pos.equals("JJS"))) {
                // "used the most" with nothing ranked: dropping the superlative would answer another question
                left.add(q.word(i).text());
                continue;
            }
            if (pos.equals("VBN") && statePredicate(i)) {
                // "businesses that are closed", "orders that were cancelled": a state of the rows, not a verb to pass
                left.add(q.word(i).text());
                continue;
            }
            if (pos.startsWith("VB") || pos.startsWith("RB")) {
                confidence *= 0.93;
                continue;
            }
            if ((Cues.UNITS.contains(w) || Cues.UNITS.contains(WordForms.norm(w)))
                    && !(Set.of("percentage", "percent").contains(w) && q.lower(i + 1).equals("of"))) {
                // (but "the percentage of …" that no step read asks for a measure, not a unit)
                continue;
            }
            if (q.number(i).isPresent() && limit != null && limit.equals(q.number(i).get().intValue())) {
                continue;
            }
            left.add(q.word(i).text());
        }
        return left;
    }

    /** A participle right after a form of "be" that closes its clause: a state said of the rows ("are closed."). */
    private boolean statePredicate(int i) {
        int k = i - 1;
        while (k >= 0 && (notWord(k) || q.pos(k).startsWith("RB"))) {
            k--;
        }
        int next = i + 1;
        return k >= 0 && q.lower(k).equals("be") && !q.lower(k + 1).equals("there")
                && (next >= q.size() || q.isPunctuation(next) || q.pos(next).equals("CC"));
    }

    private void markRange(Part p) {
        for (int i = p.first(); i < p.end(); i++) {
            used[i] = true;
        }
        if (p.mention().quoted()) {
            if (p.first() > 0) {
                used[p.first() - 1] = true;
            }
            if (p.end() < used.length) {
                used[p.end()] = true;
            }
        }
    }

    private Outcome fail(String reason) {
        return new Outcome(null, List.of(), understood, notUnderstood(), reason, 0, unclear);
    }

    // ------------------------------------------------------------------ small lookups

    private Optional<Part> partAt(int word) {
        for (Part p : parts) {
            if (p.mention().covers(word)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private boolean overlapsPart(int first, int end, SchemaIndex.Kind kind) {
        return parts.stream().anyMatch(p -> p.target() != null && p.target().kind() == kind && p.first() < end
                && first < p.end());
    }

    private boolean negatedBefore(int word) {
        for (int i = word - 1; i >= 0 && i >= word - 4; i--) {
            String w = q.lower(i);
            if (Cues.NEGATIONS.contains(w) || (w.equals("other") && q.lower(i + 1).equals("than"))) {
                used[i] = true;
                return true;
            }
            if (partAt(i).isPresent()) {
                return false;
            }
        }
        return false;
    }

    /** An integer column named "year" in the tables in play (publication.year = 2021 rather than a date range). */
    /**
     * Whether another table in play keeps dates: "treatments each doctor prescribed in 2022" dates the treatments,
     * not the doctors' registration year (a year column only wins where no other table has a date to place it).
     */
    private boolean datesOfOtherTables(long yearTable) {
        return contextTables.stream().anyMatch(t -> t != yearTable && index.columnsOf(t).stream()
                .anyMatch(SchemaIndex::isTemporal));
    }

    private Optional<SchemaLexicon.Column> yearColumn() {
        List<SchemaLexicon.Column> candidates = new ArrayList<>();
        for (long t : contextTables) {
            for (SchemaLexicon.Column c : index.columnsOf(t)) {
                List<String> words = index.columnWords.getOrDefault(c.id(), List.of());
                if (SchemaIndex.isNumeric(c) && words.contains("year")) {
                    candidates.add(c);
                }
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    private Optional<SchemaLexicon.Column> dateColumn() {
        return dateColumnNear(-1);
    }

    /**
     * The date column a time phrase applies to: a date column named next to it, else the only date column of the
     * tables in play. Several candidates and no hint: none (the reading fails rather than guess).
     */
    private Optional<SchemaLexicon.Column> dateColumnNear(int word) {
        if (word >= 0) {
            for (Part p : parts) {
                if (p.target() != null && p.target().kind() == SchemaIndex.Kind.COLUMN
                        && Math.abs(p.first() - word) <= 3) {
                    SchemaLexicon.Column c = index.columns.get(p.target().columnId());
                    if (SchemaIndex.isTemporal(c)) {
                        assigned.add(p);
                        return Optional.of(c);
                    }
                }
            }
        }
        List<SchemaLexicon.Column> candidates = new ArrayList<>();
        for (long t : contextTables) {
            index.columnsOf(t).stream().filter(SchemaIndex::isTemporal).forEach(candidates::add);
        }
        if (candidates.size() == 1) {
            return Optional.of(candidates.get(0));
        }
        if (candidates.size() > 1) {
            // a date column whose name a question word shares ("created", "shipped", "signed up" for signup_date,
            // "hired" for hire_date) decides; "date" and "time" are in every such name and decide nothing
            // a word of the date's own name beats its table's name: "sales made by salespersons hired before 2020"
            // is hire_date, though "sales" names sale_date's table; "customers who made a trade in 2024" is the trades'
            for (boolean ownWordsOnly : new boolean[] {true, false}) {
                for (SchemaLexicon.Column c : candidates) {
                    List<String> words = new ArrayList<>(index.columnWords.getOrDefault(c.id(), List.of()));
                    if (ownWordsOnly) {
                        words.removeAll(index.tableWords.getOrDefault(c.tableId(), List.of()));
                    }
                    for (int i = 0; i < q.size(); i++) {
                        List<String> forms = new ArrayList<>(q.forms(i));
                        if (i + 1 < q.size() && q.pos(i + 1).equals("RP")) {
                            String particle = q.lower(i + 1);
                            q.forms(i).forEach(f -> forms.add(f + particle));
                        }
                        for (String f : forms) {
                            if (words.contains(f) && !Cues.ignorable(f) && !f.equals("date") && !f.equals("time")) {
                                used[i] = true;
                                return Optional.of(c);
                            }
                        }
                    }
                }
            }
            Optional<SchemaLexicon.Column> start = startOfPeriod(candidates);
            return start.isPresent() ? start : dateOfTheEvents(candidates);
        }
        return Optional.empty();
    }

    /**
     * "the total commission paid by each customer in 2024": of the dates of several tables, the one of the table that
     * refers to all the others — the trades happen in 2024; a customer's signup date only describes the customer.
     * That table must have exactly one date.
     */
    private Optional<SchemaLexicon.Column> dateOfTheEvents(List<SchemaLexicon.Column> candidates) {
        Set<Long> tables = new LinkedHashSet<>();
        candidates.forEach(c -> tables.add(c.tableId()));
        if (tables.size() < 2) {
            return Optional.empty();
        }
        List<Long> events = tables.stream().filter(t -> tables.stream().allMatch(o -> o.equals(t)
                || !index.joins.keysInto(t, o).isEmpty())).toList();
        if (events.size() != 1) {
            return Optional.empty();
        }
        List<SchemaLexicon.Column> own = candidates.stream().filter(c -> c.tableId() == events.get(0)).toList();
        return own.size() == 1 ? Optional.of(own.get(0)) : Optional.empty();
    }

    private static boolean isInteger(BigDecimal value) {
        return value.signum() == 0 || value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0;
    }
}
