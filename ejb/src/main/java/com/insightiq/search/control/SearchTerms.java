package com.insightiq.search.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person typed, as a tsquery text for {@code to_tsquery}: words are runs of letters and digits (everything
 * else — tsquery operators {@code :*&|!()<>}, quotes, backslashes — separates words and is dropped), lowercased, each
 * matched as a prefix, all required: {@code "Orders 20"} → {@code orders:* & 20:*}. Nothing left → no search.
 */
public record SearchTerms(String text, List<String> words) {
    /** The most characters of a search; longer input is refused, not cut. */
    public static final int MAX_LENGTH = 500;
    static final int MAX_WORDS = 12;
    static final int MAX_WORD = 64;

    public static Optional<SearchTerms> of(String input) {
        if (input == null) {
            return Optional.empty();
        }
        String text = input.strip();
        List<String> words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).map(w -> w.length() > MAX_WORD ? w.substring(0, MAX_WORD) : w)
                .distinct().limit(MAX_WORDS).toList();
        return words.isEmpty() ? Optional.empty() : Optional.of(new SearchTerms(text, words));
    }

    /** The prefix tsquery text, safe for {@code to_tsquery}: only letters, digits, {@code :*} and {@code &}. */
    public String prefixQuery() {
        return String.join(" & ", words.stream().map(w -> w + ":*").toList());
    }
}
