package com.insightiq.query.control;

import java.util.Optional;
import net.sf.jsqlparser.statement.DescribeStatement;
import net.sf.jsqlparser.statement.ExplainStatement;
import net.sf.jsqlparser.statement.ShowColumnsStatement;
import net.sf.jsqlparser.statement.ShowStatement;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.TableStatement;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.show.ShowIndexStatement;
import net.sf.jsqlparser.statement.show.ShowTablesStatement;

/** The parser's view of a statement: which kind of read it is, or which kind of write it is not allowed to be. */
final class ReadOnlyStatements {

    private ReadOnlyStatements() {
    }

    /** The read kind, empty when the parser only recognised the statement's outline. */
    static Optional<String> kind(Statement statement) {
        if (statement instanceof UnsupportedStatement) {
            return Optional.empty();
        }
        if (statement instanceof Select select) {
            if (select instanceof PlainSelect plain && (plain.getIntoTables() != null
                    || plain.getMySqlSelectIntoClause() != null || plain.getIntoTempTable() != null)) {
                throw SqlStatements.notReadingBecause("SELECT … INTO writes a table, a file or variables.");
            }
            if (select.getForMode() != null) {
                throw SqlStatements.notReadingBecause("FOR UPDATE, FOR SHARE and lock hints lock rows.");
            }
            return Optional.of(select instanceof Values ? "VALUES" : select instanceof TableStatement ? "TABLE"
                    : "SELECT");
        }
        if (statement instanceof ExplainStatement explain) {
            if (explain.getStatement() != null) {
                kind(explain.getStatement());
            }
            return Optional.of("EXPLAIN");
        }
        if (statement instanceof DescribeStatement) {
            return Optional.of("DESCRIBE");
        }
        if (statement instanceof ShowStatement || statement instanceof ShowColumnsStatement
                || statement instanceof ShowTablesStatement || statement instanceof ShowIndexStatement) {
            return Optional.of("SHOW");
        }
        throw SqlStatements.notReading(writeKind(statement));
    }

    /** INSERT, UPDATE, DELETE, MERGE, CREATE, ALTER, DROP, … from the statement class JSqlParser chose. */
    private static String writeKind(Statement statement) {
        String type = statement.getClass().getSimpleName().replace("Statement", "");
        for (String prefix : new String[] {"Create", "Alter", "Drop"}) {
            if (type.startsWith(prefix)) {
                return prefix.toUpperCase(java.util.Locale.ROOT);
            }
        }
        return type.isEmpty() ? "statement" : type.toUpperCase(java.util.Locale.ROOT);
    }
}
