package com.insightiq.nlq.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one normal form question words and schema names are compared in: lower case, singular. Question words come
 * lemmatised by CoreNLP; schema names are identifiers ("citation_num", "numCitedBy", "authorname") split into words,
 * abbreviations written out, so both sides meet without a dictionary of the tenant's domain.
 */
final class WordForms {

    /** Abbreviations common in column names, written out the way people say them. */
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("num", "number"), Map.entry("nbr", "number"),
            Map.entry("qty", "quantity"), Map.entry("amt", "amount"), Map.entry("desc", "description"),
            Map.entry("dept", "department"), Map.entry("pct", "percent"), Map.entry("avg", "average"),
            Map.entry("cnt", "count"), Map.entry("addr", "address"), Map.entry("dob", "birth"),
            Map.entry("yr", "year"), Map.entry("mo", "month"), Map.entry("dt", "date"), Map.entry("ts", "time"),
            Map.entry("emp", "employee"), Map.entry("cust", "customer"), Map.entry("prod", "product"),
            Map.entry("org", "organization"), Map.entry("tot", "total"), Map.entry("ins", "insurance"),
            Map.entry("txn", "transaction"), Map.entry("trx", "transaction"), Map.entry("tx", "transaction"), Map.entry("acct", "account"),
            Map.entry("pmt", "payment"), Map.entry("bal", "balance"), Map.entry("mgr", "manager"),
            Map.entry("reg", "registration"), Map.entry("diag", "diagnosis"), Map.entry("loc", "location"),
            Map.entry("info", "information"));

    /** Words that often end a squashed identifier ("authorname", "venueid"): the word-break vocabulary's seed. */
    private static final Set<String> SUFFIX_WORDS = Set.of("name", "id", "code", "type", "date", "time", "num",
            "number", "count", "year", "by", "text", "title", "description", "amount", "total", "value", "score",
            "rate", "price", "cost", "status", "key", "phrase", "paper", "citing", "cited", "at", "on", "of", "first", "last", "full", "middle", "given", "family");

    private WordForms() {
    }

    /** Lower case, surrounding punctuation removed, plural made singular (conservatively). */
    static String norm(String word) {
        if (word == null) {
            return "";
        }
        String w = word.toLowerCase(Locale.ROOT).strip();
        int start = 0;
        int end = w.length();
        while (start < end && !Character.isLetterOrDigit(w.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(w.charAt(end - 1))) {
            end--;
        }
        w = w.substring(start, end);
        return singular(w);
    }

    static String singular(String w) {
        int n = w.length();
        if (n <= 3 || !w.chars().allMatch(Character::isLetter)) {
            return w;
        }
        if (w.endsWith("ies") && n > 4) {
            return w.substring(0, n - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, n - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, n - 1);
        }
        return w;
    }

    /** The -ing form of a verb: rate → rating, rank → ranking, ship → shipping. */
    static String gerund(String verb) {
        int n = verb.length();
        if (n < 3 || verb.endsWith("ing") || !verb.chars().allMatch(Character::isLetter)) {
            return verb;
        }
        if (verb.endsWith("e") && !verb.endsWith("ee")) {
            return verb.substring(0, n - 1) + "ing";
        }
        boolean shortClosed = n <= 4 && isConsonant(verb.charAt(n - 1)) && "wxy".indexOf(verb.charAt(n - 1)) < 0
                && !isConsonant(verb.charAt(n - 2)) && isConsonant(verb.charAt(n - 3));
        return shortClosed ? verb + verb.charAt(n - 1) + "ing" : verb + "ing";
    }

    private static boolean isConsonant(char c) {
        return "aeiou".indexOf(c) < 0;
    }

    /** The raw lower-case chunks of an identifier: split on non-letters/digits, camelCase and letter-digit borders. */
    static List<String> chunks(String identifier) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char previous = 0;
        for (char c : identifier.toCharArray()) {
            boolean boundary = !Character.isLetterOrDigit(c)
                    || (Character.isUpperCase(c) && Character.isLowerCase(previous))
                    || (Character.isDigit(c) != Character.isDigit(previous) && current.length() > 0);
            if (boundary && current.length() > 0) {
                out.add(current.toString().toLowerCase(Locale.ROOT));
                current.setLength(0);
            }
            if (Character.isLetterOrDigit(c)) {
                current.append(c);
            }
            previous = c;
        }
        if (current.length() > 0) {
            out.add(current.toString().toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /**
     * The words of an identifier in normal form. A long chunk that is not itself a known word is broken into known
     * words ("numcitedby" → number, cited, by) where {@code vocabulary} (other names of the schema) allows it.
     */
    static List<String> identifierWords(String identifier, Set<String> vocabulary) {
        List<String> words = new ArrayList<>();
        for (String chunk : chunks(identifier)) {
            List<String> parts = vocabulary.contains(chunk) || chunk.length() < 6 ? List.of(chunk)
                    : wordBreak(chunk, vocabulary);
            for (String part : parts) {
                words.add(singular(ABBREVIATIONS.getOrDefault(part, part)));
            }
        }
        return words;
    }

    static boolean isVocabularySeed(String word) {
        return SUFFIX_WORDS.contains(word);
    }

    static Set<String> seedVocabulary() {
        return SUFFIX_WORDS;
    }

    /** Fewest known words that make up the chunk exactly, or the chunk itself when none do. */
    private static List<String> wordBreak(String chunk, Set<String> vocabulary) {
        int n = chunk.length();
        int[] pieces = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = Math.max(0, end - 20); start < end; start++) {
                if (pieces[start] == Integer.MAX_VALUE || end - start < 2) {
                    continue;
                }
                String piece = chunk.substring(start, end);
                if ((vocabulary.contains(piece) || SUFFIX_WORDS.contains(piece) || ABBREVIATIONS.containsKey(piece))
                        && pieces[start] + 1 < pieces[end]) {
                    pieces[end] = pieces[start] + 1;
                    from[end] = start;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE || pieces[n] < 2) {
            return List.of(chunk);
        }
        List<String> out = new ArrayList<>();
        for (int end = n; end > 0; end = from[end]) {
            out.add(0, chunk.substring(from[end], end));
        }
        return out;
    }
}
