package com.insightiq.connection.control;

import java.util.Locale;

/**
 * Just enough lexing to wrap a statement for paging: where its last token ends (so a trailing {@code ;} and comments
 * can go) and which keywords stand at the top level, outside parentheses, literals, quoted names and comments.
 */
final class PagingSql {

    private PagingSql() {
    }

    /** The statement without a trailing {@code ;} and whatever comments or blanks follow it. */
    static String withoutTrailingSemicolon(String sql) {
        int[] last = {-1, -1};
        scan(sql, (start, end, depth) -> {
            last[0] = start;
            last[1] = end;
        });
        if (last[0] >= 0 && sql.charAt(last[0]) == ';' && last[1] == last[0] + 1) {
            return withoutTrailingSemicolon(sql.substring(0, last[0]).stripTrailing());
        }
        return sql;
    }

    /** Whether {@code word} appears as a keyword outside any parentheses. */
    static boolean hasTopLevel(String sql, String word) {
        boolean[] found = {false};
        scan(sql, (start, end, depth) -> {
            if (depth == 0 && sql.substring(start, end).equalsIgnoreCase(word)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    /** The first keyword, upper case, or empty. */
    static String firstWord(String sql) {
        String[] first = {""};
        scan(sql, (start, end, depth) -> {
            if (first[0].isEmpty() && Character.isLetter(sql.charAt(start))) {
                first[0] = sql.substring(start, end).toUpperCase(Locale.ROOT);
            }
        });
        return first[0];
    }

    private interface TokenListener {
        void token(int start, int end, int depth);
    }

    private static void scan(String sql, TokenListener listener) {
        int depth = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
                continue;
            }
            if (sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = closing(sql, i, c == '[' ? ']' : c);
            } else if (Character.isLetterOrDigit(c) || c == '_') {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
            } else {
                i++;
            }
            if (c == ')') {
                depth--;
            }
            listener.token(start, i, depth);
            if (c == '(') {
                depth++;
            }
        }
    }

    /** After a quoted run; the closing character doubled stays inside. */
    private static int closing(String sql, int open, char close) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == close) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == close) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
