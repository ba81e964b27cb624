package com.insightiq.query.control;

import com.insightiq.platform.control.InvalidInputException;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;

/**
 * Decides whether ad-hoc SQL is one reading statement before it reaches a database. Token rules run on every
 * statement; JSqlParser then names the kind and the tables. SQL the parser cannot read (vendor syntax) is not refused
 * for that alone: the token rules decide, and the database's read-only transaction remains the real guard.
 */
public final class SqlStatements {

    private SqlStatements() {
    }

    public static Classified classify(String sql) {
        if (sql == null || sql.isBlank()) {
            throw new InvalidInputException("The SQL is empty.");
        }
        String keyword = ReadOnlyTokens.check(sql);
        Optional<Statements> parsed = ParsedSql.statements(sql);
        if (parsed.isPresent() && parsed.get().size() > 1) {
            throw new InvalidInputException(
                    "Only one statement can run at a time: remove everything after the first ';'.");
        }
        if (parsed.isPresent() && parsed.get().size() == 1) {
            Statement statement = parsed.get().get(0);
            Optional<String> kind = ReadOnlyStatements.kind(statement);
            if (kind.isPresent()) {
                return new Classified(kind.get(), tables(statement));
            }
        }
        return new Classified(switch (keyword) {
            case "WITH" -> "SELECT";
            case "DESC" -> "DESCRIBE";
            default -> keyword;
        }, List.of());
    }

    static InvalidInputException notReading(String kind) {
        String article = "AEIOU".indexOf(Character.toUpperCase(kind.charAt(0))) >= 0 ? "an " : "a ";
        return notReadingBecause("this statement is " + article + kind + ".");
    }

    static InvalidInputException notReadingBecause(String reason) {
        return new InvalidInputException("Only reading queries can run here: " + reason);
    }

    private static List<String> tables(Statement statement) {
        try {
            return TableAliases.tableNames(statement);
        } catch (RuntimeException e) {
            // the finder does not know every statement kind; the tables are an annotation, not a rule
            return List.of();
        }
    }
}
