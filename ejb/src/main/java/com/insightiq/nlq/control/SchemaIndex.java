package com.insightiq.nlq.control;

import com.insightiq.catalog.entity.SemanticType;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A data source's lexicon turned into phrases the linker can find in a question: every table, column, synonym,
 * glossary term and indexed value as a list of words in {@link WordForms} normal form, with how sure a match on it
 * is. Built per translation from the {@link SchemaLexicon}; holds nothing of any other tenant or source.
 */
final class SchemaIndex {

    enum Kind { TABLE, COLUMN, VALUE }

    /** What a phrase means: a table, a column, or a value of a column. */
    record Target(Kind kind, long tableId, Long columnId, String value) {
    }

    /** {@code strength} 1 for a name or a synonym, lower for partial names ("citation" for citation_num). */
    record Phrase(List<String> words, Target target, double strength) {
    }

    /** Column-name words that qualify rather than name ("citation_num", "clarity_score", "num_enrolled"). */
    private static final Set<String> QUALIFIERS = Set.of("number", "count", "total", "amount", "value", "score",
            "name", "id", "code", "text", "description", "level", "rate", "flag", "is", "has", "have", "mile", "km",
            "kg", "usd", "eur", "pct", "percent", "minute", "hour", "day", "second", "mph", "in", "of", "type", "kind");

    final SchemaLexicon lexicon;
    final List<Phrase> phrases = new ArrayList<>();
    final Map<Long, SchemaLexicon.Table> tables = new LinkedHashMap<>();
    final Map<Long, SchemaLexicon.Column> columns = new LinkedHashMap<>();
    final Map<Long, List<SchemaLexicon.Column>> columnsByTable = new HashMap<>();
    final Map<Long, List<String>> tableWords = new HashMap<>();
    final Map<Long, List<String>> columnWords = new HashMap<>();
    private final Map<String, List<Phrase>> byWord = new HashMap<>();
    private final Set<List<Object>> seen = new HashSet<>();
    final JoinGraph joins;

    /** Recently built indexes by lexicon identity: LexiconSource hands out one lexicon object per catalog state. */
    private static final int CACHED = 32;
    private static final java.util.Deque<Object[]> RECENT = new java.util.ArrayDeque<>();

    /** The index of a lexicon, built once per lexicon object (a translation compiles and describes it again). */
    static SchemaIndex of(SchemaLexicon lexicon) {
        synchronized (RECENT) {
            for (Object[] entry : RECENT) {
                if (((java.lang.ref.WeakReference<?>) entry[0]).get() == lexicon) {
                    return (SchemaIndex) entry[1];
                }
            }
        }
        SchemaIndex built = new SchemaIndex(lexicon);
        synchronized (RECENT) {
            RECENT.addFirst(new Object[] {new java.lang.ref.WeakReference<>(lexicon), built});
            while (RECENT.size() > CACHED) {
                RECENT.removeLast();
            }
        }
        return built;
    }

