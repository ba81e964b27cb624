package com.insightiq.query.control;

import com.insightiq.connection.control.TableRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.Statements;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * How the SQL names each table it reads (FROM, JOIN, subqueries, CTEs, set operations), so that a field filter on
 * {@code orders.created_at} renders as {@code o."created_at"} when the SQL says {@code FROM orders o} (Metabase #3324).
 */
final class TableAliases {

    /** One table occurrence: its name parts as written and the name the rest of the query uses for it. */
    record Occurrence(String schema, String name, String qualifier) {
    }

    private final boolean parsed;
    private final List<Occurrence> occurrences;

    private TableAliases(boolean parsed, List<Occurrence> occurrences) {
        this.parsed = parsed;
        this.occurrences = occurrences;
    }

    /** The tables a statement reads, as written, in order of appearance; names of CTEs are not tables. */
    static List<String> tableNames(Statement statement) {
        List<Occurrence> found = new ArrayList<>();
        Set<String> tables = new Finder(found).tablesOf(statement);
        Set<String> ordered = new LinkedHashSet<>();
        for (Occurrence o : found) {
            String name = o.schema() == null ? o.name() : o.schema() + "." + o.name();
            if (tables.contains(name)) {
                ordered.add(name);
            }
        }
        ordered.addAll(tables);
        return List.copyOf(ordered);
    }

    static TableAliases of(String sql) {
        Optional<Statements> statements = ParsedSql.statements(sql);
        if (statements.isEmpty() || statements.get().size() != 1) {
            return new TableAliases(false, List.of());
        }
        List<Occurrence> found = new ArrayList<>();
        try {
            new Finder(found).tablesOf(statements.get().get(0));
        } catch (RuntimeException e) {
            // TablesNamesFinder refuses some statement kinds: no aliases known, the caller falls back
            return new TableAliases(false, List.of());
        }
        return new TableAliases(true, List.copyOf(found));
    }

    /** False when the SQL could not be parsed: nothing is known about its aliases. */
    boolean parsed() {
        return parsed;
    }

    /** The distinct qualifiers (alias, or the name as written when unaliased) the SQL gives this table. */
    Set<String> qualifiers(TableRef table) {
        Set<String> qualifiers = new LinkedHashSet<>();
        for (Occurrence o : occurrences) {
            boolean sameName = unquoted(o.name()).equalsIgnoreCase(table.name());
            boolean sameSchema = o.schema() == null || table.schema() == null
                    || unquoted(o.schema()).equalsIgnoreCase(table.schema());
            if (sameName && sameSchema) {
                qualifiers.add(o.qualifier());
            }
        }
        return qualifiers;
    }

    /** The alias as the SQL writes it, when the SQL declares one equal to {@code alias} (quotes ignored). */
    Optional<String> declared(String alias) {
        return occurrences.stream()
                .map(Occurrence::qualifier)
                .filter(q -> unquoted(q).equalsIgnoreCase(unquoted(alias)))
                .findFirst();
    }

    static String unquoted(String identifier) {
        if (identifier.length() >= 2) {
            char first = identifier.charAt(0);
            char last = identifier.charAt(identifier.length() - 1);
            if (first == '"' && last == '"' || first == '`' && last == '`' || first == '[' && last == ']') {
                String inner = identifier.substring(1, identifier.length() - 1);
                return inner.replace(String.valueOf(last) + last, String.valueOf(last));
            }
        }
        return identifier;
    }

    /** JSqlParser's finder already walks every table reference; this one keeps the alias it drops. */
    private static final class Finder extends TablesNamesFinder<Void> {
        private final List<Occurrence> found;

        Finder(List<Occurrence> found) {
            this.found = found;
        }

        Set<String> tablesOf(Statement statement) {
            return getTables(statement);
        }

        @Override
        public <S> Void visit(Table table, S context) {
            String qualifier = table.getAlias() != null && table.getAlias().getName() != null
                    ? table.getAlias().getName()
                    : table.getFullyQualifiedName();
            found.add(new Occurrence(table.getSchemaName(), table.getName(), qualifier));
            return super.visit(table, context);
        }
    }
}
