package com.insightiq.system.query;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a database server logged as executed since a mark: the proof that a request ran exactly the statements it
 * should, and nothing a value smuggled in.
 */
interface StatementLog {
    /**
     * Session chores a pool or driver may run around a query on any connection; never anything that carries data.
     * {@code SET STATEMENT … FOR} (MariaDB's per-statement settings) is a query, so it is not a chore.
     */
    Pattern CHORES = Pattern.compile("(?is)\\s*(|begin( read only)?|start transaction( read only)?|commit|rollback"
            + "|select 1|show [^;]*|set (?!statement\\b)[^;]*|select @@[^;]*|reset all|discard all)\\s*");

    /** Remembers where the log ends now. */
    void mark();

    /** The statements the source's login executed since {@link #mark()}, in order. */
    List<String> sinceMark();

    static boolean chore(String statement) {
        String lower = statement.toLowerCase(java.util.Locale.ROOT);
        return CHORES.matcher(statement).matches() && !lower.contains("drop") && !lower.contains("canary")
                && !lower.contains(" for ");
    }
}
