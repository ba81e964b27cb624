package com.insightiq.catalog.control;

import com.insightiq.platform.control.InvalidInputException;

/** Checks what people type into the catalog: lengths, and no control characters except line breaks in long text. */
public final class CatalogTexts {
    public static final int NAME_LENGTH = 200;
    public static final int TEXT_LENGTH = 4000;
    public static final int EXPRESSION_LENGTH = 2000;

    private CatalogTexts() {
    }

    /** A one-line name; blank means "none" (null). */
    public static String optionalName(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return name(field, value);
    }

    public static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("The " + field + " is required.");
        }
        String v = value.strip();
        if (v.length() > NAME_LENGTH) {
            throw new InvalidInputException("The " + field + " may have at most " + NAME_LENGTH + " characters.");
        }
        if (hasControl(v, false)) {
            throw new InvalidInputException("The " + field + " must not contain control characters or line breaks.");
        }
        return v;
    }

    /** Longer text; line breaks and tabs are fine. Blank means "none" (null). */
    public static String optionalText(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidInputException("The " + field + " may have at most " + max + " characters.");
        }
        if (hasControl(v, true)) {
            throw new InvalidInputException("The " + field + " must not contain control characters.");
        }
        return v;
    }

    static boolean hasControl(String value, boolean lineBreaksAllowed) {
        return value.codePoints().anyMatch(c -> (Character.isISOControl(c) || c == 0x2028 || c == 0x2029)
                && !(lineBreaksAllowed && (c == '\n' || c == '\r' || c == '\t')));
    }
}
