package com.insightiq.system.query;

/**
 * Matches a logged statement against a known one whose values were cut out: the statement must be exactly the known
 * text with one complete SQL string literal ('…', with '' and backslash escapes) in each gap. A value that broke out
 * of its literal leaves text outside it and does not match.
 */
final class SqlLiterals {
    private SqlLiterals() {
    }

    static boolean matches(String[] parts, String statement) {
        if (!statement.startsWith(parts[0])) {
            return false;
        }
        int at = parts[0].length();
        for (int i = 1; i < parts.length; i++) {
            at = literalEnd(statement, at);
            if (at < 0 || !statement.startsWith(parts[i], at)) {
                return false;
            }
            at += parts[i].length();
        }
        return at == statement.length();
    }

    /** The index just past the literal that starts at {@code at}, or -1 when none starts there. */
    private static int literalEnd(String s, int at) {
        if (at >= s.length() || s.charAt(at) != '\'') {
            return -1;
        }
        int i = at + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '\'') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }
}
