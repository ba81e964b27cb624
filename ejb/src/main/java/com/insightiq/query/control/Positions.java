package com.insightiq.query.control;

/** Line/column of an offset and short excerpts of user text, so messages point at the spot without echoing 1 MB. */
final class Positions {

    private static final int SHOWN = 40;

    private Positions() {
    }

    static String of(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    static String shown(Object value) {
        String text = String.valueOf(value).replace('\0', ' ');
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }
}
