package com.insightiq.connection.control;

/** Quoting of one identifier by doubling the closing quote, the one rule all four engines share. */
final class Identifiers {

    private Identifiers() {
    }

    static String quoted(String identifier, String open, String close) {
        if (identifier == null || identifier.isEmpty()) {
            throw new IllegalArgumentException("An identifier must not be empty.");
        }
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("An identifier must not contain the NUL character.");
        }
        return open + identifier.replace(close, close + close) + close;
    }
}
