package com.insightiq.query.control;

import java.util.regex.Pattern;

/**
 * OWASP's CSV-injection defence: a text cell starting with {@code = + - @}, a tab or a carriage return would be run as
 * a formula by Excel, LibreOffice or Google Sheets when the file is opened, so such text gets a leading apostrophe
 * ({@code '=HYPERLINK(…)}), which spreadsheets show as text. Plain numbers in text columns ({@code -5},
 * {@code +1.5e3}) cannot call anything and stay as they are, so signed amounts keep their value.
 */
public final class FormulaGuard {
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private FormulaGuard() {
    }

    public static boolean isRisky(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return switch (first) {
            case '=', '@', '\t', '\r' -> true;
            case '+', '-' -> !PLAIN_NUMBER.matcher(text).matches();
            default -> false;
        };
    }

    /** The text as a spreadsheet should receive it: with the apostrophe when it could start a formula. */
    public static String text(String text) {
        return isRisky(text) ? "'" + text : text;
    }
}
