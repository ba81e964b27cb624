package com.insightiq.nlq.control;

import com.insightiq.connection.control.TimeGrain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.SUTime;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpression;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;

/**
 * One loaded Stanford CoreNLP pipeline and the reading of its annotations into a {@link ParsedQuestion}. The pipeline is
 * thread-safe when shared; each question gets its own {@link Annotation} with its own reference date (never
 * {@code ner.docdate.usePresent}, which freezes "today" at load time).
 */
final class QuestionParser {
    /** Our additions to SUTime (calendar quarters), on the classpath beside this class's package. */
    static final String RULES = "com/insightiq/nlq/insightiq.sutime.txt";

    private final StanfordCoreNLP pipeline;

    private QuestionParser(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Loads the models (about 6 s and 350 MB of heap): call once and share. */
    static QuestionParser load() {
        return new QuestionParser(new StanfordCoreNLP(properties()));
    }

    /**
     * The configuration that pays for BI questions (see the CoreNLP spike): numeric NER without CRF models or the
     * fine-grained layer (+465 MB and 10× latency for country names a value index finds better), SUTime as its own
     * annotator so its Temporal ranges resolve against the reference date, and the dependency parser for by/per/for.
     */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,sutime,depparse");
        p.setProperty("ssplit.isOneSentence", "true");
        p.setProperty("ner.model", "");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("customAnnotatorClass.sutime", "edu.stanford.nlp.time.TimeAnnotator");
        p.setProperty("sutime.rules", String.join(",", "edu/stanford/nlp/models/sutime/defs.sutime.txt",
                "edu/stanford/nlp/models/sutime/english.sutime.txt",
                "edu/stanford/nlp/models/sutime/english.holidays.sutime.txt", RULES));
        p.setProperty("depparse.model", "edu/stanford/nlp/models/parser/nndep/english_UD.gz");
        p.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger");
        return p;
    }

    ParsedQuestion parse(String text, LocalDate referenceDate) {
        Annotation annotation = new Annotation(text);
        annotation.set(CoreAnnotations.DocDateAnnotation.class, referenceDate.format(DateTimeFormatter.ISO_LOCAL_DATE));
        pipeline.annotate(annotation);
        List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
        List<ParsedQuestion.Word> words = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            CoreLabel t = tokens.get(i);
            words.add(new ParsedQuestion.Word(i, t.word(), t.lemma(), t.tag(), t.ner(), normalized(t),
                    t.beginPosition(), t.endPosition()));
        }
        List<TimeSpan> sutime = sutimeSpans(annotation);
        return new ParsedQuestion(text, referenceDate, words, TimeMentions.resolve(text, words, sutime, referenceDate),
                dependencies(annotation));
    }

    /**
     * CoreNLP's normalised value; for money without the currency sign (">$500.0" becomes ">500.0": the amount is what
     * a filter compares, and the sign stays visible in the words).
     */
    private static String normalized(CoreLabel token) {
        String value = token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
        return value != null && "MONEY".equals(token.ner()) ? value.replaceAll("\\p{Sc}", "") : value;
    }

    private static List<ParsedQuestion.Dependency> dependencies(Annotation annotation) {
        List<ParsedQuestion.Dependency> edges = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            int offset = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
            SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            for (IndexedWord root : graph.getRoots()) {
                edges.add(new ParsedQuestion.Dependency("root", -1, offset + root.index() - 1));
            }
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                edges.add(new ParsedQuestion.Dependency(edge.getRelation().toString(),
                        offset + edge.getGovernor().index() - 1, offset + edge.getDependent().index() - 1));
            }
        }
        edges.sort(Comparator.comparingInt(ParsedQuestion.Dependency::dependent)
                .thenComparingInt(ParsedQuestion.Dependency::governor)
                .thenComparing(ParsedQuestion.Dependency::relation));
        return edges;
    }

    /**
     * SUTime's dates with the Temporal's own range ({@code Timex.getRange} gives the whole year for a quarter). Durations,
     * sets and expressions that do not resolve to days ("quarter over quarter") are left out.
     */
    private static List<TimeSpan> sutimeSpans(Annotation annotation) {
        List<CoreMap> timexes = annotation.get(TimeAnnotations.TimexAnnotations.class);
        List<TimeSpan> spans = new ArrayList<>();
        if (timexes == null) {
            return spans;
        }
        for (CoreMap m : timexes) {
            Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
            TimeExpression expression = m.get(TimeExpression.Annotation.class);
            if (timex == null || expression == null || !"DATE".equals(timex.timexType())) {
                continue;
            }
            LocalDate[] range = range(expression.getTemporal());
            if (range != null) {
                spans.add(new TimeSpan(m.get(CoreAnnotations.TokenBeginAnnotation.class),
                        m.get(CoreAnnotations.TokenEndAnnotation.class), range[0], range[1].plusDays(1),
                        grain(timex.value(), range), true));
            }
        }
        return spans;
    }

    private static LocalDate[] range(SUTime.Temporal temporal) {
        try {
            SUTime.Range range = temporal == null ? null : temporal.getRange();
            if (range == null || range.beginTime() == null || range.endTime() == null) {
                return null;
            }
            LocalDate from = day(range.beginTime());
            LocalDate to = day(range.endTime());
            return from == null || to == null || to.isBefore(from) ? null : new LocalDate[] {from, to};
        } catch (RuntimeException e) {
            // Unresolvable composites ("2024 INTERSECT P1M") throw from deep inside SUTime: such a mention has no range.
            return null;
        }
    }

    private static LocalDate day(SUTime.Time time) {
        org.joda.time.Instant instant = time.getJodaTimeInstant();
        if (instant == null) {
            return null;
        }
        org.joda.time.DateTime utc = instant.toDateTime(org.joda.time.DateTimeZone.UTC);
        return LocalDate.of(utc.getYear(), utc.getMonthOfYear(), utc.getDayOfMonth());
    }

    /** The unit SUTime's value names (2025-W19, 2025-Q1, 2025-05…), else the one the range's length suggests. */
    private static TimeGrain grain(String value, LocalDate[] range) {
        if (value != null) {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return TimeGrain.DAY;
            }
            if (value.matches("\\d{4}-W\\d{2}")) {
                return TimeGrain.WEEK;
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                return TimeGrain.MONTH;
            }
            if (value.matches("\\d{4}-Q\\d")) {
                return TimeGrain.QUARTER;
            }
            if (value.matches("\\d{4}")) {
                return TimeGrain.YEAR;
            }
        }
        return range[0].equals(range[1]) ? TimeGrain.DAY : null;
    }
}
