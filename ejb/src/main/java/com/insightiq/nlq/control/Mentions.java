package com.insightiq.nlq.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a question names the schema: spans of words that match a table, column, synonym, glossary term or
 * indexed value, in order or (for names of two or three words) in any order across "of"/"the" ("number of
 * citations" = citation_num). Overlapping spans keep the longest, then the surest. One span may still mean several
 * targets ("name" of many tables); {@link Reading} decides by context or asks.
 */
final class Mentions {

    /** A span [first, end) and every target it may mean, with the match's strength per target. */
    record Mention(int first, int end, Map<SchemaIndex.Target, Double> targets, boolean quoted) {
        boolean covers(int word) {
            return word >= first && word < end;
        }

        int length() {
            return end - first;
        }

        double best() {
            return targets.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /** Words allowed between the words of a name matched out of order ("number of citations"). */
    private static final Set<String> GLUE = Set.of("of", "the", "a", "an", "'s", "per", "for", "in", "by", "all");

    private Mentions() {
    }

    static List<Mention> find(QuestionWords q, SchemaIndex index) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            if (q.isPunctuation(i)) {
                continue;
            }
            for (String form : q.forms(i)) {
                for (SchemaIndex.Phrase p : index.phrasesWith(form)) {
                    if (p.words().size() == 1 && !q.quoted(i) && Cues.ignorable(q.lower(i))
                            && !q.pos(i).startsWith("NN") && p.target().kind() != SchemaIndex.Kind.VALUE) {
                        // a column called "how" is not what "how many" means (nouns such as "orders" still link)
                        continue;
                    }
                    if (p.target().kind() == SchemaIndex.Kind.VALUE && p.words().size() == 1 && !q.quoted(i)
                            && Cues.ignorable(q.word(i).text().toLowerCase(Locale.ROOT)) && !(i > 0 && Character.isUpperCase(q.word(i).text()
                            .charAt(0)))) {
                        // "does" is not the surname Doe (its word forms meet): a value is never a function word
                        // unless the question quotes or capitalises it
                        continue;
                    }
                    if (p.target().kind() == SchemaIndex.Kind.VALUE && q.pos(i).startsWith("VB") && !q.quoted(i)
                            && !stateOfItsRows(q, index, i, p.target().tableId())
                            && (!form.equals(WordForms.norm(q.word(i).text()))
                            || (q.pos(i).equals("VB") || q.pos(i).equals("VBP")) && p.words().size() == 1
                            && !Character.isUpperCase(q.word(i).text().charAt(0)) && !q.pos(i + 1).startsWith("NN"))) {
                        // "which product sold the most", "what did each customer buy": the verb is not the trade
                        // type 'sell' or 'buy' — a verb is a value only as written and as a state ("payments that
                        // failed", "completed orders") or before the noun it qualifies ("buy trades")
                        continue;
                    }
                    if (p.target().kind() != SchemaIndex.Kind.VALUE && (q.pos(i).equals("JJS")
                            || q.pos(i).equals("RBS")) && !form.equals(WordForms.norm(q.word(i).text()))) {
                        // "the highest volume" ranks; it is not the column high (sbDpHigh) its lemma meets
                        continue;
                    }
                    if (p.target().kind() != SchemaIndex.Kind.VALUE && p.words().size() == 1 && ordinalBeforeNoun(q, i)) {
                        // "the last sale", "the first order": an ordinal, not the last_name column
                        continue;
                    }
                    if (p.target().kind() == SchemaIndex.Kind.VALUE && p.words().size() == 1 && quantity(q, i)) {
                        // "more than 1 stop": a quantity compared, not the code '1' of some text column
                        continue;
                    }
                    if (p.words().get(0).equals(form)) {
                        int end = matchInOrder(q, i, p.words());
                        if (end > 0) {
                            found.add(mention(q, i, end, p, p.strength()));
                        }
                    }
                    // names of tables and columns may be said in another order ("name of the state"); a value is
                    // a name as written: "lakes in Michigan" is not the value "Lake Michigan"
                    // a table of links is not said that way: "publications of the domain" are publications (of a
                    // domain), not rows of domain_publication, which has no name to show
                    if (p.words().size() >= 2 && p.words().size() <= 3
                            && p.target().kind() != SchemaIndex.Kind.VALUE && !(p.target().kind()
                            == SchemaIndex.Kind.TABLE && index.labelColumn(p.target().tableId()).isEmpty())) {
                        int end = matchAnyOrder(q, i, p.words());
                        if (end > 0) {
                            found.add(mention(q, i, end, p, p.strength() * 0.95));
                        }
                    }
                }
            }
        }
        hyphenatedCompounds(q, index, found);
        quotedLiterals(q, found);
        matchedTexts(q, found);
        return resolveOverlaps(found);
    }

    /**
     * "check-ins" for the table checkin: the tokenizer splits the word at its hyphen (check, -, ins); written together
     * (and singular) it is the one-word name of a table or column.
     */
    private static void hyphenatedCompounds(QuestionWords q, SchemaIndex index, List<Mention> found) {
        for (int i = 0; i + 2 < q.size(); i++) {
            if (!hyphen(q, i + 1) || q.isPunctuation(i) || q.isPunctuation(i + 2)) {
                continue;
            }
            String joined = WordForms.norm(q.word(i).text() + q.word(i + 2).text());
            for (String form : new LinkedHashSet<>(List.of(joined, WordForms.singular(joined)))) {
                for (SchemaIndex.Phrase p : index.phrasesWith(form)) {
                    if (p.words().equals(List.of(form)) && p.target().kind() != SchemaIndex.Kind.VALUE) {
                        found.add(mention(q, i, i + 3, p, p.strength() * 0.95));
                    }
                }
            }
        }
    }

    /**
     * "the shares bought by each customer", "how many shares were sold", "customers who bought shares": a verb whose
     * subject or object is a noun of the value's own table says which of its rows (trade_type 'buy'), as "completed
     * orders" does; around another table's noun ("products sold", "sold the most units") it is not.
     */
    private static boolean stateOfItsRows(QuestionWords q, SchemaIndex index, int i, long tableId) {
        int noun = i > 1 && q.lower(i - 1).equals("be") ? i - 2 : i - 1; // "how many shares were sold"
        if (!q.pos(i).equals("VBN") || noun < 0 || !q.pos(noun).startsWith("NN")) {
            noun = i + 1 < q.size() && q.pos(i + 1).equals("DT") ? i + 2 : i + 1; // "customers who bought shares"
            if (noun >= q.size() || !q.pos(noun).startsWith("NN")) {
                return false;
            }
        }
        for (String form : q.forms(noun)) {
            for (SchemaIndex.Phrase p : index.phrasesWith(form)) {
                if (p.target().kind() != SchemaIndex.Kind.VALUE && p.target().tableId() == tableId
                        && p.words().get(p.words().size() - 1).equals(form)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Mention mention(QuestionWords q, int first, int end, SchemaIndex.Phrase p, double strength) {
        Map<SchemaIndex.Target, Double> targets = new LinkedHashMap<>();
        double s = strength;
        if (p.target().kind() == SchemaIndex.Kind.VALUE) {
            // A value that is only a common lower-case word ("new", "a") is weak unless the question quotes or
            // capitalises it; single letters must match exactly as written.
            String written = q.text(first, end);
            if (!written.equals(p.target().value()) && end < q.size() && q.isPunctuation(end)
                    && q.text(first, end + 1).equals(p.target().value())) {
                // "B+", "AA-": the sign is a token of its own, and part of the value
                end++;
                written = q.text(first, end);
            }
            // "a grade of A or C.": the tokenizer keeps a last single letter and the full stop as one abbreviation
            boolean exact = written.equals(p.target().value()) || end == q.size() && written.length() == 2
                    && written.equals(p.target().value() + ".");
            boolean capitalised = Character.isUpperCase(q.word(first).text().charAt(0)) && first > 0;
            if (p.target().value().length() <= 1 && !exact) {
                return new Mention(first, end, Map.of(), false);
            }
            if (!exact && !capitalised && !q.quoted(first)) {
                s *= 0.8;
            }
            if (!exact && !written.equalsIgnoreCase(p.target().value())) {
                // spelled as written beats equal only once normalised: "a grade of B" is B, not B+
                s *= 0.97;
            }
            // "a", "in" are weak as values, unless the span is longer ("in-person") or a capital mid-sentence says
            // it is not the article ("a grade of A")
            if ((q.word(first).pos().equals("DT") || q.word(first).pos().equals("IN"))
                    && end - first == 1 && !(exact && capitalised)) {
                s *= 0.3;
            }
        }
        targets.put(p.target(), s);
        return new Mention(first, end, targets, q.quoted(first));
    }

    private static int matchInOrder(QuestionWords q, int start, List<String> words) {
        int i = start;
        for (int k = 0; k < words.size(); k++) {
            if (k > 0 && hyphen(q, i)) {
                // "round-trip": the tokenizer splits it into round, -, trip
                i++;
            }
            if (i >= q.size() || !q.forms(i).contains(words.get(k))) {
                return -1;
            }
            i++;
        }
        return i;
    }

    private static final Set<String> COMPARING = Set.of("than", "least", "most", "over", "under", "above", "below",
            "exceed", "exceeding");

    private static boolean quantity(QuestionWords q, int i) {
        return q.pos(i).equals("CD") && !q.quoted(i) && i > 0 && COMPARING.contains(q.lower(i - 1));
    }

    private static boolean ordinalBeforeNoun(QuestionWords q, int i) {
        String w = q.lower(i);
        return (w.equals("first") || w.equals("last")) && q.pos(i + 1).startsWith("NN")
                && !Set.of("name", "names").contains(q.lower(i + 1));
    }

    private static boolean hyphen(QuestionWords q, int i) {
        return i < q.size() && q.pos(i).equals("HYPH");
    }

    private static int matchAnyOrder(QuestionWords q, int start, List<String> words) {
        List<String> missing = new ArrayList<>(words);
        int i = start;
        int limit = Math.min(q.size(), start + words.size() + 2);
        while (i < limit && !missing.isEmpty()) {
            if (i > start && hyphen(q, i)) {
                i++;
                limit = Math.min(q.size(), limit + 1);
                continue;
            }
            String hit = null;
            for (String form : q.forms(i)) {
                if (missing.contains(form)) {
                    hit = form;
                    break;
                }
            }
            if (hit != null) {
                missing.remove(hit);
            } else if (i == start || !GLUE.contains(q.lower(i))) {
                return -1;
            }
            i++;
        }
        return missing.isEmpty() ? i : -1;
    }

    /**
     * "whose last name starts with S", "titles containing data": the one word after how a text is matched is that
     * text, quoted or not (unquoted it was read as nothing at all, and the condition silently dropped).
     */
    private static void matchedTexts(QuestionWords q, List<Mention> found) {
        for (int i = 0; i + 1 < q.size(); i++) {
            String w = q.lower(i);
            int at = (w.equals("start") || w.equals("begin")) && q.lower(i + 1).equals("with") ? i + 2
                    : w.equals("contain") ? i + 1 : -1;
            if (at < 0 || at >= q.size() || q.quoted(at) || q.isPunctuation(at) || q.pos(at).equals("DT")) {
                continue;
            }
            int end = at + 1;
            found.removeIf(m -> m.first() == at && m.end() == end);
            found.add(new Mention(at, end, Map.of(), true));
        }
    }

    /** A quoted text the value index does not know still names a value: of the column or table just before it. */
    private static void quotedLiterals(QuestionWords q, List<Mention> found) {
        for (QuestionWords.Quote quote : q.quotes()) {
            boolean known = found.stream().anyMatch(m -> m.first() == quote.first() && m.end() == quote.end()
                    && m.targets().keySet().stream().anyMatch(t -> t.kind() == SchemaIndex.Kind.VALUE));
            if (!known) {
                found.add(new Mention(quote.first(), quote.end(), Map.of(), true));
            }
        }
    }

    private static List<Mention> resolveOverlaps(List<Mention> found) {
        Map<List<Integer>, Map<SchemaIndex.Target, Double>> bySpan = new LinkedHashMap<>();
        Map<List<Integer>, Boolean> quoted = new HashMap<>();
        for (Mention m : found) {
            if (m.targets().isEmpty() && !m.quoted()) {
                continue;
            }
            List<Integer> key = List.of(m.first(), m.end());
            Map<SchemaIndex.Target, Double> targets = bySpan.computeIfAbsent(key, k -> new LinkedHashMap<>());
            m.targets().forEach((t, s) -> targets.merge(t, s, Math::max));
            quoted.merge(key, m.quoted(), Boolean::logicalOr);
        }
        List<Mention> spans = new ArrayList<>();
        bySpan.forEach((k, t) -> {
            if (quoted.get(k)) {
                // quotes mean a value: "Lake" in quotes is not the lake table
                t.keySet().removeIf(target -> target.kind() != SchemaIndex.Kind.VALUE);
            }
            spans.add(new Mention(k.get(0), k.get(1), t, quoted.get(k)));
        });
        spans.sort(Comparator.comparingInt(Mention::length).reversed()
                .thenComparing(Comparator.comparing(Mention::quoted).reversed())
                .thenComparing(Comparator.comparingDouble(Mention::best).reversed()));
        List<Mention> kept = new ArrayList<>();
        for (Mention m : spans) {
            boolean overlaps = kept.stream().anyMatch(k -> m.first() < k.end() && k.first() < m.end());
            if (!overlaps) {
                kept.add(m);
            }
        }
        kept.sort(Comparator.comparingInt(Mention::first));
        return kept;
    }
}
