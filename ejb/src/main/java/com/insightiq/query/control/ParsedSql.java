package com.insightiq.query.control;

import java.util.Optional;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statements;

/**
 * JSqlParser on the caller's thread. {@code CCJSqlParserUtil.parse} starts a thread per call for its time-out, which a
 * Jakarta EE container should not see; instead deeply nested input, where the parser backtracks for long, is left
 * unparsed and callers fall back to their token rules.
 */
final class ParsedSql {

    private static final int MAX_NESTING = 50;

    private ParsedSql() {
    }

    /** The statements, or empty when this SQL is beyond the parser (vendor syntax, deep nesting). */
    static Optional<Statements> statements(String sql) {
        try {
            if (CCJSqlParserUtil.getNestingDepth(sql) > MAX_NESTING) {
                return Optional.empty();
            }
            return Optional.of(CCJSqlParserUtil.newParser(sql).Statements());
        } catch (Exception | StackOverflowError e) {
            return Optional.empty();
        }
    }
}
