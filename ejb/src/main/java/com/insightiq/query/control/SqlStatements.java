package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** PLACEHOLDER (templates branch owns this): a token check so the engine compiles and runs before the merge. */
public final class SqlStatements {
    private static final Pattern TABLE = Pattern.compile("(?i)\\b(?:from|join)\\s+([\\w.\"]+)");
    private static final List<String> READS = List.of("SELECT", "WITH", "VALUES", "TABLE", "EXPLAIN");

    private SqlStatements() {
    }

    public static Classified classify(String sql) {
        String text = sql.strip();
        while (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        if (text.contains(";")) {
            throw new InvalidInputException("Only one statement can run at a time.");
        }
        String first = text.split("[\\s(]+", 2)[0].toUpperCase(Locale.ROOT);
        if (!READS.contains(first)) {
            throw new InvalidInputException("Only reading queries can run here: this is an " + first + ".");
        }
        List<String> tables = new ArrayList<>();
        Matcher m = TABLE.matcher(text);
        while (m.find()) {
            tables.add(m.group(1).replace("\"", ""));
        }
        return new Classified(first, tables);
    }
}
