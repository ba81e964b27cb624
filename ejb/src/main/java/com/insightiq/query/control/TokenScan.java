package com.insightiq.query.control;

import java.util.ArrayList;
import java.util.List;

/**
 * A lexer that only knows where code ends and strings, quoted names and comments begin, in the two families of
 * quoting rules InsightIQ's engines use. Read-only rules run over both readings, so SQL cannot hide a statement from
 * one reading by writing it the other engine's way (e.g. {@code '\'} is a whole string in PostgreSQL, not in MySQL).
 */
final class TokenScan {

    enum Dialect {
        /** PostgreSQL, SQL Server, Trino: {@code ''} doubling, {@code E'\''}, {@code $tag$ … $tag$}, nested comments. */
        STANDARD,
        /** MySQL/MariaDB: backslash escapes in {@code '…'} and {@code "…"}, {@code #} comments, {@code /*! … *}{@code /}. */
        BACKSLASH
    }

    enum Type { WORD, NAME, STRING, SYMBOL }

    record Token(Type type, String text) {
        boolean is(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(char c) {
            return type == Type.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }
    }

    /** The tokens, and whether every literal and comment was closed (an unclosed one makes this reading doubtful). */
    record Result(List<Token> tokens, boolean complete) {
    }

    private final String sql;
    private final Dialect dialect;
    private final List<Token> tokens = new ArrayList<>();
    private int i;
    private boolean complete = true;

    private TokenScan(String sql, Dialect dialect) {
        this.sql = sql;
        this.dialect = dialect;
    }

    static Result scan(String sql, Dialect dialect) {
        TokenScan scan = new TokenScan(sql, dialect);
        scan.run();
        return new Result(List.copyOf(scan.tokens), scan.complete);
    }

    private void run() {
        boolean mysql = dialect == Dialect.BACKSLASH;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && sql.startsWith("--", i) && (!mysql || dashComment()) || mysql && c == '#') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? sql.length() : end + 1;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                blockComment(mysql);
            } else if (mysql && c == '*' && sql.startsWith("*/", i)) {
                i += 2; // the end of a /*! … */ whose content MySQL runs
            } else if (c == '\'') {
                quoted(Type.STRING, '\'', mysql || escapePrefix());
            } else if (c == '"') {
                quoted(mysql ? Type.STRING : Type.NAME, '"', mysql);
            } else if (c == '`') {
                quoted(Type.NAME, '`', false);
            } else if (c == '$' && !mysql && dollarQuote()) {
                continue;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '@') {
                int start = i;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_'
                        || sql.charAt(i) == '$' || sql.charAt(i) == '@')) {
                    i++;
                }
                tokens.add(new Token(Type.WORD, sql.substring(start, i)));
            } else {
                tokens.add(new Token(Type.SYMBOL, String.valueOf(c)));
                i++;
            }
        }
    }

    /** MySQL reads {@code --} as a comment only before a space: {@code 1--1} is arithmetic there. */
    private boolean dashComment() {
        return i + 2 >= sql.length() || Character.isWhitespace(sql.charAt(i + 2)) || sql.charAt(i + 2) < ' ';
    }

    /** PostgreSQL nests block comments; MySQL does not, and runs the content of {@code /*!} and {@code /*+}. */
    private void blockComment(boolean mysql) {
        if (mysql && i + 2 < sql.length() && (sql.charAt(i + 2) == '!' || sql.charAt(i + 2) == '+')) {
            i += 3;
            return;
        }
        int depth = 0;
        while (i < sql.length()) {
            if (sql.startsWith("/*", i)) {
                depth = mysql ? 1 : depth + 1;
                i += 2;
            } else if (sql.startsWith("*/", i)) {
                depth--;
                i += 2;
                if (depth == 0) {
                    return;
                }
            } else {
                i++;
            }
        }
        complete = false;
    }

    /** {@code E'…'} in PostgreSQL takes backslash escapes; the E is already a word token then. */
    private boolean escapePrefix() {
        if (tokens.isEmpty() || i == 0) {
            return false;
        }
        Token last = tokens.get(tokens.size() - 1);
        char before = sql.charAt(i - 1);
        return (before == 'E' || before == 'e') && last.type() == Type.WORD && last.text().equalsIgnoreCase("e");
    }

    private void quoted(Type type, char quote, boolean backslash) {
        int start = ++i;
        StringBuilder text = new StringBuilder();
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslash && c == '\\' && i + 1 < sql.length()) {
                text.append(sql.charAt(i + 1));
                i += 2;
            } else if (c == quote && i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                text.append(quote);
                i += 2;
            } else if (c == quote) {
                i++;
                tokens.add(new Token(type, text.toString()));
                return;
            } else {
                text.append(c);
                i++;
            }
        }
        complete = false;
        tokens.add(new Token(type, sql.substring(start)));
    }

    /** {@code $tag$ … $tag$}; a {@code $} that does not open one (e.g. {@code $1}) is left to the word rule. */
    private boolean dollarQuote() {
        if (i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_')) {
            return false;
        }
        int end = i + 1;
        while (end < sql.length() && (Character.isLetter(sql.charAt(end)) || sql.charAt(end) == '_'
                || end > i + 1 && Character.isDigit(sql.charAt(end)))) {
            end++;
        }
        if (end >= sql.length() || sql.charAt(end) != '$') {
            return false;
        }
        String tag = sql.substring(i, end + 1);
        int close = sql.indexOf(tag, end + 1);
        if (close < 0) {
            complete = false;
            tokens.add(new Token(Type.STRING, sql.substring(end + 1)));
            i = sql.length();
        } else {
            tokens.add(new Token(Type.STRING, sql.substring(end + 1, close)));
            i = close + tag.length();
        }
        return true;
    }
}
