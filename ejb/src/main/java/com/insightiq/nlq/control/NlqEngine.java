package com.insightiq.nlq.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * From annotations to a structured query, and an honest status. Links words to the schema ({@link Mentions}),
 * reads one query out of them ({@link Reading}); a word that names several things equally well, or two equally short
 * join paths, make the question {@code ambiguous} with one choice per reading; content words nothing explains, or a
 * confidence under {@code insightiq.nlq.min-confidence}, make it {@code cannot_answer}. It never returns a guess.
 */
@ApplicationScoped
public class NlqEngine {
    static final double DEFAULT_MIN_CONFIDENCE = 0.6;
    private static final int MAX_CHOICES = 4;

    private double minConfidence = DEFAULT_MIN_CONFIDENCE;

    public NlqEngine() {
    }

    @Inject
    NlqEngine(@ConfigProperty(name = "insightiq.nlq.min-confidence", defaultValue = "0.6") double minConfidence) {
        this.minConfidence = minConfidence;
    }

    /** {@code context}: the request's business guidance parsed by the same pipeline, or null. */
    public Translation translate(ParsedQuestion question, ParsedQuestion context, SchemaLexicon lexicon) {
        if (looksLikeSql(question)) {
            return Translation.cannotAnswer("This looks like SQL, not a question; SQL belongs in the SQL editor.",
                    List.of(), List.of());
        }
        Guidance guidance = Guidance.of(context).with(Guidance.instructionsIn(question));
        ParsedQuestion asked = guidance.apply(Guidance.withoutInstructions(question));
        SchemaIndex index = SchemaIndex.of(lexicon);
        QuestionWords words = new QuestionWords(asked);
        List<Mentions.Mention> mentions = Mentions.find(words, index);
        Reading.Outcome outcome = new Reading(words, index, mentions, guidance).read();
        if (outcome.query() == null) {
            return Translation.cannotAnswer(outcome.problem(), outcome.understood(), outcome.notUnderstood());
        }
        if (!outcome.notUnderstood().isEmpty()) {
            return Translation.cannotAnswer(outcome.problem(), outcome.understood(), outcome.notUnderstood());
        }
        Optional<List<Translation.Choice>> choices = choices(words, index, mentions, guidance, outcome);
        Optional<NlQuery> simplest = choices.flatMap(c -> simplest(c, index));
        if (simplest.isPresent() && outcome.confidence() >= minConfidence
                && compileProblem(simplest.get(), lexicon).isEmpty()) {
            return answered(simplest.get(), outcome);
        }
        if (choices.isPresent()) {
            return new Translation(Translation.Status.AMBIGUOUS, null, outcome.confidence(), choices.get(),
                    outcome.understood(), List.of(), "Several readings fit equally well; which one do you mean?");
        }
        if (outcome.confidence() < minConfidence) {
            return new Translation(Translation.Status.CANNOT_ANSWER, null, outcome.confidence(), List.of(),
                    outcome.understood(), List.of(), "I am not sure enough of my reading ("
                    + Math.round(outcome.confidence() * 100) + " %); please rephrase with the names of the columns.");
        }
        Optional<String> problem = compileProblem(outcome.query(), lexicon);
        if (problem.isPresent()) {
            return Translation.cannotAnswer(problem.get(), outcome.understood(), List.of());
        }
        Optional<List<Translation.Choice>> counted = countedOrTheirOccurrences(outcome.query(), index, words);
        if (counted.isPresent()) {
            return new Translation(Translation.Status.AMBIGUOUS, null, outcome.confidence(), counted.get(),
                    outcome.understood(), List.of(), "Count each one once, or every time it occurs?");
        }
        return answered(outcome.query(), outcome);
    }

