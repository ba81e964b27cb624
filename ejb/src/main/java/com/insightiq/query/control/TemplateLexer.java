package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts template SQL into text, tags and optional-clause brackets. Text inside {@code '…'} literals and comments is never
 * a tag, so {@code '{{x}}'} stays a string a person meant literally.
 */
final class TemplateLexer {

    enum Kind { TEXT, VARIABLE, SNIPPET, OPEN, CLOSE }

    /** One piece; {@code source} is the exact template text it came from, {@code name} the tag's name. */
    record Piece(Kind kind, String source, String name, int offset) {
    }

    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern SNIPPET = Pattern.compile("(?is)snippet\\s*:\\s*(.*)");
    private static final Pattern SNIPPET_NAME = Pattern.compile("[A-Za-z0-9 _.\\-]{1,100}");

    private TemplateLexer() {
    }

    static List<Piece> pieces(String sql) {
        List<Piece> pieces = new ArrayList<>();
        int textStart = 0;
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = afterString(sql, i);
            } else if (c == '-' && sql.startsWith("--", i)) {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && sql.startsWith("/*", i)) {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (sql.startsWith("{{", i) || sql.startsWith("[[", i) || sql.startsWith("]]", i)) {
                text(pieces, sql, textStart, i);
                i = tagOrBracket(pieces, sql, i);
                textStart = i;
            } else {
                i++;
            }
        }
        text(pieces, sql, textStart, n);
        return pieces;
    }

    private static int tagOrBracket(List<Piece> pieces, String sql, int at) {
        if (sql.startsWith("[[", at)) {
            pieces.add(new Piece(Kind.OPEN, "[[", null, at));
            return at + 2;
        }
        if (sql.startsWith("]]", at)) {
            pieces.add(new Piece(Kind.CLOSE, "]]", null, at));
            return at + 2;
        }
        int end = sql.indexOf("}}", at + 2);
        if (end < 0) {
            throw new InvalidInputException("The {{ at " + Positions.of(sql, at) + " has no closing }}.");
        }
        String source = sql.substring(at, end + 2);
        String inside = sql.substring(at + 2, end).strip();
        Matcher snippet = SNIPPET.matcher(inside);
        if (snippet.matches()) {
            String name = snippet.group(1).strip();
            if (!SNIPPET_NAME.matcher(name).matches()) {
                throw new InvalidInputException("The snippet name in " + Positions.shown(source) + " at "
                        + Positions.of(sql, at) + " is not valid: use letters, digits, spaces, '_', '-' and '.'.");
            }
            pieces.add(new Piece(Kind.SNIPPET, source, name, at));
        } else if (VARIABLE.matcher(inside).matches()) {
            pieces.add(new Piece(Kind.VARIABLE, source, inside, at));
        } else {
            throw new InvalidInputException("The variable " + Positions.shown(source) + " at " + Positions.of(sql, at)
                    + " is not valid: a name has 1 to 64 letters, digits or '_'.");
        }
        return end + 2;
    }

    /** Index after a {@code '…'} literal; a doubled quote stays inside. An unclosed literal runs to the end. */
    private static int afterString(String sql, int open) {
        int i = open + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    private static void text(List<Piece> pieces, String sql, int from, int to) {
        if (to > from) {
            pieces.add(new Piece(Kind.TEXT, sql.substring(from, to), null, from));
        }
    }
}
