package com.insightiq.nlq.control;

import com.insightiq.platform.control.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The limits on what people type into a question: length, characters, the reference date and the business context.
 * A question is text for the language pipeline, never SQL: these checks only keep it to a size and to characters a
 * person types, and say what is wrong in a sentence.
 */
public final class QuestionLimits {
    public static final int QUESTION_LENGTH = 500;
    public static final int CONTEXT_LENGTH = 4000;
    public static final int PHRASE_LENGTH = 200;
    public static final int VALUE_LENGTH = 255;
    public static final int COMMENT_LENGTH = 4000;
    public static final int SQL_LENGTH = 100_000;

    private QuestionLimits() {
    }

    /** The question, stripped; 400 when missing, longer than 500 characters or holding control characters. */
    public static String question(String question) {
        String text = text("question", question, QUESTION_LENGTH, "The question is too long (at most "
                + QUESTION_LENGTH + " characters).");
        if (text == null) {
            throw new InvalidInputException("The question is required.");
        }
        return text;
    }

    /** The business context for one question, or null when blank. */
    public static String context(String context) {
        return text("context", context, CONTEXT_LENGTH, "The context is too long (at most " + CONTEXT_LENGTH
                + " characters).");
    }

    /** An ISO date (yyyy-MM-dd), or {@code fallback} when absent. */
    public static LocalDate referenceDate(String date, LocalDate fallback) {
        if (date == null || date.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("The referenceDate must be an ISO date such as 2024-06-30.");
        }
    }

    /** Optional text of at most {@code max} characters without control characters; null when blank. */
    public static String optional(String what, String value, int max) {
        return text(what, value, max, "The " + what + " is too long (at most " + max + " characters).");
    }

    private static String text(String what, String value, int max, String tooLong) {
        if (value == null) {
            return null;
        }
        if (value.length() > max * 4) {
            throw new InvalidInputException(tooLong);
        }
        String text = value.strip();
        if (text.codePointCount(0, text.length()) > max) {
            throw new InvalidInputException(tooLong);
        }
        if (hasControlCharacters(value)) {
            throw new InvalidInputException("The " + what + " holds control characters; only letters, digits,"
                    + " punctuation, spaces, tabs and line breaks are allowed.");
        }
        return text.isEmpty() ? null : text;
    }

    /** Control characters other than tab, line feed and carriage return (C0, DEL, C1), and unpaired surrogates. */
    static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch == '\t' || ch == '\n' || ch == '\r') {
                continue;
            }
            if (Character.isISOControl(ch)) {
                return true;
            }
            if (Character.isHighSurrogate(ch)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return true;
            }
            if (Character.isLowSurrogate(ch)) {
                return true;
            }
        }
        return false;
    }
}
