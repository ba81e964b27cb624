package com.insightiq.nlq.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Business guidance given with one question ({@code context}): definitions ("TSC = count of sales", "churned means
 * status is cancelled") are written into the question in place of the term, matching instructions ("filter names
 * case-insensitively", "use ILIKE", "with percent sign wildcards": anywhere in the text) change how text values are
 * compared, and each sentence that says to join tables
 * keeps its words ({@code joins}) so the reading can go through the tables it names. Nothing else is obeyed.
 */
record Guidance(boolean ignoreCase, boolean wildcards, List<Definition> definitions, List<List<String>> joins) {

    record Definition(List<String> term, List<ParsedQuestion.Word> meaning) {
    }

    private static final Pattern DEFINITION = Pattern.compile(
            "^\\s*(.{1,60}?)\\s*(=|:|\\bmeans\\b|\\bis defined as\\b|\\brefers to\\b|\\bstands for\\b)\\s*(.+)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern KIND_OF = Pattern.compile(
            "^\\s*(?:an?\\s+|the\\s+)?(.{1,60}?)\\s+(is|are)\\s+(?:an?\\s+|the\\s+)?(.+?)\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    private static boolean sameNoun(String term, String meaning) {
        List<String> t = SchemaIndex.textWords(term);
        List<String> m = SchemaIndex.textWords(meaning);
        return t.size() >= 2 && m.size() >= 2 && t.get(t.size() - 1).equals(m.get(0));
    }

    static Guidance none() {
        return new Guidance(false, false, List.of(), List.of());
    }

    static Guidance of(ParsedQuestion context) {
        if (context == null || context.text() == null || context.text().isBlank()) {
            return none();
        }
        boolean ignoreCase = asksIgnoreCase(context.text());
        List<Definition> definitions = new ArrayList<>();
        for (String line : context.text().split("[\\n;]")) {
            Matcher m = DEFINITION.matcher(line);
            if (!m.matches()) {
                m = KIND_OF.matcher(line);
                // "A loyal customer is a customer with more than 20 sales": only where the meaning starts with the
                // term's own noun, so "Revenue is important" defines nothing
                if (!m.matches() || !sameNoun(m.group(1), m.group(3))) {
                    continue;
                }
            }
            if (m.group(1).contains(".") || m.group(1).split("\\s+").length > 4) {
                continue;
            }
            int start = context.text().indexOf(line) + m.start(3);
            int end = context.text().indexOf(line) + m.end(3);
            List<ParsedQuestion.Word> meaning = context.words().stream()
                    .filter(w -> w.begin() >= start && w.end() <= end).toList();
            List<String> term = SchemaIndex.textWords(m.group(1));
            meaning = asRatio(withoutThePeriod(meaning));
            if (!term.isEmpty() && !meaning.isEmpty()) {
                definitions.add(new Definition(term, meaning));
            }
        }
        return new Guidance(ignoreCase, asksWildcards(context.text()), definitions, joinSentences(context));
    }

    private static final Set<String> PERIOD_LINKS = Set.of("in", "during", "for", "over", "within");
    private static final Set<String> PERIOD_WORDS = Set.of("the", "a", "that", "this", "given", "time", "selected",
            "chosen", "specified");

    /**
     * "TSC = count of sales in the period": the period is whichever the question names ("the TSC in 2024"), so the
     * words that only point at it are left out of the meaning written into the question.
     */
    static List<ParsedQuestion.Word> withoutThePeriod(List<ParsedQuestion.Word> meaning) {
        for (int i = 0; i < meaning.size(); i++) {
            if (!PERIOD_LINKS.contains(meaning.get(i).text().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int k = i + 1;
            while (k < meaning.size() && PERIOD_WORDS.contains(meaning.get(k).text().toLowerCase(Locale.ROOT))) {
                k++;
            }
            if (k > i + 1 && k < meaning.size() && meaning.get(k).text().toLowerCase(Locale.ROOT).equals("period")) {
                List<ParsedQuestion.Word> out = new ArrayList<>(meaning.subList(0, i));
                out.addAll(meaning.subList(k + 1, meaning.size()));
                return out;
            }
        }
        return meaning;
    }

    /**
     * "success rate = completed payments / all payments", "AOV = total amount divided by number of sales": a quotient
     * is written as "the ratio of … to …", the wording the reading knows; one division only.
     */
    static List<ParsedQuestion.Word> asRatio(List<ParsedQuestion.Word> meaning) {
        int at = -1;
        int width = 0;
        for (int i = 0; i < meaning.size(); i++) {
            String w = meaning.get(i).text().toLowerCase(Locale.ROOT);
            int here = w.equals("/") ? 1 : w.equals("divided") && i + 1 < meaning.size()
                    && meaning.get(i + 1).text().equalsIgnoreCase("by") ? 2 : 0;
            if (here > 0) {
                if (at >= 0) {
                    return meaning;
                }
                at = i;
                width = here;
            }
        }
        if (at <= 0 || at + width >= meaning.size()) {
            return meaning;
        }
        List<ParsedQuestion.Word> out = new ArrayList<>(List.of(word("the", "the", "DT"), word("ratio", "ratio", "NN"),
                word("of", "of", "IN")));
        out.addAll(meaning.subList(0, at));
        out.add(word("to", "to", "TO"));
        out.addAll(meaning.subList(at + width, meaning.size()));
        return out;
    }

    private static ParsedQuestion.Word word(String text, String lemma, String pos) {
        return new ParsedQuestion.Word(0, text, lemma, pos, "O", null, 0, 0);
    }

    /** The words of each sentence that says to join ("join the domain table with the domain_conference table"). */
    private static List<List<String>> joinSentences(ParsedQuestion context) {
        List<List<String>> sentences = new ArrayList<>();
        List<String> sentence = new ArrayList<>();
        boolean join = false;
        for (ParsedQuestion.Word w : context.words()) {
            String lower = w.text().toLowerCase(Locale.ROOT);
            if (Set.of(".", "!", "?", ";").contains(lower)) {
                if (join) {
                    sentences.add(List.copyOf(sentence));
                }
                sentence.clear();
                join = false;
                continue;
            }
            sentence.add(lower);
            join |= lower.equals("join") || lower.equals("joins") || lower.equals("joined") || lower.equals("joining");
        }
        if (join) {
            sentences.add(List.copyOf(sentence));
        }
        return sentences;
    }

    /** "filter names using ILIKE with percent sign wildcards": a text value may stand anywhere in the column's text. */
    private static boolean asksWildcards(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("wildcard") || lower.contains("'%") || lower.contains("%'");
    }

    private static boolean asksIgnoreCase(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("ilike") || lower.contains("case-insensitive") || lower.contains("case insensitive")
                || lower.contains("lower(");
    }

    /** This guidance, also comparing text case-insensitively when {@code instructions} ask for it. */
    Guidance with(String instructions) {
        return instructions.isEmpty() || ignoreCase || !asksIgnoreCase(instructions) ? this
                : new Guidance(true, wildcards || asksWildcards(instructions), definitions, joins);
    }

    /**
     * The sentences after the first that tell how to match text ("Match strings exactly.", "Match food_type case
     * insensitively", "Use ILIKE") are guidance written into the question, not part of what it asks; their text.
     */
    static String instructionsIn(ParsedQuestion question) {
        int cut = instructionStart(question);
        return cut < 0 ? "" : question.text().substring(question.words().get(cut).begin());
    }

    /** The question without its trailing matching instructions (see {@link #instructionsIn}). */
    static ParsedQuestion withoutInstructions(ParsedQuestion question) {
        int cut = instructionStart(question);
        if (cut < 0) {
            return question;
        }
        List<ParsedQuestion.Word> words = question.words().subList(0, cut);
        return new ParsedQuestion(question.text().substring(0, words.get(cut - 1).end()), question.referenceDate(),
                words, question.times().stream().filter(t -> t.endWord() <= cut).toList(),
                question.dependencies().stream().filter(d -> d.governor() < cut && d.dependent() < cut).toList());
    }

    /** The first word of the first sentence (not the question's first) that only instructs matching; -1 when none. */
    private static int instructionStart(ParsedQuestion question) {
        List<ParsedQuestion.Word> words = question.words();
        for (int i = 1; i < words.size(); i++) {
            if (!Set.of(".", "?", "!").contains(words.get(i - 1).text())) {
                continue;
            }
            String first = words.get(i).text().toLowerCase(Locale.ROOT);
            String rest = question.text().substring(words.get(i).begin()).toLowerCase(Locale.ROOT);
            if (first.equals("match") || (first.equals("use") || first.equals("filter")) && asksIgnoreCase(rest)) {
                return i;
            }
        }
        return -1;
    }

    /** The question with each defined term replaced by the words of its definition. */
    ParsedQuestion apply(ParsedQuestion question) {
        ParsedQuestion current = question;
        for (Definition d : definitions) {
            current = replace(current, d);
        }
        return current;
    }

    private static ParsedQuestion replace(ParsedQuestion q, Definition d) {
        List<ParsedQuestion.Word> words = q.words();
        int n = d.term().size();
        for (int i = 0; i + n <= words.size(); i++) {
            boolean match = true;
            for (int k = 0; k < n && match; k++) {
                match = WordForms.norm(words.get(i + k).text()).equals(d.term().get(k));
            }
            if (!match) {
                continue;
            }
            StringBuilder text = new StringBuilder(q.text().substring(0, words.get(i).begin()));
            List<ParsedQuestion.Word> out = new ArrayList<>(words.subList(0, i));
            for (ParsedQuestion.Word w : d.meaning()) {
                if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(w.text());
                out.add(new ParsedQuestion.Word(out.size(), w.text(), w.lemma(), w.pos(), w.ner(), w.normalized(),
                        begin, text.length()));
            }
            int shift = text.length() - words.get(i + n - 1).end();
            text.append(q.text().substring(words.get(i + n - 1).end()));
            int delta = d.meaning().size() - n;
            for (ParsedQuestion.Word w : words.subList(i + n, words.size())) {
                out.add(new ParsedQuestion.Word(out.size(), w.text(), w.lemma(), w.pos(), w.ner(), w.normalized(),
                        w.begin() + shift, w.end() + shift));
            }
            int at = i;
            List<ParsedQuestion.TimeMention> times = new ArrayList<>();
            for (ParsedQuestion.TimeMention t : q.times()) {
                if (t.endWord() <= at) {
                    times.add(t);
                } else if (t.firstWord() >= at + n) {
                    times.add(new ParsedQuestion.TimeMention(t.firstWord() + delta, t.endWord() + delta, t.text(),
                            t.from(), t.to(), t.grain()));
                }
            }
            return new ParsedQuestion(text.toString(), q.referenceDate(), out, times, List.of());
        }
        return q;
    }
}