    SchemaIndex(SchemaLexicon lexicon) {
        this.lexicon = lexicon;
        lexicon.tables().forEach(t -> tables.put(t.id(), t));
        for (SchemaLexicon.Column c : lexicon.columns()) {
            if (tables.containsKey(c.tableId())) {
                columns.put(c.id(), c);
                columnsByTable.computeIfAbsent(c.tableId(), k -> new ArrayList<>()).add(c);
            }
        }
        NamePrefixes said = new NamePrefixes(List.copyOf(tables.values()), List.copyOf(columns.values()));
        Set<String> vocabulary = vocabulary(said);
        for (SchemaLexicon.Table t : tables.values()) {
            List<String> words = WordForms.identifierWords(said.table(t), vocabulary);
            tableWords.put(t.id(), words);
            Target target = new Target(Kind.TABLE, t.id(), null, null);
            add(words, target, 1.0);
            addText(t.displayName(), target, 1.0, vocabulary);
            everydayWords(words, target);
        }
        for (SchemaLexicon.Column c : columns.values()) {
            List<String> words = WordForms.identifierWords(said.column(c), vocabulary);
            columnWords.put(c.id(), words);
            Target target = new Target(Kind.COLUMN, c.tableId(), c.id(), null);
            add(words, target, 1.0);
            if (c.name().contains("_")) {
                // guidance and questions that name the column as SQL does ("sum of total_amount", "use sale_date")
                add(List.of(WordForms.norm(c.name())), target, 1.0);
                add(List.of(WordForms.norm(tables.get(c.tableId()).name() + "." + c.name())), target, 1.0);
            }
            if (words.size() > 1 && words.size() <= 3) {
                // "payload" for pay_load, "airport code" written as one word
                add(List.of(String.join("", words)), target, 0.9);
                // "round-trip cost" for round_trip_cost: CoreNLP keeps a hyphenated word as one token
                for (int i = 0; i + 1 < words.size(); i++) {
                    List<String> hyphenated = new ArrayList<>(words.subList(0, i));
                    hyphenated.add(words.get(i) + "-" + words.get(i + 1));
                    hyphenated.addAll(words.subList(i + 2, words.size()));
                    add(hyphenated, target, 0.95);
                }
            }
            addText(c.displayName(), target, 1.0, vocabulary);
            List<String> tableName = tableWords.get(c.tableId());
            List<String> rest = withoutPrefix(words, tableName);
            if (!rest.isEmpty() && rest.size() < words.size()) {
                add(rest, target, 0.9);
            }
            List<String> core = rest.stream().filter(w -> !QUALIFIERS.contains(w)).toList();
            if (!core.isEmpty() && core.size() < rest.size() && !namedByTextBeside(c, core, vocabulary)) {
                add(core, target, 0.75);
            }
            if (core.isEmpty() && rest.size() > 1) {
                // total_amount, all qualifiers: "the sales amount" still names it (its last word, weaker)
                add(List.of(rest.get(rest.size() - 1)), target, 0.7);
            }
            everydayWords(words, target);
            for (String value : c.values()) {
                List<String> valueWords = textWords(value);
                if (!valueWords.isEmpty()) {
                    add(valueWords, new Target(Kind.VALUE, c.tableId(), c.id(), value), 0.95);
                }
            }
        }
        for (SchemaLexicon.Synonym s : lexicon.synonyms()) {
            Target target = switch (s.kind().toUpperCase(Locale.ROOT)) {
                case "TABLE" -> s.tableId() == null || !tables.containsKey(s.tableId()) ? null
                        : new Target(Kind.TABLE, s.tableId(), null, null);
                case "COLUMN" -> column(s.columnId()).map(c -> new Target(Kind.COLUMN, c.tableId(), c.id(), null))
                        .orElse(null);
                case "VALUE" -> column(s.columnId()).map(c -> new Target(Kind.VALUE, c.tableId(), c.id(), s.value()))
                        .orElse(null);
                default -> null;
            };
            if (target != null) {
                List<String> words = s.phraseKey() == null || s.phraseKey().isBlank() ? textWords(s.phrase())
                        : textWords(s.phraseKey());
                add(words, target, 1.0);
            }
        }
        for (SchemaLexicon.Term term : lexicon.glossary()) {
            Optional<SchemaLexicon.Column> column = column(term.columnId());
            if (column.isEmpty()) {
                continue;
            }
            Target target = new Target(Kind.COLUMN, column.get().tableId(), column.get().id(), null);
            add(textWords(term.term()), target, 1.0);
            term.synonyms().forEach(s -> add(textWords(s), target, 1.0));
        }
        personNamePhrases();
        revenue();
        joins = new JoinGraph(this);
    }

    /**
     * "the customer name" of a table that keeps a person's first and last name and no column called name: its
     * names (the reading shows both). Without this, "name" found only other tables' name columns.
     */
    private void personNamePhrases() {
        for (SchemaLexicon.Table t : tables.values()) {
            List<SchemaLexicon.Column> names = nameColumns(t.id());
            boolean hasName = columnsOf(t.id()).stream().anyMatch(c -> columnWords.getOrDefault(c.id(), List.of())
                    .equals(List.of("name")));
            if (names.size() != 2 || hasName) {
                continue;
            }
            List<String> phrase = new ArrayList<>(tableWords.getOrDefault(t.id(), List.of()));
            phrase.add("name");
            add(phrase, new Target(Kind.COLUMN, t.id(), names.get(0).id(), null), 1.0);
        }
    }

    /** Tables whose rows are sales, by their name's last word: what revenue and spending are the money of. */
    private static final Set<String> SALE_WORDS = Set.of("sale", "order", "invoice", "transaction", "purchase",
            "booking");
    private static final List<String> REVENUE_WORDS = List.of("revenue", "turnover", "spend", "spending");

    /** True for the words {@link #revenue()} gives the sales' money column. */
    static boolean isRevenueWord(String word) {
        return REVENUE_WORDS.contains(word);
    }