    /**
     * "the instructor who has taught the most courses", reached through the courses' offerings: the courses, each
     * once, or the offerings (a course taught in two terms counts twice)? When a count reaches its rows through a
     * table of occurrences of them (its own key, a reference to the counted rows, not what the groups show), both
     * readings are offered rather than one guessed.
     */
    static Optional<List<Translation.Choice>> countedOrTheirOccurrences(NlQuery query, SchemaIndex index,
            QuestionWords words) {
        if (query.fields().isEmpty()) {
            return Optional.empty();
        }
        java.util.Set<Long> shown = new java.util.HashSet<>();
        query.fields().forEach(f -> index.column(f.columnId()).ifPresent(c -> shown.add(c.tableId())));
        for (int i = 0; i < query.measures().size(); i++) {
            NlQuery.Measure m = query.measures().get(i);
            if (m.aggregation() != NlQuery.Aggregation.COUNT || m.tableId() == null || shown.contains(m.tableId())) {
                continue;
            }
            for (NlQuery.Join j : query.joins()) {
                Optional<SchemaLexicon.Column> from = index.column(j.fromColumnId());
                Optional<SchemaLexicon.Column> to = index.column(j.toColumnId());
                if (from.isEmpty() || to.isEmpty()) {
                    continue;
                }
                SchemaLexicon.Column reference = to.get().tableId() == m.tableId() ? from.get()
                        : from.get().tableId() == m.tableId() ? to.get() : null;
                if (reference == null || reference.tableId() == m.tableId() || shown.contains(reference.tableId())) {
                    continue;
                }
                long occurrences = reference.tableId();
                boolean ownKey = index.keyColumn(occurrences).filter(k -> k.id() != reference.id()
                        && k.fkTargetColumnId() == null).isPresent();
                boolean references = reference.fkTargetColumnId() != null
                        || index.keyColumn(m.tableId()).map(k -> k.id() != reference.id()).orElse(false);
                if (!ownKey || !references || saysOccurrence(words, index, occurrences, m.tableId())) {
                    continue;
                }
                List<NlQuery.Measure> instead = new ArrayList<>(query.measures());
                instead.set(i, NlQuery.Measure.of(NlQuery.Aggregation.COUNT, occurrences, null));
                NlQuery other = new NlQuery(query.tableId(), query.joins(), query.fields(), instead, query.filters(),
                        query.order(), query.limit(), query.distinct(), query.compare(), query.having());
                Interpretations describe = new Interpretations();
                return Optional.of(List.of(
                        new Translation.Choice(describe.describe(query, index.lexicon).text(), query),
                        new Translation.Choice(describe.describe(other, index.lexicon).text(), other)));
            }
        }
        return Optional.empty();
    }

    private static Translation answered(NlQuery query, Reading.Outcome outcome) {
        return new Translation(Translation.Status.ANSWERED, query, Math.min(1.0, outcome.confidence()), List.of(),
                outcome.understood(), List.of(), null);
    }

    /**
     * The question says to count each once ("different", "distinct") or calls the rows by their occurrences' own word
     * ("courses *offered* each semester" through course_offering): the things that occur are counted, each once.
     */
    private static boolean saysOccurrence(QuestionWords words, SchemaIndex index, long occurrences, long counted) {
        for (int i = 0; i < words.size(); i++) {
            if (Cues.DISTINCT.contains(words.lower(i))) {
                return true; // "how many different products": each once, as said
            }
        }
        List<String> own = new ArrayList<>(index.tableWords.getOrDefault(occurrences, List.of()));
        own.removeAll(index.tableWords.getOrDefault(counted, List.of()));
        for (int i = 0; i < words.size(); i++) {
            if (words.forms(i).stream().anyMatch(own::contains)) {
                return true;
            }
        }
        return false;
    }

    /** A reading must compile: a shape the compiler refuses is one the engine cannot answer, not a 400. */
    private static Optional<String> compileProblem(NlQuery query, SchemaLexicon lexicon) {
        try {
            new NlSql().compile(query, lexicon, new com.insightiq.connection.control.PostgresDriver());
            return Optional.empty();
        } catch (com.insightiq.platform.control.InvalidInputException e) {
            return Optional.of(e.getMessage());
        }
    }

    /**
     * A word naming a column of several tables ("state code", "area", "names") where one reading needs fewer joins
     * than every other: the column of the table the question is about already ("Which state code is Orlando Airport
     * in?" — the airport's own state code, not its city's). Equally short readings stay a choice for the person.
     */
    static Optional<NlQuery> simplest(List<Translation.Choice> choices, SchemaIndex index) {
        int fewest = choices.stream().mapToInt(c -> c.query().joins().size()).min().orElse(0);
        List<NlQuery> with = choices.stream().map(Translation.Choice::query).filter(q -> q.joins().size() == fewest)
                .toList();
        if (with.size() == 1) {
            return Optional.of(with.get(0));
        }
        // "the population of California": a name matched as the name of a row of its own table (a state) rather
        // than as a reference to it (a city's state) is what the name calls; one such reading is the simplest
        long most = with.stream().mapToLong(q -> namesOwnRows(q, index)).max().orElse(0);
        List<NlQuery> naming = with.stream().filter(q -> namesOwnRows(q, index) == most).toList();
        return most > 0 && naming.size() == 1 ? Optional.of(naming.get(0)) : Optional.empty();
    }

