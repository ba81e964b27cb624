package com.insightiq.query.control;

import com.insightiq.connection.control.Driver;
import com.insightiq.platform.control.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SQL templates as people write them in the editor: {@code {{name}}} variables, optional clauses {@code [[ … ]]},
 * snippets {@code {{snippet: name}}} and field filters. Compiling always yields binds: no value ever becomes SQL text.
 * Errors are {@link InvalidInputException}s whose message names the variable and says what to fix.
 */
public final class SqlTemplates {

    private SqlTemplates() {
    }

    /** The tags of a template in order of first appearance; snippets are listed, not expanded. */
    public static List<TemplateTag> tags(String sql) {
        return TemplateParser.tags(sql == null ? "" : sql);
    }

    /**
     * The template with every tag as {@code NULL} and the optional-clause brackets dropped: enough SQL to classify a
     * saved template before any value exists (snippets stay unexpanded, so the token rules may decide alone).
     */
    public static String skeleton(String sql) {
        StringBuilder text = new StringBuilder();
        for (TemplateLexer.Piece piece : TemplateLexer.pieces(sql == null ? "" : sql)) {
            text.append(switch (piece.kind()) {
                case VARIABLE, SNIPPET -> " NULL ";
                case OPEN, CLOSE -> " ";
                case TEXT -> piece.source();
            });
        }
        return text.toString();
    }

    /**
     * The template as SQL for a {@code PreparedStatement}. Values for names the SQL does not use are ignored (the editor
     * may keep a widget a moment longer than its tag); a variable outside an optional clause without a value is an
     * error, except a field filter, which then becomes {@code 1 = 1}.
     */
    public static CompiledSql compile(String sql, List<ParameterValue> values, SnippetSource snippets,
            FieldResolver fields, Driver driver) {
        if (sql == null || sql.isBlank()) {
            throw new InvalidInputException("The SQL is empty.");
        }
        Map<String, ParameterValue> byName = byName(values);
        String expanded = SnippetExpansion.expand(sql, snippets);
        List<TemplateParser.Part> parts = TemplateParser.parts(expanded);
        FieldFilters fieldFilters = new FieldFilters(fields, driver,
                () -> TableAliases.of(TemplateRenderer.skeleton(parts, byName)));
        return new TemplateRenderer(byName, fieldFilters).render(parts);
    }

    /** {@code ?, ?, ?}: one marker per value of a list. */
    static String markers(int count) {
        StringBuilder markers = new StringBuilder(count * 3);
        for (int i = 0; i < count; i++) {
            markers.append(i == 0 ? "?" : ", ?");
        }
        return markers.toString();
    }

    private static Map<String, ParameterValue> byName(List<ParameterValue> values) {
        Map<String, ParameterValue> byName = new HashMap<>();
        for (ParameterValue value : values == null ? List.<ParameterValue>of() : values) {
            if (value == null || value.name() == null) {
                throw new InvalidInputException("Every parameter needs a name.");
            }
            if (byName.put(value.name(), value) != null) {
                throw new InvalidInputException("The variable {{" + Positions.shown(value.name())
                        + "}} is given more than once.");
            }
        }
        return byName;
    }
}