    /**
     * "the total revenue per category", "customers who spent the most": when no name, synonym or glossary term of the
     * source says revenue, it is the money column of the one table of sales (total_amount of sales) — weaker than any
     * name the tenant gives it. Only when exactly one such column exists; otherwise the words stay unknown.
     */
    private void revenue() {
        if (REVENUE_WORDS.stream().anyMatch(byWord::containsKey)) {
            return;
        }
        List<SchemaLexicon.Column> money = new ArrayList<>();
        for (SchemaLexicon.Column c : columns.values()) {
            List<String> table = tableWords.getOrDefault(c.tableId(), List.of());
            List<String> words = columnWords.getOrDefault(c.id(), List.of());
            if (!table.isEmpty() && SALE_WORDS.contains(table.get(table.size() - 1)) && isNumeric(c)
                    && !c.primaryKey() && c.fkTargetColumnId() == null
                    && (c.semanticType() == SemanticType.CURRENCY || words.contains("amount") || words.contains("total"))
                    && !words.contains("price") && !words.contains("tax") && !words.contains("discount")) {
                money.add(c);
            }
        }
        List<SchemaLexicon.Column> totals = money.stream().filter(c -> columnWords.get(c.id()).contains("total"))
                .toList();
        List<SchemaLexicon.Column> chosen = totals.size() == 1 ? totals : money;
        if (chosen.size() != 1) {
            return;
        }
        Target target = new Target(Kind.COLUMN, chosen.get(0).tableId(), chosen.get(0).id(), null);
        REVENUE_WORDS.forEach(w -> add(List.of(w), target, 0.8));
    }

    /**
     * "people" for population, "clients" for customers, "purchases" for sales: everyday English for a word of a
     * table's or column's name, weaker than the name itself so a table or column that is called so still wins.
     */
    private void everydayWords(List<String> words, Target target) {
        for (String word : words) {
            for (String said : EVERYDAY_WORDS.getOrDefault(word, List.of())) {
                add(words.stream().map(w -> w.equals(word) ? said : w).toList(), target, 0.85);
            }
        }
    }

    Optional<SchemaLexicon.Column> column(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(columns.get(id));
    }

    List<SchemaLexicon.Column> columnsOf(long tableId) {
        return columnsByTable.getOrDefault(tableId, List.of());
    }

    /** Phrases that contain the word (in normal form). */
    List<Phrase> phrasesWith(String word) {
        return byWord.getOrDefault(word, List.of());
    }

    /**
     * Everyday words people use for common column words, the way the catalog's names rarely say them. Kept to words
     * with one meaning in business data; a tenant's own synonyms and glossary cover their domain.
     */
    private static final Map<String, List<String>> EVERYDAY_WORDS = Map.of(
            "population", List.of("people", "inhabitant", "resident"),
            "customer", List.of("client", "buyer"),
            "sale", List.of("purchase"),
            "employee", List.of("staff", "worker"),
            "salary", List.of("wage", "pay"),
            "quantity", List.of("unit"),
            "city", List.of("town"),
            "rating", List.of("star"));

    /** "firstname", "last_name", "fullname": still the name of the row, as "name" is. */
    private static final Set<String> PERSON_NAME_PARTS = Set.of("first", "last", "full", "given", "family");

    /** The column that names a row of the table for people: a NAME column, a "name"/"title" column, else the key. */
    Optional<SchemaLexicon.Column> labelColumn(long tableId) {
        List<SchemaLexicon.Column> cols = columnsOf(tableId);
        for (String wanted : List.of("name", "title")) {
            for (SchemaLexicon.Column c : cols) {
                List<String> words = columnWords.get(c.id());
                List<String> own = withoutPrefix(words, tableWords.get(tableId));
                if (isText(c) && !words.isEmpty() && words.get(words.size() - 1).equals(wanted)
                        && (own.size() <= 1 || own.size() == 2 && PERSON_NAME_PARTS.contains(own.get(0)))) {
                    return Optional.of(c);
                }
            }
        }
        for (SchemaLexicon.Column c : cols) {
            if (c.semanticType() == SemanticType.NAME) {
                return Optional.of(c);
            }
        }
        return keyColumn(tableId);
    }

