package com.insightiq.access.control;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a password must be. Length is what matters (NIST SP 800-63B): 10 to 128 characters, not a well-known password,
 * and not the e-mail address itself. No composition rules: they make passwords worse, not stronger.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "password", "password1", "password12", "password123", "passw0rd", "1234567890", "12345678910",
            "qwertyuiop", "qwerty1234", "iloveyou12", "letmein123", "welcome123", "admin12345", "administrator",
            "changeme123", "insightiq", "insightiq1", "insightiq123", "0123456789", "abcdefghij");

    private PasswordPolicy() {
    }

    /** The first rule the password breaks, as a sentence for the person choosing it. */
    public static Optional<String> problemWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("A password is required.");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("The password must be at least " + MIN_LENGTH + " characters long.");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("The password must be at most " + MAX_LENGTH + " characters long.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || password.chars().distinct().count() < 3) {
            return Optional.of("This password is too easy to guess; choose a longer or less common one.");
        }
        if (email != null && !email.isBlank()) {
            String address = email.toLowerCase(Locale.ROOT).trim();
            String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
            if (lower.equals(address) || (local.length() >= 4 && lower.contains(local))) {
                return Optional.of("The password must not contain your e-mail address.");
            }
        }
        return Optional.empty();
    }
}