    /** How many of the query's value conditions are on a table's own label or key column. */
    private static long namesOwnRows(NlQuery query, SchemaIndex index) {
        List<NlQuery.Condition> all = new ArrayList<>(query.filters());
        List<NlQuery.Measure> measures = new ArrayList<>(query.measures());
        for (int i = 0; i < measures.size(); i++) {
            all.addAll(measures.get(i).where());
            measures.addAll(measures.get(i).operands());
        }
        return all.stream().filter(c -> c.operator() == NlQuery.Operator.EQUALS).filter(c -> index.column(c.columnId())
                .map(col -> index.labelColumn(col.tableId()).map(l -> l.id() == col.id()).orElse(false)
                        || index.keyColumn(col.tableId()).map(k -> k.id() == col.id()).orElse(false))
                .orElse(false)).count();
    }

    /** Two or more SQL keywords written in capitals, or a statement separator before an SQL verb. */
    static boolean looksLikeSql(ParsedQuestion question) {
        java.util.Set<String> keywords = java.util.Set.of("SELECT", "FROM", "WHERE", "DELETE", "DROP", "INSERT",
                "UPDATE", "UNION", "JOIN", "TRUNCATE", "ALTER", "CREATE", "GRANT", "EXEC", "INTO", "VALUES");
        int capitals = 0;
        boolean separator = false;
        for (ParsedQuestion.Word w : question.words()) {
            if (keywords.contains(w.text())) {
                capitals++;
            }
            if (separator && keywords.contains(w.text().toUpperCase(java.util.Locale.ROOT))) {
                return true;
            }
            separator = w.text().equals(";") || w.text().equals("--") || (separator && !Character.isLetter(
                    w.text().isEmpty() ? ' ' : w.text().charAt(0)));
        }
        return capitals >= 2;
    }

    /**
     * One reading per target of a word that names several things equally well (each must read completely), or one
     * per equally short join path. Empty when the question has one reading.
     */
    private Optional<List<Translation.Choice>> choices(QuestionWords words, SchemaIndex index,
            List<Mentions.Mention> mentions, Guidance guidance, Reading.Outcome outcome) {
        Interpretations describe = new Interpretations();
        for (Reading.Unclear unclear : outcome.unclear()) {
            int m = unclear.mention();
            Mentions.Mention mention = mentions.get(m);
            double best = mention.best();
            Map<NlQuery, String> readings = new LinkedHashMap<>();
            for (SchemaIndex.Target t : unclear.targets()) {
                List<Mentions.Mention> forced = new ArrayList<>(mentions);
                forced.set(m, new Mentions.Mention(mention.first(), mention.end(), Map.of(t, best), mention.quoted()));
                Reading.Outcome o = new Reading(words, index, forced, guidance).read();
                if (o.query() != null && o.notUnderstood().isEmpty() && o.confidence() >= minConfidence * 0.8) {
                    readings.putIfAbsent(o.query(), describe.describe(o.query(), index.lexicon).text());
                }
            }
            if (readings.size() >= 2) {
                List<Translation.Choice> out = new ArrayList<>();
                readings.forEach((query, text) -> out.add(new Translation.Choice(text, query)));
                return Optional.of(out.subList(0, Math.min(MAX_CHOICES, out.size())));
            }
        }
        if (!outcome.joinAlternatives().isEmpty()) {
            List<Translation.Choice> out = new ArrayList<>();
            NlQuery q = outcome.query();
            out.add(new Translation.Choice(describe.joins(q, index.lexicon), q));
            for (List<NlQuery.Join> joins : outcome.joinAlternatives()) {
                NlQuery other = new NlQuery(q.tableId(), joins, q.fields(), q.measures(), q.filters(), q.order(),
                        q.limit(), q.distinct(), q.compare(), q.having());
                out.add(new Translation.Choice(describe.joins(other, index.lexicon), other));
                if (out.size() == MAX_CHOICES) {
                    break;
                }
            }
            return Optional.of(out);
        }
        return Optional.empty();
    }
}