    /**
     * What names one row of the table to a person reading a result: its label, and with a first name also the last
     * name beside it (first_name/last_name, firstname/lastname) — "Anna" alone names several salespeople.
     */
    List<SchemaLexicon.Column> nameColumns(long tableId) {
        Optional<SchemaLexicon.Column> label = labelColumn(tableId);
        if (label.isEmpty()) {
            return List.of();
        }
        String first = label.get().name().toLowerCase(java.util.Locale.ROOT);
        if (!first.contains("first")) {
            // a last name found first (lastname before firstname in the table): the person is still both names
            if (first.contains("last")) {
                String wanted = first.replace("last", "first");
                Optional<SchemaLexicon.Column> given = columnsOf(tableId).stream().filter(SchemaIndex::isText)
                        .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)).findFirst();
                if (given.isPresent()) {
                    return List.of(given.get(), label.get());
                }
            }
            return List.of(label.get());
        }
        for (String last : List.of("last", "sur", "family")) {
            String wanted = first.replace("first", last);
            Optional<SchemaLexicon.Column> other = columnsOf(tableId).stream().filter(SchemaIndex::isText)
                    .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).equals(wanted)).findFirst();
            if (other.isPresent()) {
                return List.of(label.get(), other.get());
            }
        }
        return List.of(label.get());
    }

    /** The table's own key: the primary key, else a column whose name says so (id, <table>_id, <table>_code). */
    Optional<SchemaLexicon.Column> keyColumn(long tableId) {
        List<SchemaLexicon.Column> cols = columnsOf(tableId);
        return cols.stream().filter(SchemaLexicon.Column::primaryKey).findFirst()
                .or(() -> cols.stream().filter(c -> JoinGraph.namedAsKeyOf(this, c, tableId)).findFirst());
    }

    /**
     * A table that only lists values of other rows (category: id, business_id, category_name): besides its key it
     * holds one reference and one text, and nothing references it. Rows sharing the text are one value ("how many
     * businesses are in each category"), not namesakes to keep apart by key.
     */
    boolean valueList(long tableId) {
        List<JoinGraph.Edge> edges = joins.edgesOf(tableId);
        if (edges.isEmpty() || edges.stream().anyMatch(e -> e.toTableId() == tableId)) {
            return false;
        }
        Set<Long> references = new HashSet<>();
        edges.forEach(e -> references.add(e.fromColumnId()));
        Optional<SchemaLexicon.Column> key = keyColumn(tableId);
        List<SchemaLexicon.Column> own = columnsOf(tableId).stream()
                .filter(c -> key.map(k -> k.id() != c.id()).orElse(true) && !references.contains(c.id())).toList();
        return references.size() == 1 && own.size() == 1 && isText(own.get(0));
    }

    /**
     * True when every row has its own value: a declared primary key, or a column the catalog's sample saw distinct in
     * (nearly) every row of a table no larger than the sample. Unknown counts as not unique.
     */
    boolean uniquePerRow(SchemaLexicon.Column c) {
        if (c.primaryKey()) {
            return true;
        }
        SchemaLexicon.Table t = tables.get(c.tableId());
        return t != null && t.estimatedRows() != null && c.distinctCount() != null && t.estimatedRows() > 0
                && c.distinctCount() >= t.estimatedRows() * 0.99;
    }

    /**
     * A label that names rows rather than sorts them: on average fewer than ten rows share a value (or the count is
     * unknown). A "name" four values share across a thousand treatments (drug_name) is a category; grouping it by the
     * key as well would make a group per treatment.
     */
    boolean namesRows(SchemaLexicon.Column label) {
        SchemaLexicon.Table t = tables.get(label.tableId());
        Long rows = t == null ? null : t.estimatedRows();
        return label.distinctCount() == null || rows == null || rows == 0 || label.distinctCount() >= rows * 0.1;
    }

    /** Whole numbers: integer types, or NUMERIC/DECIMAL (a count some schemas keep as numeric). */
    static boolean isWholeNumber(SchemaLexicon.Column c, boolean withDecimal) {
        return switch (c.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> true;
            case Types.NUMERIC, Types.DECIMAL -> withDecimal;
            default -> false;
        };
    }

    static boolean isNumeric(SchemaLexicon.Column c) {
        return switch (c.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.FLOAT, Types.REAL, Types.DOUBLE,
                    Types.NUMERIC, Types.DECIMAL -> true;
            default -> false;
        };
    }

    static boolean isText(SchemaLexicon.Column c) {
        return switch (c.jdbcType()) {
            case Types.CHAR, Types.VARCHAR, Types.LONGVARCHAR, Types.NCHAR, Types.NVARCHAR, Types.LONGNVARCHAR,
                    Types.CLOB, Types.NCLOB -> true;
            default -> c.databaseType() != null && c.databaseType().toLowerCase(Locale.ROOT).contains("text");
        };
    }

    /** A column the database itself keeps as a date or timestamp (not a number that a name says is a time). */
    static boolean isCalendar(SchemaLexicon.Column c) {
        return switch (c.jdbcType()) {
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> true;
            default -> false;
        };
    }

    static boolean isTemporal(SchemaLexicon.Column c) {
        return switch (c.jdbcType()) {
            case Types.DATE, Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> true;
            default -> c.semanticType() == SemanticType.DATE_TIME;
        };
    }

    static boolean isBoolean(SchemaLexicon.Column c) {
        return c.jdbcType() == Types.BOOLEAN || c.jdbcType() == Types.BIT;
    }

    private static final Pattern FLAG_NAME = Pattern.compile("^(is|has|was|can)_[a-z]+$|_(flag|yn)$");

    /**
     * A yes/no column: a boolean, or a whole number that only holds 0 and 1 (or, where the catalog keeps no values of
     * numbers, two values) under a name that says so (is_open, has_parking): "open businesses" is a condition on it,
     * never a sum of it.
     */
    static boolean isFlag(SchemaLexicon.Column c) {
        if (isBoolean(c)) {
            return true;
        }
        return switch (c.jdbcType()) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT, Types.NUMERIC, Types.DECIMAL ->
                    !c.primaryKey() && c.fkTargetColumnId() == null
                    && (c.values().isEmpty() ? c.distinctCount() != null && c.distinctCount() <= 2
                    : c.values().stream().allMatch(v -> v.strip().matches("[01](\\.0+)?")))
                    && FLAG_NAME.matcher(c.name().toLowerCase(Locale.ROOT)).find();
            default -> false;
        };
    }

    /** The state a yes/no column's name says (is_open → open, active_flag → active), or empty. */
    static Optional<String> flagState(SchemaLexicon.Column c) {
        String name = c.name().toLowerCase(Locale.ROOT).replaceFirst("^(is|was|can)_", "")
                .replaceFirst("_(flag|yn)$", "");
        return isFlag(c) && name.matches("[a-z]+") && !c.name().toLowerCase(Locale.ROOT).startsWith("has_")
                ? Optional.of(name) : Optional.empty();
    }

    /** Words of free text (a value, a synonym, a display name) in normal form. */
    /**
     * Whether a number column's core words ("drug" of tot_drug_amt) are also what a text column of its table is
     * called without its qualifiers (drug_name): then the bare word names the thing, and only the text column takes
     * it — "which drug" asks for names, not amounts.
     */
    private boolean namedByTextBeside(SchemaLexicon.Column c, List<String> core, Set<String> vocabulary) {
        if (isText(c)) {
            return false;
        }
        return columnsByTable.getOrDefault(c.tableId(), List.of()).stream().filter(o -> o.id() != c.id() && isText(o))
                .anyMatch(o -> WordForms.identifierWords(o.name(), vocabulary).stream()
                        .filter(w -> !QUALIFIERS.contains(w)).toList().equals(core));
    }

    static List<String> textWords(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        // "Joe's Pizza": the tokenizer splits the possessive off (Joe, 's, Pizza), so the value's words do too
        String split = text.replaceAll("(?<=\\p{L})['\u2019]([sS])\\b", " '$1");
        for (String part : split.split("[\\s_/,;:()\\-]+")) {
            String w = WordForms.norm(part);
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    private static List<String> withoutPrefix(List<String> words, List<String> prefix) {
        if (prefix == null || prefix.isEmpty() || words.size() <= prefix.size()) {
            return words;
        }
        for (int i = 0; i < prefix.size(); i++) {
            if (!words.get(i).equals(prefix.get(i))) {
                return words;
            }
        }
        return words.subList(prefix.size(), words.size());
    }

    private Set<String> vocabulary(NamePrefixes said) {
        Set<String> vocabulary = new HashSet<>(WordForms.seedVocabulary());
        for (SchemaLexicon.Table t : tables.values()) {
            List<String> chunks = WordForms.chunks(said.table(t));
            chunks.stream().filter(c -> c.length() >= 3).forEach(vocabulary::add);
            chunks.stream().filter(c -> c.length() >= 4).map(WordForms::singular).forEach(vocabulary::add);
        }
        for (SchemaLexicon.Column c : columns.values()) {
            List<String> chunks = WordForms.chunks(said.column(c));
            if (chunks.size() > 1) {
                chunks.stream().filter(w -> w.length() >= 3).forEach(vocabulary::add);
            }
        }
        return vocabulary;
    }

    private void addText(String text, Target target, double strength, Set<String> vocabulary) {
        if (text != null && !text.isBlank()) {
            add(textWords(text), target, strength);
        }
    }

    private void add(List<String> words, Target target, double strength) {
        if (words.isEmpty() || words.size() > 8) {
            return;
        }
        if (!seen.add(List.of(words, target))) {
            return;
        }
        Phrase phrase = new Phrase(List.copyOf(words), target, strength);
        phrases.add(phrase);
        for (String w : new HashSet<>(words)) {
            byWord.computeIfAbsent(w, k -> new ArrayList<>()).add(phrase);
        }
    }
}
